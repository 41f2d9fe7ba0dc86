import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, items, pointer, regulations, scope, words } from '../helpers.js';

/** Content meant for health professionals, not the public. */
const HCP =
  /\b(?:hcps?|healthcare professionals?|health professionals?|prescribers?|physicians|dermatologists|professionnels de santé|médecins|vårdpersonal|profesioniști)\b/i;

export const rule = defineRule({
  meta: {
    id: 'pharma/public-advertising',
    category: 'compliance',
    severity: 'critical',
    description: 'A prescription drug maker does not advertise a prescription-only medicine to the general public in the EU/EEA or the UK.',
    rationale:
      'EU law forbids advertising prescription-only medicines to the general public (Directive 2001/83/EC Art. 88(1); in France Code de la santé publique L.5122-6); the UK has the same ban (Human Medicines Regulations 2012, reg. 284). Branded posts, paid ads and creator content about the medicine on public channels are such advertising; it stops publication (critical). ' +
      'Disease-awareness content that names no product, and information for health professionals on professional channels, are not. Medical devices are outside this ban (their claims fall under the MDR, Art. 7).',
    source: 'Directive 2001/83/EC Art. 88(1), as of 2012-07-21; Code de la santé publique L.5122-6; Human Medicines Regulations 2012 reg. 284 (UK)',
    fix: 'On public channels in the EU/EEA and the UK, publish only disease awareness that names no product; keep product information for health professionals on professional channels.',
    laws: ['eu-2001-83', 'uk-dmcc'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [FR]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      channel: instagram\n      type: promotional\n      topic: Our new treatment for eczema',
      pass: 'organization: {type: pharma, jurisdictions: [FR]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      channel: instagram\n      type: educational\n      topic: Eczema, what it is and when to see a doctor (unbranded)',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (s.manufacturer !== 'pharma')
      return 'the ban on advertising prescription medicines to the public concerns drug makers (organization.type pharma or organization.offers prescription-drugs)';
    if (s.eu.length === 0 && !s.uk)
      return `Directive 2001/83/EC Art. 88 is EU law (and the UK has its own); this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    return undefined;
  },
  appliesBecause: (plan, ctx) => {
    const s = scope(plan, ctx);
    return `applies: a prescription drug maker whose plan reaches ${[...s.eu, ...(s.uk ? ['GB'] : [])].join(', ')}`;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const r = regulations(ctx);
    const negators = words(ctx).negators;
    for (const [e, i] of items(plan.content?.calendar)) {
      const promo =
        (typeof e.type === 'string' && (r.fda.promotionalTypes.includes(e.type) || r.endorsements.calendarTypes.includes(e.type))) ||
        e.material_connection === true;
      if (!promo) continue;
      const topic = `${e.topic ?? ''}`;
      if (affirmed(topic, LAW_TERMS.unbranded, negators).length > 0 || HCP.test(topic)) continue;
      out.push(
        finding(
          pointer('content', 'calendar', i, 'topic'),
          `${entryName(e, i)} advertises a prescription medicine to the public, which EU and UK law forbid (Directive 2001/83/EC Art. 88(1); HMR 2012 reg. 284)`,
        ),
      );
    }
    return out;
  },
});
