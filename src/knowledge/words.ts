// Words the text heuristics of the rules look for, per language (English, Swedish, French,
// Romanian, Spanish): approval roles, KPI names, vanity and conversion metrics, what a
// review-response, direct-message or moderation policy says, the kinds of document a consent
// reference names, medication advice. A plan may be written in any of these languages, or mix
// them; a rule reads every list of every language. `words` in a knowledge file (--knowledge)
// adds terms to a list (per language), so a user can teach the rules their own vocabulary.
//
// Terms are matched on whole words of the text after folding: lower case, accents removed
// (`ă`, `é`, `ö` -> `a`, `e`, `o`), every run of other characters (`_`, `-`, `'`, punctuation) a
// single space. So `lab-result`, `lab_result` and `Lab result` read the same, and `Ștergem` is
// `stergem`. In a term, a word ending in `*` is a prefix (`complain*`: complaint, complaints,
// complaining), and a word that is only `*` stands for any one word (`mention * treatment`).
//
// Each list names its source: these are strategy-lint's own vocabulary, drawn from the law and
// guidance the rules cite and from the way plans are written; `as_of` is the date the list was
// last reviewed.
import type { KnowledgeSource } from '../types.js';

export const LANGUAGES = ['en', 'sv', 'fr', 'ro', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A list of terms per language. */
export type Terms = Readonly<Record<Language, readonly string[]>>;

export const WORD_SOURCES: KnowledgeSource[] = [
  {
    id: 'sl-words',
    title:
      "strategy-lint word lists (English, Swedish, French, Romanian, Spanish), reviewed against the wording of the rules' sources " +
      '(45 CFR 164.508 and 164.520, HHS OCR enforcement on review replies, 16 CFR 255 and 465, GDPR Art. 7 and 9) and of realistic plans',
    date: '2026-12',
  },
];

/** The word lists, by what they are for. */
export interface WordLists {
  /** Function words that tell which language a text is written in (a text with none is not judged on what it leaves out). */
  languageMarkers: Terms;
  /** Words that negate what follows in the same clause ("never", "inte", "jamais", "nu", "nunca"). */
  negators: Terms;
  /** Approval roles that are a compliance, legal or privacy review. */
  complianceRoles: Terms;
  /**
   * The physician accountable for the practice's medical activity and patient confidentiality
   * (medical director; Sweden's verksamhetschef / medicinskt ansvarig läkare). Outside the US a
   * small clinic's patient content is commonly reviewed by this role instead of a compliance office.
   */
  clinicalLeadRoles: Terms;
  /** KPI name prefixes of a cost per result (`cost_per_booking`, `costo_por_cita`). */
  costPer: Terms;
  /** Metrics that count exposure, not a result: followers, impressions, likes, views. */
  vanityMetrics: Terms;
  /** Metrics that count a result the organisation needs: bookings, leads, applications, visits. */
  conversionMetrics: Terms;
  /** Business objectives that are themselves only exposure ("brand awareness", "notoriété"). */
  vagueObjectives: Terms;
  /** Engagement rate, in each language. */
  engagementRate: Terms;
  /** Review-response wording that discusses the reviewer's care or confirms they are a patient. */
  reviewDisclosesCare: Terms;
  /** Review-response wording that addresses the reviewer by name. */
  reviewNamesReviewer: Terms;
  /** Review-response wording that neither confirms nor denies a patient relationship. */
  reviewNeverConfirms: Terms;
  /** Health details that must stay out of direct messages. */
  dmHealthDetails: Terms;
  /** Where a DM policy sends health conversations instead (portal, phone, secure form). */
  dmRedirect: Terms;
  /** Verbs of hiding or deleting comments. */
  moderationHide: Terms;
  /** What must not be hidden: criticism, complaints, negative reviews, side effects. */
  moderationNegative: Terms;
  /** Verbs that keep a comment up (so a "hide … and keep criticism" clause hides nothing negative). */
  moderationKeep: Terms;
  /** A consent reference that names a verbal or oral consent. */
  consentVerbal: Terms;
  /** A consent reference that names a notice-of-privacy-practices acknowledgment. */
  consentPrivacyNotice: Terms;
  /** A consent reference that names a consent to treatment or surgery. */
  consentTreatment: Terms;
  /** A consent reference that names terms of service or a user agreement. */
  consentTerms: Terms;
  /** A consent reference that names no consent at all ("none", "pending", "TBD"). */
  consentNone: Terms;
  /** A policy or plan that is announced, not written ("to be written in Q2", "TBD", "ska tas fram"). */
  notWrittenYet: Terms;
  /** A form that is part of an admission, registration or intake packet (not a separate document). */
  consentCombined: Terms;
  /** A form that must be signed to be admitted, registered or treated. */
  consentConditioned: Terms;
  /** Dosing and instructions to start, stop or change a medicine. */
  medicationAdvice: Terms;
  /** Words that say an audience lives in the countryside. */
  rural: Terms;
  /** Words that say one post is copied unchanged to every platform. */
  repurposeCopied: Terms;
}

export const WORDS: WordLists = {
  languageMarkers: {
    en: [
      'the',
      'a',
      'an',
      'and',
      'or',
      'to',
      'of',
      'in',
      'on',
      'for',
      'with',
      'we',
      'our',
      'us',
      'is',
      'are',
      'be',
      'any',
      'every',
      'them',
      'they',
      'their',
      'it',
      'by',
      'that',
      'this',
      'do',
      'not',
      'never',
      'all',
      'from',
      'at',
      'as',
      'if',
      'then',
      'no',
    ],
    sv: [
      'och',
      'att',
      'det',
      'som',
      'för',
      'med',
      'av',
      'till',
      'inte',
      'vi',
      'om',
      'ett',
      'en',
      'vår',
      'våra',
      'alla',
      'eller',
      'på',
      'är',
      'ska',
      'kan',
      'aldrig',
      'hos',
      'oss',
    ],
    fr: [
      'le',
      'la',
      'les',
      'des',
      'du',
      'et',
      'est',
      'une',
      'un',
      'pour',
      'sur',
      'avec',
      'nous',
      'notre',
      'nos',
      'pas',
      'au',
      'aux',
      'qui',
      'que',
      'dans',
      'ne',
      'sont',
      'ou',
      'par',
      'en',
      'jamais',
      'leur',
      'leurs',
    ],
    ro: ['si', 'și', 'din', 'cu', 'pe', 'este', 'sunt', 'pentru', 'nu', 'care', 'la', 'în', 'sau', 'niciodată', 'noastre', 'nostri', 'să', 'sa', 'mai', 'prin'],
    es: [
      'el',
      'la',
      'los',
      'las',
      'y',
      'de',
      'del',
      'en',
      'que',
      'por',
      'para',
      'con',
      'no',
      'nunca',
      'su',
      'sus',
      'nuestro',
      'nuestra',
      'nuestros',
      'una',
      'un',
      'o',
      'es',
      'son',
      'al',
    ],
  },
  negators: {
    en: ['not', 'never', 'no', 'without', 'avoid', 'nor', 'neither', 'don t', 'doesn t', 'won t', 'cannot', 'can t', 'refrain'],
    sv: ['inte', 'aldrig', 'ej', 'inga', 'ingen', 'utan', 'undvik*', 'varken'],
    fr: ['ne', 'n', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'ni', 'évit*'],
    ro: ['nu', 'niciodată', 'fără', 'nici', 'evit*'],
    es: ['no', 'nunca', 'jamás', 'sin', 'ni', 'evit*'],
  },
  complianceRoles: {
    en: [
      'compliance',
      '* compliance',
      'legal',
      'privacy',
      'privacy officer',
      'privacy office',
      'regulatory',
      'regulatory affairs',
      'dpo',
      'counsel',
      'general counsel',
      'hipaa',
      'lawyer',
      'attorney',
    ],
    sv: ['juridik*', 'jurist*', 'efterlevnad', 'regelefterlevnad', 'dataskydd*', 'dataskyddsombud', 'compliance'],
    fr: [
      'conformité',
      'juridique',
      'juriste',
      'dpo',
      'dpd',
      'protection des données',
      'délégué à la protection des données',
      'affaires réglementaires',
      'avocat',
    ],
    ro: ['conformitate', 'juridic', 'jurist', 'protecția datelor', 'responsabil cu protecția datelor', 'dpo', 'avocat', 'consilier juridic'],
    es: [
      'cumplimiento',
      'cumplimiento normativo',
      'legal',
      'jurídico',
      'asesoría jurídica',
      'privacidad',
      'protección de datos',
      'dpd',
      'dpo',
      'regulatorio',
      'abogado',
    ],
  },
  clinicalLeadRoles: {
    // Not `CMO`: in marketing plans it is the Chief Marketing Officer as often as the medical one.
    en: ['medical director', 'chief medical officer', 'clinical director', 'responsible physician'],
    sv: ['medicinskt ansvarig*', 'verksamhetschef', 'chefläkare', 'medicinsk chef'],
    fr: ['directeur médical', 'directrice médicale', 'médecin responsable', 'médecin coordonnateur', 'médecin chef'],
    ro: ['director medical', 'directorul medical', 'medic șef', 'medic coordonator'],
    es: ['director médico', 'directora médica', 'médico responsable', 'jefe médico'],
  },
  costPer: {
    en: ['cost per'],
    sv: ['kostnad per', 'pris per'],
    fr: ['coût par', 'coût pour'],
    ro: ['cost pe', 'costul pe', 'cost per'],
    es: ['costo por', 'coste por'],
  },
  vanityMetrics: {
    en: [
      'follower*',
      'fans',
      'like',
      'likes',
      'impression*',
      'reach',
      'view',
      'views',
      'video view*',
      'hashtag view*',
      'page like*',
      'subscriber*',
      'share',
      'shares',
      'mention*',
      'retweet*',
    ],
    sv: ['följare', 'gilla*', 'visning*', 'räckvidd', 'exponering*', 'prenumerant*', 'delning*'],
    fr: ['abonné*', 'j aime', 'mention* j aime', 'impression*', 'portée', 'vue', 'vues', 'partage*'],
    ro: ['urmăritori', 'aprecieri', 'afișări', 'vizualizări', 'impresii', 'abonați', 'distribuiri'],
    es: ['seguidor*', 'me gusta', 'impresiones', 'alcance', 'visualizaciones', 'vistas', 'suscriptor*', 'compartidos'],
  },
  conversionMetrics: {
    en: [
      'booking*',
      'booked',
      'appointment*',
      'lead',
      'leads',
      'inquir*',
      'enquir*',
      'application*',
      'applicant*',
      'hire',
      'hires',
      'hiring',
      'referral*',
      'registration*',
      'enrol*',
      'enroll*',
      'sign up*',
      'signup*',
      'call',
      'calls',
      'new patient*',
      'admission*',
      'clinic visit*',
      'office visit*',
      'patient visit*',
      'well child visit*',
      'virtual visit*',
      'telehealth visit*',
      'consult*',
      'screening*',
      'vaccination*',
      'dose',
      'doses',
      'shots',
      'donation*',
      'attendee*',
      'attendance',
      'starts',
      'conversion*',
      'sales',
      'revenue',
      'install*',
      'download*',
      'subscription*',
      'prescription*',
      'requests',
      'purchases',
    ],
    sv: [
      'bokning*',
      'tidsbokning*',
      'besök',
      'ansökning*',
      'ansökan',
      'anställning*',
      'rekryter*',
      'vaccination*',
      'vaccinering*',
      'nya patienter',
      'samtal',
      'remiss*',
      'anmälning*',
      'anmälan',
      'konsultation*',
    ],
    fr: [
      'rendez vous',
      'rdv',
      'réservation*',
      'consultation*',
      'candidature*',
      'recrutement*',
      'embauche*',
      'inscription*',
      'demande*',
      'nouveaux patients',
      'vaccination*',
      'appel*',
      'prise* de rendez vous',
      'dépistage*',
    ],
    ro: [
      'programări',
      'programare',
      'consultații',
      'consultatii',
      'pacienți noi',
      'pacienti noi',
      'aplicări',
      'candidaturi',
      'angajări',
      'înscrieri',
      'vaccinări',
      'apeluri',
      'solicitări',
      'internări',
    ],
    es: [
      'cita',
      'citas',
      'reserva*',
      'consulta*',
      'solicitud*',
      'contratación*',
      'contrataciones',
      'inscripción*',
      'inscripciones',
      'nuevos pacientes',
      'vacunación*',
      'llamada*',
      'referencia*',
      'cribado*',
    ],
  },
  vagueObjectives: {
    en: [
      'awareness',
      'brand awareness',
      'brand',
      'visibility',
      'notoriety',
      'presence',
      'online presence',
      'exposure',
      'buzz',
      'be known',
      'image',
      'brand image',
      'reputation',
      'more followers',
      'engagement',
      'popularity',
    ],
    sv: ['kännedom', 'varumärkeskännedom', 'synlighet', 'varumärke*', 'närvaro', 'exponering'],
    fr: ['notoriété', 'visibilité', 'image de marque', 'image', 'présence', 'présence en ligne', 'marque'],
    ro: ['notorietate', 'vizibilitate', 'imagine', 'imaginea brandului', 'brand', 'prezență', 'prezență online'],
    es: ['notoriedad', 'visibilidad', 'reconocimiento de marca', 'imagen de marca', 'imagen', 'marca', 'presencia', 'presencia en línea'],
  },
  engagementRate: {
    en: ['engagement rate'],
    sv: ['engagemangsgrad', 'engagemangsnivå'],
    fr: ['taux d engagement', 'taux d interaction'],
    ro: ['rata de implicare', 'rata de engagement', 'rata de interacțiune', 'rata implicării'],
    es: ['tasa de interacción', 'tasa de engagement', 'tasa de compromiso', 'tasa de participación'],
  },
  reviewDisclosesCare: {
    en: [
      'your care',
      'your treatment',
      'your visit',
      'your stay',
      'your appointment',
      'your procedure',
      'your surgery',
      'your results',
      'your diagnosis',
      'your condition',
      'your implant',
      'your recovery',
      'their care',
      'their treatment',
      'their visit',
      'their stay',
      'their appointment',
      'their procedure',
      'their results',
      'their diagnosis',
      'their condition',
      'their recovery',
      'mention * treatment',
      'mention * care',
      'mention * visit',
      'mention * procedure',
      'care they received',
      'care * received',
      'clinical facts',
      'clinical details',
      'medical details',
      'facts of the visit',
      'facts of * visit',
      'details of the visit',
      'details of * visit',
      'details of * care',
      'details of * treatment',
      'describe * care',
      'describe * treatment',
      'explain * treatment',
      'explain what happened',
      'our side',
      'confirm * visit',
      'confirm * appointment',
      'confirm that * patient',
      'confirm * was a patient',
      'we treated',
      'when you visited',
      'records show',
      'our records',
      'your chart',
      'their chart',
    ],
    sv: [
      'din behandling',
      'din vård',
      'ditt besök',
      'din vistelse',
      'ditt ingrepp',
      'din operation',
      'dina provsvar',
      'din diagnos',
      'hans behandling',
      'hennes behandling',
      'deras behandling',
      'journal*',
      'kliniska fakta',
      'kliniska detaljer',
      'beskriv* vården',
      'beskriv* behandlingen',
      'bekräfta* besöket',
      'bekräfta* att * patient',
    ],
    fr: [
      'votre traitement',
      'vos soins',
      'votre visite',
      'votre séjour',
      'votre intervention',
      'votre opération',
      'vos résultats',
      'votre diagnostic',
      'son traitement',
      'ses soins',
      'leur traitement',
      'faits cliniques',
      'détails cliniques',
      'détails médicaux',
      'dossier médical',
      'décrire les soins',
      'expliquer les soins',
      'confirmer la visite',
      'confirmer que * patient',
    ],
    ro: [
      'tratamentul dumneavoastră',
      'tratamentul tău',
      'vizita dumneavoastră',
      'vizita ta',
      'internarea dumneavoastră',
      'intervenția dumneavoastră',
      'rezultatele dumneavoastră',
      'diagnosticul',
      'detaliile clinice',
      'detalii clinice',
      'faptele clinice',
      'fișa medicală',
      'dosarul medical',
      'tratamentul pacientului',
      'confirmăm * pacient*',
    ],
    es: [
      'su tratamiento',
      'su atención',
      'su visita',
      'su cita',
      'su estancia',
      'su procedimiento',
      'su cirugía',
      'sus resultados',
      'su diagnóstico',
      'hechos clínicos',
      'detalles clínicos',
      'detalles médicos',
      'su historial',
      'historia clínica',
      'describir la atención',
      'describir el tratamiento',
      'confirmar la visita',
      'confirmar que * paciente',
    ],
  },
  reviewNamesReviewer: {
    en: ['by name', 'by first name', 'by their name', 'by their first name', 'use * name', 'use * first name', 'reviewer s name'],
    sv: ['vid namn', 'med namn', 'med förnamn'],
    fr: ['par son prénom', 'par leur prénom', 'par son nom', 'par leur nom', 'par le prénom'],
    ro: ['pe nume', 'după nume', 'cu prenumele', 'pe prenume'],
    es: ['por su nombre', 'por nombre', 'por su nombre de pila'],
  },
  reviewNeverConfirms: {
    en: [
      'never confirm*',
      'neither confirm*',
      'not confirm*',
      'don t confirm*',
      'without confirming',
      'never say whether',
      'never acknowledge*',
      'never disclose*',
      'confirm or deny',
    ],
    sv: ['bekräftar aldrig', 'aldrig bekräfta*', 'inte bekräfta*', 'varken bekräfta*', 'bekräftar inte', 'bekräftar eller förnekar'],
    fr: [
      'ne jamais confirmer',
      'ne confirmons jamais',
      'ne confirme jamais',
      'ne confirmons pas',
      'ni confirmer ni infirmer',
      'sans confirmer',
      'jamais confirmer',
      'confirmer ni infirmer',
    ],
    ro: ['nu confirmăm niciodată', 'niciodată nu confirmăm', 'nu confirmăm', 'fără a confirma', 'nu confirmă niciodată', 'nici nu confirmăm'],
    es: ['nunca confirmar', 'nunca confirmamos', 'no confirmamos', 'ni confirmar ni negar', 'sin confirmar', 'nunca confirma', 'confirmar ni negar'],
  },
  dmHealthDetails: {
    en: [
      'symptom*',
      'result',
      'results',
      'lab',
      'labs',
      'lab result*',
      'test result*',
      'refill*',
      'prescription*',
      'medication*',
      'medicine*',
      'diagnos*',
      'treatment*',
      'record',
      'records',
      'chart',
      'health',
      'condition*',
      'claims',
      'substance use',
      'side effect*',
      'dosage*',
    ],
    sv: ['symtom*', 'provsvar*', 'resultat*', 'recept*', 'läkemedel*', 'diagnos*', 'behandling*', 'journal*', 'hälsa', 'hälso*', 'biverkning*'],
    fr: ['symptôme*', 'résultat*', 'ordonnance*', 'médicament*', 'diagnostic*', 'traitement*', 'dossier*', 'santé', 'analyse*', 'effets secondaires'],
    ro: ['simptom*', 'rezultat*', 'rețet*', 'medicament*', 'diagnostic*', 'tratament*', 'fișa', 'sănătate', 'analize'],
    es: ['síntoma*', 'resultado*', 'receta*', 'medicamento*', 'diagnóstico*', 'tratamiento*', 'historial*', 'salud', 'análisis', 'efectos secundarios'],
  },
  dmRedirect: {
    en: ['portal', 'secure', 'phone', 'telephone', 'call', 'nurse line', 'number', 'form', 'in person', 'offline', 'mychart', 'encrypted', 'patient relations'],
    sv: ['telefon', 'ring*', '1177', 'inloggad*', 'säker*', 'mottagning*'],
    fr: ['téléphone', 'appel*', 'portail', 'messagerie sécurisée', 'sécurisé*', 'formulaire', 'numéro'],
    ro: ['telefon', 'numărul', 'număr*', 'recepți*', 'portal', 'securizat*', 'formular'],
    es: ['teléfono', 'llam*', 'portal', 'seguro', 'segura', 'formulario', 'número'],
  },
  moderationHide: {
    en: [
      'hide',
      'hides',
      'hiding',
      'hidden',
      'delete*',
      'deleting',
      'remove*',
      'removing',
      'take down',
      'takes down',
      'take * down',
      'suppress*',
      'filter out',
      'block*',
      'mute',
      'bury',
    ],
    sv: ['dölj*', 'ta bort', 'tar bort', 'radera*', 'tas bort', 'raderas'],
    fr: ['masque*', 'masquer', 'masquons', 'supprim*', 'effac*', 'retir*', 'cacher', 'cachons'],
    ro: ['șterge*', 'ștergem', 'ascund*', 'elimin*'],
    es: ['ocult*', 'borr*', 'elimin*', 'escond*', 'retir*'],
  },
  moderationNegative: {
    en: [
      'negative',
      'complain*',
      'critic*',
      'bad review*',
      'low rating*',
      'one star',
      '1 star',
      'pain',
      'side effect*',
      'adverse',
      'complication*',
      'unhappy',
      'dissatisf*',
      'unfavorable',
      'unfavourable',
    ],
    sv: ['negativ*', 'klagom*', 'klagan*', 'kritik*', 'kritisk*', 'biverkning*', 'missnöj*', 'komplikation*'],
    fr: ['négati*', 'plainte*', 'critique*', 'réclamation*', 'effets secondaires', 'effets indésirables', 'mécontent*', 'complication*', 'douleur*'],
    ro: ['negativ*', 'plângeri', 'plângere', 'critic*', 'reclamați*', 'efecte adverse', 'efecte secundare', 'nemulțumi*', 'complicați*', 'durere'],
    es: [
      'negativ*',
      'queja*',
      'crític*',
      'reclamación*',
      'reclamaciones',
      'efectos secundarios',
      'efectos adversos',
      'insatisf*',
      'complicación*',
      'complicaciones',
      'dolor',
    ],
  },
  moderationKeep: {
    en: ['keep*', 'leave', 'leaves', 'allow*', 'stay*', 'answer*', 'reply', 'replies', 'respond*', 'but'],
    sv: ['får stå kvar', 'står kvar', 'behåll*', 'besvara*', 'svarar', 'låter'],
    fr: ['garder', 'gardons', 'laiss*', 'répond*', 'conserv*'],
    ro: ['păstr*', 'lăsăm', 'răspund*'],
    es: ['manten*', 'mantien*', 'dej*', 'respond*', 'conserv*'],
  },
  consentVerbal: {
    en: ['verbal*', 'oral', 'orally', 'said yes', 'said ok', 'verbal ok', 'spoken', 'by phone', 'over the phone', 'in conversation'],
    sv: ['muntlig*', 'muntligen', 'i telefon'],
    fr: ['verbal', 'verbale', 'verbalement', 'oral', 'orale', 'oralement', 'par téléphone'],
    ro: ['verbal', 'verbală', 'oral', 'orală', 'telefonic'],
    es: ['verbal', 'verbalmente', 'oral', 'oralmente', 'por teléfono'],
  },
  consentPrivacyNotice: {
    en: [
      'npp',
      'npp ack*',
      'notice of privacy practices',
      'privacy notice',
      'privacy practices',
      'privacy policy',
      'acknowledgment of receipt',
      'acknowledgement of receipt',
    ],
    sv: ['integritetspolicy', 'integritetsmeddelande', 'informationsbrev'],
    fr: ['avis de confidentialité', 'politique de confidentialité', 'notice d information', 'note d information'],
    ro: ['nota de informare', 'notă de informare', 'politica de confidențialitate'],
    es: ['aviso de privacidad', 'política de privacidad', 'aviso de prácticas de privacidad'],
  },
  consentTreatment: {
    en: [
      'consent to treat',
      'consent to treatment',
      'treatment consent',
      'consent for treatment',
      'consent for surgery',
      'surgical consent',
      'informed consent',
      'procedure consent',
      'consent to the procedure',
      'consent to surgery',
    ],
    sv: ['samtycke till behandling', 'behandlingssamtycke', 'samtycke till vård', 'informerat samtycke'],
    fr: [
      'consentement éclairé',
      'consentement aux soins',
      'consentement à l intervention',
      'consentement opératoire',
      'consentement chirurgical',
      'consentement au traitement',
    ],
    ro: [
      'consimțământ informat',
      'consimțământul informat',
      'acordul pacientului informat',
      'consimțământ pentru tratament',
      'consimțământ pentru intervenție',
    ],
    es: [
      'consentimiento informado',
      'consentimiento para el tratamiento',
      'consentimiento quirúrgico',
      'consentimiento para la intervención',
      'consentimiento al tratamiento',
    ],
  },
  consentTerms: {
    en: ['terms of service', 'terms of use', 'terms and conditions', 'tos', 'user agreement', 'eula', 'community guidelines', 'accepted terms'],
    sv: ['användarvillkor', 'allmänna villkor'],
    fr: ['conditions générales', 'cgu', 'conditions d utilisation'],
    ro: ['termeni și condiții', 'termenii și condițiile', 'condiții de utilizare'],
    es: ['términos y condiciones', 'condiciones de uso', 'términos de servicio'],
  },
  consentNone: {
    en: [
      'none',
      'n a',
      'na',
      'tbd',
      'todo',
      'to do',
      'pending',
      'to follow',
      'later',
      'unknown',
      'missing',
      'not yet',
      'no consent',
      'not needed',
      'not required',
      'no',
    ],
    sv: ['ingen', 'inget', 'saknas', 'senare', 'kommer'],
    fr: ['aucun', 'aucune', 'à venir', 'en attente', 'plus tard', 'néant'],
    ro: ['niciunul', 'nu există', 'în așteptare', 'mai târziu', 'lipsă'],
    es: ['ninguno', 'ninguna', 'pendiente', 'más tarde', 'falta'],
  },
  notWrittenYet: {
    en: [
      'tbd',
      'tba',
      'todo',
      'to be written',
      'to be drafted',
      'to be developed',
      'to be prepared',
      'to be defined',
      'to be decided',
      'to be determined',
      'to be created',
      'to be agreed',
      'will be written',
      'will be drafted',
      'will be developed',
      'will be prepared',
      'work in progress',
      'wip',
      'not yet written',
      'not written yet',
      'coming soon',
      'in development',
      'under development',
      'pending',
      'draft in progress',
      'planned for q*',
      'in progress',
    ],
    sv: ['ska tas fram', 'ska skrivas', 'under arbete', 'inte klar', 'ej klar', 'kommer senare', 'ska utarbetas', 'under framtagande'],
    fr: ['à rédiger', 'à définir', 'en cours de rédaction', 'sera rédigé*', 'à élaborer', 'en préparation', 'en cours'],
    ro: ['de elaborat', 'de redactat', 'urmează să fie*', 'va fi elaborat*', 'în curs de elaborare'],
    es: ['por definir', 'por redactar', 'por elaborar', 'en elaboración', 'en desarrollo', 'se redactará', 'pendiente', 'pendiente de redactar'],
  },
  consentCombined: {
    en: [
      'admission agreement',
      'admissions agreement',
      'admission packet',
      'admissions packet',
      'registration packet',
      'registration form*',
      'intake packet',
      'intake form*',
      'new patient packet',
      'new patient registration',
      'enrollment form*',
      'enrolment form*',
    ],
    sv: ['inskrivningsavtal', 'inskrivning*', 'registreringsblankett', 'hälsodeklaration'],
    fr: ['contrat de séjour', 'dossier d admission', 'formulaire d admission', 'dossier d inscription'],
    ro: ['contract de internare', 'contractul de internare', 'fișa de internare', 'formular de înregistrare'],
    es: ['contrato de ingreso', 'formulario de admisión', 'formulario de registro', 'paquete de registro'],
  },
  consentConditioned: {
    en: [
      'required to complete',
      'required for',
      'required to register',
      'required to be admitted',
      'condition of admission',
      'condition of care',
      'condition of treatment',
      'must sign',
      'mandatory',
    ],
    sv: ['krävs för', 'obligatorisk*', 'villkor för'],
    fr: ['obligatoire', 'requis pour', 'condition de l admission', 'condition des soins'],
    ro: ['obligatoriu', 'obligatorie', 'necesar pentru', 'condiție pentru'],
    es: ['obligatorio', 'obligatoria', 'requerido para', 'necesario para', 'condición para'],
  },
  medicationAdvice: {
    en: [
      '* mg',
      '* ml',
      'mg kg',
      'dosage*',
      'dosing',
      'double * dose',
      'double your dose',
      'increase * dose',
      'lower * dose',
      'skip * dose',
      'missed dose',
      'stop taking',
      'start taking',
      'how much * to take',
      'how much * to give',
      '* tablets',
      '* pills',
      '* capsules',
    ],
    sv: ['* mg', '* ml', 'dosering*', 'sluta ta', 'börja ta', '* tabletter', 'öka dosen', 'dubbla dosen', 'minska dosen'],
    fr: [
      '* mg',
      '* ml',
      'posologie',
      'arrêter de prendre',
      'commencer à prendre',
      '* comprimés',
      '* gélules',
      'doubler la dose',
      'augmenter la dose',
      'diminuer la dose',
    ],
    ro: [
      '* mg',
      '* ml',
      'dozaj*',
      'dozare',
      'opriți tratamentul',
      'nu mai luați',
      '* comprimate',
      '* pastile',
      'dublați doza',
      'creșteți doza',
      'scădeți doza',
    ],
    es: [
      '* mg',
      '* ml',
      'dosificación',
      'posología',
      'dejar de tomar',
      'empezar a tomar',
      '* comprimidos',
      '* pastillas',
      'doblar la dosis',
      'aumentar la dosis',
      'bajar la dosis',
    ],
  },
  rural: {
    en: ['rural', 'countryside', 'farming', 'ranching', 'frontier', 'small town*', 'remote communit*', 'critical access', 'farm*'],
    sv: ['landsbygd*', 'glesbygd*', 'landsbygden'],
    fr: ['rural', 'rurale', 'rurales', 'ruraux', 'campagne', 'zone rurale', 'milieu rural'],
    ro: ['rural', 'rurală', 'mediul rural', 'zona rurală', 'sate', 'satele'],
    es: ['rural', 'rurales', 'campo', 'zona rural', 'medio rural', 'pueblo*'],
  },
  repurposeCopied: {
    en: [
      'same post*',
      'same reel*',
      'same video*',
      'same text',
      'same content',
      'same message',
      'same copy',
      'same caption*',
      'identical',
      'unchanged',
      'as is',
      'copy paste',
      'copy and paste',
      'copied to',
      'cross post* unchanged',
      'repost* as is',
    ],
    sv: ['samma inlägg', 'samma text', 'samma film', 'samma video', 'oförändrad*', 'kopiera*', 'likadan*', 'som det är'],
    fr: [
      'tel quel',
      'telle quelle',
      'tels quels',
      'à l identique',
      'même publication',
      'même post',
      'même texte',
      'même vidéo',
      'copier coller',
      'sans modification',
      'identique*',
    ],
    ro: ['la fel pe', 'același post', 'aceeași postare', 'același text', 'același clip', 'neschimbat*', 'copiat*', 'identic*', 'copy paste'],
    es: ['mismo post', 'misma publicación', 'mismo texto', 'mismo vídeo', 'mismo video', 'sin cambios', 'tal cual', 'idéntic*', 'copiar y pegar', 'copiad*'],
  },
};

// ---- matching

/** Text folded for matching: lower case, accents removed, every run of other characters one space. */
export function fold(text: string): string {
  return foldWith(text, /[^\p{L}\p{N}]+/gu);
}
/** A term folded the same way, keeping its `*`. */
const FOLD_TERM = /[^\p{L}\p{N}*]+/gu;
const foldTerm = (term: string) => foldWith(term, FOLD_TERM);
function foldWith(text: string, other: RegExp): string {
  // ASCII has no accents to strip and no letters or digits beyond [a-z0-9]: a plain regex does
  // the same work without the Unicode normaliser and property classes (and their start-up).
  if (/^[\x00-\x7f]*$/.test(text))
    return text
      .toLowerCase()
      .replace(other === FOLD_TERM ? /[^a-z0-9*]+/g : /[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(other, ' ')
    .trim();
}

/** One compiled term: the folded words, each exact, a prefix (`word*`) or any word (`*`). */
type Word = { kind: 'exact' | 'prefix' | 'any'; text: string };

function compile(term: string): Word[] {
  return foldTerm(term)
    .split(' ')
    .filter((w) => w !== '')
    .map((w): Word => (w === '*' ? { kind: 'any', text: '' } : w.endsWith('*') ? { kind: 'prefix', text: w.slice(0, -1) } : { kind: 'exact', text: w }));
}

const compiled = new WeakMap<readonly string[], { term: string; words: Word[] }[]>();
function terms(list: readonly string[]): { term: string; words: Word[] }[] {
  let out = compiled.get(list);
  if (!out) compiled.set(list, (out = list.map((term) => ({ term, words: compile(term) })).filter((t) => t.words.length > 0)));
  return out;
}

/** A term found in a text: the term as the list writes it, and where in the folded words it starts and ends. */
export interface TermHit {
  term: string;
  /** The language of the list it came from. */
  language: Language;
  start: number;
  end: number;
}

/** One term of a list, with its rank (language, then position in the list): ties keep that order. */
type Entry = { term: string; language: Language; words: Word[]; rank: number };
/** A list's terms by their first word: exact first words in a map, the others (prefix, any) apart. */
type TermIndex = { byFirst: Map<string, Entry[]>; open: Entry[] };
const indexes = new WeakMap<Terms, TermIndex>();
function indexOf(list: Terms): TermIndex {
  let ix = indexes.get(list);
  if (ix) return ix;
  ix = { byFirst: new Map(), open: [] };
  let rank = 0;
  for (const language of LANGUAGES) {
    for (const { term, words } of terms(list[language] ?? [])) {
      const e: Entry = { term, language, words, rank: rank++ };
      if (words[0].kind === 'exact') {
        const at = ix.byFirst.get(words[0].text);
        if (at) at.push(e);
        else ix.byFirst.set(words[0].text, [e]);
      } else ix.open.push(e);
    }
  }
  indexes.set(list, ix);
  return ix;
}

function matchesAt(tokens: readonly string[], i: number, words: Word[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const t = tokens[i + k];
    if (w.kind === 'any' ? t === '' : w.kind === 'prefix' ? !t.startsWith(w.text) : t !== w.text) return false;
  }
  // A term made only of wildcards and numbers needs a digit (`* mg` is "500 mg", not "the mg").
  return words[0].kind !== 'any' || /\d/.test(tokens[i]);
}

/** Every term of `list` (all languages) found in the words of `tokens` (a folded text split on spaces). */
export function findTerms(tokens: readonly string[], list: Terms): TermHit[] {
  const ix = indexOf(list);
  const found: (TermHit & { rank: number })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const e of ix.byFirst.get(tokens[i]) ?? [])
      if (matchesAt(tokens, i, e.words)) found.push({ term: e.term, language: e.language, start: i, end: i + e.words.length, rank: e.rank });
    for (const e of ix.open)
      if (matchesAt(tokens, i, e.words)) found.push({ term: e.term, language: e.language, start: i, end: i + e.words.length, rank: e.rank });
  }
  // The order a scan by language, then term, then position would give (ties below keep it).
  found.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const out: TermHit[] = found.map(({ rank: _rank, ...h }) => h);
  // One hit per stretch of words: the longest at each start, none inside another (the same
  // words in several languages' lists, or `lab` inside `lab result`).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermHit[] = [];
  for (const h of out) if (!kept.some((k) => k.start <= h.start && h.end <= k.end)) kept.push(h);
  return kept;
}

/** A term as a message shows it: `complain*` as "complain…", `within * ft` as "within … ft", `* mg` as "… mg". */
export function showTerm(term: string): string {
  return term
    .replace(/\s*\*\s*$/, '…')
    .replace(/^\*\s/, '… ')
    .replace(/\s\*\s/g, ' … ')
    .replace(/\*/g, '…');
}

/** The clauses of a text (split at sentence ends, semicolons and line breaks), each folded into words. */
export function clauses(text: string): string[][] {
  return text
    .split(/[.;!?\n\u2022]+|\s(?:but|however|then|men|mais|dar|pero|sino)\s/i)
    .map((c) => fold(c))
    .filter((c) => c !== '')
    .map((c) => c.split(' '));
}

/**
 * The terms of `list` in `text`, clause by clause, each marked `negated` when a negator
 * (`never`, `inte`, `jamais`, `nu`, `nunca`, …) comes before it in the same clause, or right
 * after it.
 */
export function findInClauses(text: string, list: Terms, negators: Terms): (TermHit & { negated: boolean; clause: number })[] {
  const out: (TermHit & { negated: boolean; clause: number })[] = [];
  clauses(text).forEach((tokens, clause) => {
    const hits = findTerms(tokens, list);
    if (hits.length === 0) return;
    const negs = findTerms(tokens, negators);
    // A negator before the term in the clause ("never delete", "inte ta bort", "ne … jamais"), or
    // right after it, where Swedish puts it after the verb ("raderar aldrig kritik").
    for (const h of hits) out.push({ ...h, clause, negated: negs.some((n) => n.end <= h.start || n.start === h.end) });
  });
  return out;
}

/** Whether any term of `list` is in `text` (negation ignored). */
export function hasTerm(text: string, list: Terms): boolean {
  return firstTerm(text, list) !== undefined;
}

/** The first term of `list` found in `text`, as the list writes it. */
export function firstTerm(text: string, list: Terms): string | undefined {
  return findTerms(fold(text).split(' '), list)[0]?.term;
}

/** The languages a text shows markers of (empty: a text in none of them, or too short to tell). */
export function languagesOf(text: string, markers: Terms = WORDS.languageMarkers): Language[] {
  return [...new Set(findTerms(fold(text).split(' '), markers).map((h) => h.language))];
}

/** Terms a knowledge file adds to the lists: list name -> language -> terms. */
export type WordAdditions = Partial<Record<keyof WordLists, Partial<Record<Language, readonly string[]>>>>;

/** The built-in lists with the terms of a knowledge file's `words` added, list by list and language by language. */
export function mergeWords(extra: WordAdditions | undefined): WordLists {
  if (!extra) return WORDS;
  const out = { ...WORDS } as Record<keyof WordLists, Terms>;
  for (const [name, byLanguage] of Object.entries(extra) as [keyof WordLists, Partial<Record<Language, readonly string[]>>][]) {
    if (!(name in WORDS) || !byLanguage) continue;
    const base = WORDS[name];
    out[name] = Object.fromEntries(LANGUAGES.map((l) => [l, [...base[l], ...(byLanguage[l] ?? [])]])) as unknown as Terms;
  }
  return out as WordLists;
}

// ---- country names

/**
 * Country names and common abbreviations in English, Swedish, French, Romanian and Spanish (folded:
 * lower case, no accents), mapped to the ISO 3166 code the format wants: `USA` and `Estados Unidos`
 * are `US`, `Sverige` is `SE`, `Union européenne` is `EU`.
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states': 'US',
  'united states of america': 'US',
  america: 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'estados unidos': 'US',
  'etats unis': 'US',
  sua: 'US',
  'statele unite': 'US',
  'statele unite ale americii': 'US',
  'forenta staterna': 'US',
  sweden: 'SE',
  sverige: 'SE',
  suede: 'SE',
  suecia: 'SE',
  suedia: 'SE',
  swe: 'SE',
  france: 'FR',
  frankrike: 'FR',
  francia: 'FR',
  franta: 'FR',
  fra: 'FR',
  romania: 'RO',
  rumanien: 'RO',
  roumanie: 'RO',
  rumania: 'RO',
  rou: 'RO',
  rom: 'RO',
  spain: 'ES',
  spanien: 'ES',
  espagne: 'ES',
  espana: 'ES',
  spania: 'ES',
  esp: 'ES',
  germany: 'DE',
  tyskland: 'DE',
  allemagne: 'DE',
  alemania: 'DE',
  germania: 'DE',
  deutschland: 'DE',
  deu: 'DE',
  ger: 'DE',
  'united kingdom': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  gbr: 'GB',
  storbritannien: 'GB',
  'royaume uni': 'GB',
  'regatul unit': 'GB',
  'reino unido': 'GB',
  norway: 'NO',
  norge: 'NO',
  norvege: 'NO',
  noruega: 'NO',
  norvegia: 'NO',
  nor: 'NO',
  denmark: 'DK',
  danmark: 'DK',
  danemark: 'DK',
  dinamarca: 'DK',
  danemarca: 'DK',
  dnk: 'DK',
  finland: 'FI',
  suomi: 'FI',
  finlande: 'FI',
  finlandia: 'FI',
  fin: 'FI',
  netherlands: 'NL',
  holland: 'NL',
  nederland: 'NL',
  nederlanderna: 'NL',
  'pays bas': 'NL',
  'paises bajos': 'NL',
  olanda: 'NL',
  nld: 'NL',
  belgium: 'BE',
  belgien: 'BE',
  belgique: 'BE',
  belgica: 'BE',
  belgia: 'BE',
  italy: 'IT',
  italia: 'IT',
  italien: 'IT',
  italie: 'IT',
  ita: 'IT',
  portugal: 'PT',
  portugalia: 'PT',
  prt: 'PT',
  poland: 'PL',
  polen: 'PL',
  pologne: 'PL',
  polonia: 'PL',
  pol: 'PL',
  ireland: 'IE',
  irland: 'IE',
  irlande: 'IE',
  irlanda: 'IE',
  irl: 'IE',
  austria: 'AT',
  osterrike: 'AT',
  autriche: 'AT',
  aut: 'AT',
  switzerland: 'CH',
  schweiz: 'CH',
  suisse: 'CH',
  suiza: 'CH',
  elvetia: 'CH',
  canada: 'CA',
  kanada: 'CA',
  can: 'CA',
  mexico: 'MX',
  mexiko: 'MX',
  mexique: 'MX',
  mex: 'MX',
  'european union': 'EU',
  europe: 'EU',
  'europeiska unionen': 'EU',
  'union europeenne': 'EU',
  'uniunea europeana': 'EU',
  'union europea': 'EU',
  'washington state': 'US-WA',
  'state of washington': 'US-WA',
};

/**
 * The ISO 3166 code a jurisdiction value means, when it is a country name, a three-letter code, or
 * a code with a subdivision written another way (`USA-WA`, `us_wa`); undefined otherwise.
 */
export function canonicalJurisdiction(value: string): string | undefined {
  const f = fold(value);
  if (COUNTRY_NAMES[f]) return COUNTRY_NAMES[f];
  // A country and a subdivision: `USA-WA`, `us wa`, `Sweden-AB`.
  const m = /^(.+?) ([a-z0-9]{1,3})$/.exec(f);
  if (m) {
    const country = COUNTRY_NAMES[m[1]] ?? (/^[a-z]{2}$/.test(m[1]) ? m[1].toUpperCase() : undefined);
    if (country && country.length === 2) return `${country}-${m[2].toUpperCase()}`;
  }
  return undefined;
}
