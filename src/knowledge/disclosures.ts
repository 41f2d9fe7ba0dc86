// Disclosure labels for endorsements (influencer, creator, employee-advocacy posts) per
// jurisdiction: the words that make a paid or material connection clear, the ones regulators call
// ambiguous, and the words a law requires. Labels are lower-case and matched as whole words (a
// leading `#` is ignored). A knowledge file may replace the list (`regulations.disclosureLabels`).
import type { LawSource } from './regulations.js';

export interface DisclosureLabels {
  /** `US`, `FR`, `GB`, `SE`, `RO`, `ES`, or `EU` (the default for the other EU/EEA countries). */
  jurisdiction: string;
  /** How a finding names the rule, e.g. "16 CFR 255.5" or "loi n° 2023-451 art. 5". */
  law: string;
  /** Labels that make the connection clear (any one is enough). */
  adequate: string[];
  /** Labels regulators call ambiguous or unclear on their own. */
  ambiguous: string[];
  /** When set, the label must contain one of these words (France: "Publicité" or "Collaboration commerciale"). */
  required?: string[];
  /** Whether the law itself fixes the words (true) or guidance recommends them (false). */
  wordsAreLaw: boolean;
  source: string[];
  as_of: string;
}

export const DISCLOSURE_SOURCES: LawSource[] = [];

export const DISCLOSURE_LABELS: DisclosureLabels[] = [
  {
    jurisdiction: 'US',
    law: '16 CFR 255.5',
    adequate: [
      'ad',
      'advertisement',
      'advertising',
      'sponsored',
      'paid partnership',
      'paid partner',
      'paid ad',
      'paid consultant',
      'paid by',
      'sponsored by',
      'partnership with',
      'employee of',
      'i work for',
      'gifted by',
      'free product from',
    ],
    ambiguous: ['sp', 'spon', 'collab', 'thanks', 'thank you', 'ambassador'],
    wordsAreLaw: false,
    source: ['ftc-255', 'ftc-disclosures-101'],
    as_of: '2023-07-26',
  },
  {
    jurisdiction: 'FR',
    law: 'loi n° 2023-451 art. 5',
    adequate: ['publicite', 'collaboration commerciale'],
    ambiguous: ['sponso', 'sponsorise', 'partenariat', 'partenaire', 'collab', 'sp', 'ad', 'merci'],
    required: ['publicite', 'collaboration commerciale'],
    wordsAreLaw: true,
    source: ['fr-2023-451'],
    as_of: '2024-11-06',
  },
  {
    jurisdiction: 'GB',
    law: 'CAP Code rule 2.1',
    adequate: ['ad', 'advert', 'advertisement', 'advertising', 'advertisement feature'],
    ambiguous: ['sp', 'spon', 'collab', 'sponsored', 'in association with', 'thanks', 'thanks to', 'gifted', 'partner'],
    wordsAreLaw: false,
    source: ['uk-cap'],
    as_of: '2023-02-01',
  },
  {
    jurisdiction: 'SE',
    law: 'marknadsföringslagen (2008:486) 9 §',
    adequate: ['reklam', 'annons', 'reklamsamarbete', 'i reklamsamarbete med'],
    ambiguous: ['samarbete', 'i samarbete med', 'sponsrat', 'sponsrad', 'spons', 'sp', 'collab', 'tack'],
    wordsAreLaw: false,
    source: ['se-konsumentverket'],
    as_of: '2023-01-01',
  },
  {
    jurisdiction: 'RO',
    law: 'Legea nr. 363/2007, Anexa 1 pct. 11',
    adequate: ['publicitate', 'reclama', 'material publicitar', 'parteneriat platit', 'ad'],
    ambiguous: ['colaborare', 'sp', 'spon', 'collab', 'multumim', 'partener'],
    wordsAreLaw: false,
    source: ['ro-363-2007', 'eu-ucpd'],
    as_of: '2023-01-01',
  },
  {
    jurisdiction: 'ES',
    law: 'Ley 13/2022 art. 94 and the Autocontrol influencer code',
    adequate: ['publicidad', 'publi', 'patrocinado', 'patrocinado por', 'en colaboracion con', 'colaboracion pagada', 'embajador de'],
    ambiguous: ['sp', 'spon', 'colab', 'collab', 'gracias'],
    wordsAreLaw: false,
    source: ['es-autocontrol'],
    as_of: '2024-05-01',
  },
  {
    jurisdiction: 'EU',
    law: 'Directive 2005/29/EC, Annex I point 11',
    adequate: [
      'ad',
      'advertisement',
      'advertising',
      'sponsored',
      'paid partnership',
      'publicidad',
      'publicite',
      'publicitate',
      'reklam',
      'reklame',
      'werbung',
      'anzeige',
      'pubblicita',
      'advertentie',
      'reclame',
      'reklama',
      'mainos',
      'annons',
    ],
    ambiguous: ['sp', 'spon', 'collab', 'thanks', 'partner'],
    wordsAreLaw: false,
    source: ['eu-ucpd'],
    as_of: '2022-05-28',
  },
];
