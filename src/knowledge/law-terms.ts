// Words the law-specific text heuristics look for, per language (English, Swedish, French,
// Romanian, Spanish), in the format of words.ts (whole words after folding; `word*` a prefix, `*`
// any one word): geofences and care sites, review incentives and sentiment, review removal,
// influencer promotion of aesthetic procedures, outcome claims and typical-results statements,
// adverse-event routes, the pages where tracking runs, health events sent to vendors, tracker
// consent, and a disclosure placed where readers miss it. Rules match them with findTerms /
// findInClauses of words.ts and say which term triggered a finding (never the plan's words).
import type { KnowledgeSource } from '../types.js';
import { findInClauses, languagesOf, LANGUAGES, WORDS, type Terms } from './words.js';
import { memoize } from '../util/memo.js';

/** The languages a text shows markers of, remembered (the same texts are read by many rules). */
const languagesIn = memoize((text: string) => languagesOf(text), 2_000);

export const LAW_TERM_SOURCES: KnowledgeSource[] = [
  {
    id: 'sl-law-terms',
    title:
      'strategy-lint word lists for the law-specific checks (geofencing, review incentives and removal, aesthetic procedures, outcome claims, adverse events, tracking pages and consent, disclosure placement), ' +
      'in English, Swedish, French, Romanian and Spanish, drawn from RCW 19.373.080, 16 CFR 255 and 465, loi n° 2023-451 and 21 CFR 314.80 and from realistic plans',
    date: '2026-12',
    as_of: '2026-12-01',
  },
];

export interface LawTerms {
  /** A geofence or location fence. */
  geofence: Terms;
  /** An in-person care site: clinic, hospital, urgent care, pharmacy. */
  careSite: Terms;
  /** A reward for a review: gift card, discount, free service, entry in a draw, refund. */
  incentive: Terms;
  /** A review on a review site. */
  review: Terms;
  /** A positive sentiment or rating a review must express: five stars, positive. */
  positiveSentiment: Terms;
  /** Getting a review taken down or changed. */
  reviewRemoval: Terms;
  /** Threats against reviewers: legal action, defamation claims. */
  reviewThreat: Terms;
  /** Aesthetic medicine and cosmetic procedures (French loi n° 2023-451 art. 4; L.6322-1 CSP). */
  aestheticProcedure: Terms;
  /** Claims about results a patient or user got: "same day", "pain-free", "10 years younger", "cured". */
  outcomeClaim: Terms;
  /** A statement of generally expected results ("results vary", "typical results"). */
  typicalResults: Terms;
  /** An adverse-event, pharmacovigilance or complaint-handling route. */
  adverseEventRoute: Terms;
  /** Side effects and product problems people report in comments. */
  sideEffect: Terms;
  /** Pages where people are identified or enter their details (portal, login, booking, intake form). */
  identifiedPages: Terms;
  /** Pages about a condition or general information (unauthenticated). */
  publicPages: Terms;
  /** Health events or data sent to a vendor (ovulation, pregnancy, diagnosis, prescription, symptom). */
  healthEvents: Terms;
  /** Prior consent to trackers (cookie banner, opt-in, after consent). */
  trackerConsent: Terms;
  /** A disclosure placed where readers miss it: at the end, among hashtags, below the fold. */
  buried: Terms;
  /** Words of a prescription or a prescription drug's benefit claim in a post. */
  benefitClaim: Terms;
  /** Minors and teenagers as an audience. */
  minors: Terms;
  /** Reminder advertising: a brand name with no claim ("ask your doctor about X"). */
  reminderAd: Terms;
  /** Disease-awareness (unbranded) content that names no product. */
  unbranded: Terms;
  /** LegitScript or platform certification. */
  certification: Terms;
  /** Addiction or substance-use treatment. */
  addictionTreatment: Terms;
  /** Weight loss and weight management. */
  weightLoss: Terms;
  /** Clinical trial recruitment. */
  trialRecruitment: Terms;
  /** Claims a recruitment ad must not make about an investigational product: cure, safe, effective, breakthrough. */
  trialClaims: Terms;
  /** Review by an institutional review board or ethics committee. */
  irb: Terms;
}

export const LAW_TERMS: LawTerms = {
  geofence: {
    en: [
      'geofenc*',
      'geo fenc*',
      'geo target* radius',
      'location fence',
      'within * ft',
      'within * feet',
      'within * foot',
      'within * yards',
      'within * metres',
      'within * meters',
      '* ft radius',
      '* foot radius',
      '* feet radius',
      '* m radius',
      'radius around',
    ],
    sv: ['geofenc*', 'geostaket', 'inom * meter', 'radie'],
    fr: ['géorepérage', 'geofencing', 'périmètre virtuel', 'dans un rayon', 'rayon de'],
    ro: ['geofencing', 'perimetru virtual', 'pe o rază', 'raza de'],
    es: ['geovalla*', 'geocerca*', 'geofencing', 'en un radio', 'radio de'],
  },
  careSite: {
    en: [
      'clinic*',
      'hospital*',
      'urgent care*',
      'emergency room*',
      'care site*',
      'health care site*',
      'medical office*',
      'medical center*',
      'pharmac*',
      'fertility clinic*',
      'abortion',
      'planned parenthood',
      'treatment center*',
      'rehab center*',
      'dental office*',
      'doctor s office*',
      'care location*',
      'care facilit*',
      'health facilit*',
    ],
    sv: ['vårdcentral*', 'sjukhus*', 'klinik*', 'mottagning*', 'apotek*', 'akutmottagning*'],
    fr: ['clinique*', 'hôpital*', 'hôpitaux', 'cabinet*', 'pharmacie*', 'centre de santé', 'centres de santé', 'urgences'],
    ro: ['clinic*', 'spital*', 'policlinic*', 'farmaci*', 'cabinet*', 'centru medical', 'centre medicale'],
    es: ['clínica*', 'hospital*', 'consultorio*', 'farmacia*', 'centro de salud', 'centros de salud', 'urgencias'],
  },
  incentive: {
    en: [
      'gift card*',
      'giftcard*',
      'voucher*',
      'discount*',
      'percent off',
      '* off',
      'off your next',
      'for free',
      'free gift*',
      'free session*',
      'free treatment*',
      'free whitening',
      'free month*',
      'free product*',
      'free service*',
      'reward*',
      'prize*',
      'raffle*',
      'draw',
      'drawing',
      'sweepstake*',
      'entry',
      'entries',
      'coupon*',
      'credit',
      'cash',
      'paid',
      'pay',
      'pays',
      'compensat*',
      'incentiv*',
      'refund*',
      'in exchange',
    ],
    sv: ['presentkort*', 'rabatt*', 'gratis', 'belöning*', 'pris', 'priser', 'utlottning*', 'värdecheck*', 'ersättning'],
    fr: [
      'bon d achat',
      'bons d achat',
      'carte cadeau*',
      'réduction*',
      'remise*',
      'gratuit*',
      'offert*',
      'récompense*',
      'tirage au sort',
      'cadeau*',
      'remboursement*',
      'rémunér*',
    ],
    ro: ['card cadou', 'carduri cadou', 'voucher*', 'reducere*', 'gratuit*', 'recompens*', 'premi*', 'tombol*', 'bani', 'rambursare*'],
    es: ['tarjeta regalo', 'tarjetas regalo', 'cheque regalo', 'descuento*', 'gratis', 'recompensa*', 'premio*', 'sorteo*', 'reembolso*', 'regalo*'],
  },
  review: {
    en: ['review', 'reviews', 'reviewer*', 'rating*', 'google review*', 'yelp', 'star', 'stars', 'star rating*'],
    sv: ['recension*', 'omdöme*', 'betyg*'],
    fr: ['avis', 'note*', 'étoile*', 'commentaire google'],
    ro: ['recenzi*', 'review*', 'stele', 'stea', 'evaluar*'],
    es: ['reseña*', 'opinión', 'opiniones', 'valoración*', 'estrella*'],
  },
  positiveSentiment: {
    en: [
      'five star*',
      '5 star*',
      '5 stars',
      'five stars',
      'positive',
      'good review*',
      'great review*',
      'glowing',
      'happy',
      'satisfied',
      'only if * 5',
      'top rating*',
      'best rating*',
    ],
    sv: ['fem stjärnor', '5 stjärnor', 'positiv*', 'bra betyg', 'nöjd*'],
    fr: ['cinq étoiles', '5 étoiles', 'positif*', 'positive*', 'bon avis', 'bons avis', 'satisfait*'],
    ro: ['cinci stele', '5 stele', 'pozitiv*', 'mulțumi*'],
    es: ['cinco estrellas', '5 estrellas', 'positiv*', 'buena reseña', 'buenas reseñas', 'satisfech*'],
  },
  reviewRemoval: {
    en: [
      'take * review down',
      'take the review down',
      'take it down',
      'takes it down',
      'remove * review',
      'removes * review',
      'delete * review',
      'deletes * review',
      'withdraw * review',
      'change * review',
      'edit * review',
      'update * review',
      'take down',
      'takes down',
      'taken down',
    ],
    sv: ['ta bort * recension*', 'tar bort * recension*', 'ändra * recension*'],
    fr: ['retirer * avis', 'retire * avis', 'supprimer * avis', 'supprime * avis', 'modifier * avis'],
    ro: ['șterge * recenzi*', 'retrage * recenzi*', 'modifice * recenzi*'],
    es: ['retire * reseña', 'retirar * reseña', 'borre * reseña', 'borrar * reseña', 'elimine * reseña', 'modificar * reseña'],
  },
  reviewThreat: {
    en: [
      'legal action',
      'sue',
      'lawsuit*',
      'lawyer*',
      'attorney*',
      'cease and desist',
      'defamation',
      'libel',
      'non disparagement',
      'report them to',
      'ban them',
    ],
    sv: ['stämma', 'rättsliga åtgärder', 'advokat*', 'förtal'],
    fr: ['poursuite*', 'action en justice', 'avocat*', 'diffamation', 'mise en demeure'],
    ro: ['acționa în judecată', 'proces', 'avocat*', 'defăimare', 'calomnie'],
    es: ['demanda*', 'acciones legales', 'abogado*', 'difamación'],
  },
  aestheticProcedure: {
    en: [
      'botox',
      'botulinum',
      'filler*',
      'dermal filler*',
      'lip injection*',
      'lip filler*',
      'hyaluronic',
      'injectable*',
      'rhinoplast*',
      'facelift*',
      'face lift*',
      'liposuction',
      'lipo',
      'blepharoplast*',
      'breast augmentation',
      'tummy tuck',
      'hair transplant*',
      'cosmetic surger*',
      'aesthetic medicine',
      'aesthetic procedure*',
      'aesthetic clinic*',
      'medspa',
      'med spa',
      'laser hair removal',
      'cryolipolysis',
    ],
    sv: ['botox', 'fillers', 'läppförstoring*', 'hyaluronsyra', 'estetisk* behandling*', 'skönhetsingrepp*', 'fettsugning', 'hårtransplantation*'],
    fr: [
      'botox',
      'toxine botulique',
      'acide hyaluronique',
      'injection*',
      'injections de lèvres',
      'lèvres',
      'rhinoplastie',
      'lifting',
      'liposuccion',
      'blépharoplastie',
      'greffe capillaire',
      'greffe de cheveux',
      'médecine esthétique*',
      'chirurgie esthétique*',
      'clinique esthétique*',
      'médecine et la chirurgie esthétique*',
      'acte* esthétique*',
      'soin* esthétique*',
      'épilation laser',
      'cryolipolyse',
    ],
    ro: [
      'botox',
      'toxină botulinică',
      'acid hialuronic',
      'filler*',
      'injectări',
      'rinoplast*',
      'lifting',
      'liposucț*',
      'blefaroplast*',
      'transplant de păr',
      'medicină estetică',
      'chirurgie estetică',
    ],
    es: [
      'bótox',
      'botox',
      'toxina botulínica',
      'ácido hialurónico',
      'relleno*',
      'rinoplast*',
      'lifting',
      'liposucción',
      'blefaroplast*',
      'injerto capilar',
      'trasplante capilar',
      'medicina estética',
      'cirugía estética',
    ],
  },
  outcomeClaim: {
    en: [
      'pain free',
      'painless',
      'same day',
      'walked out the same day',
      'eating steak',
      'years younger',
      'cured',
      'cure',
      'cures',
      'miracle',
      'guarantee*',
      'permanent*',
      'helped us conceive',
      'helped me conceive',
      'got pregnant',
      'lost * pounds',
      'lost * lbs',
      'lost * kg',
      '* clearer',
      '* percent clearer',
      '% clearer',
      'back to * in * days',
      'gone in * days',
      'itch gone',
      'no more pain',
      'life changing',
      'transformation*',
      'like new',
    ],
    sv: ['smärtfri*', 'samma dag', 'år yngre', 'botad*', 'mirakel', 'garanter*', 'permanent*', 'gick ner * kilo'],
    fr: [
      'sans douleur',
      'le jour même',
      'ans de moins',
      'guéri*',
      'miracle',
      'garanti*',
      'définitif*',
      'perdu * kilos',
      'rajeuni*',
      'transformation*',
      'résultats spectaculaires',
    ],
    ro: ['fără durere', 'în aceeași zi', 'ani mai tânăr*', 'vindecat*', 'miracol', 'garantat*', 'permanent*', 'slăbit * kg'],
    es: ['sin dolor', 'el mismo día', 'años más joven', 'curad*', 'milagro*', 'garantizad*', 'permanente*', 'perdí * kilos'],
  },
  typicalResults: {
    en: [
      'results vary',
      'results may vary',
      'individual results',
      'typical result*',
      'typically',
      'most patients',
      'generally expected',
      'on average',
      'average patient',
      'not typical',
      'atypical',
    ],
    sv: ['resultat kan variera', 'individuella resultat', 'de flesta patienter', 'i genomsnitt'],
    fr: ['résultats peuvent varier', 'résultats variables', 'résultats individuels', 'la plupart des patients', 'en moyenne'],
    ro: ['rezultatele pot varia', 'rezultate individuale', 'majoritatea pacienților', 'în medie'],
    es: ['resultados pueden variar', 'resultados individuales', 'la mayoría de los pacientes', 'en promedio'],
  },
  adverseEventRoute: {
    en: [
      'adverse event*',
      'adverse reaction*',
      'pharmacovigilance',
      'drug safety',
      'patient safety team',
      'safety team',
      'medwatch',
      'pv team',
      'pv',
      'safety reporting',
      'medical device report*',
      'mdr',
      'complaint handling',
      'complaint unit',
      'vigilance',
      'report side effects',
      'side effects are reported',
      'side effect reports',
      'report to fda',
      'report it to fda',
    ],
    sv: ['biverkningsrapport*', 'läkemedelssäkerhet', 'farmakovigilans', 'läkemedelsverket'],
    fr: ['pharmacovigilance', 'matériovigilance', 'effet* indésirable* déclar*', 'déclaration des effets', 'ansm'],
    ro: ['farmacovigilență', 'farmacovigilenta', 'reacții adverse raportate', 'raportare a reacțiilor adverse', 'anmdmr'],
    es: ['farmacovigilancia', 'tecnovigilancia', 'notificación de reacciones adversas', 'aemps'],
  },
  sideEffect: {
    en: ['side effect*', 'adverse', 'reaction*', 'skin irritation', 'irritation', 'rash*', 'complication*', 'product problem*', 'malfunction*', 'injur*'],
    sv: ['biverkning*', 'reaktion*', 'hudirritation'],
    fr: ['effet* secondaire*', 'effet* indésirable*', 'réaction*', 'irritation'],
    ro: ['efect* advers*', 'efect* secundar*', 'reacți*', 'iritați*'],
    es: ['efecto* secundario*', 'efecto* adverso*', 'reacción*', 'reacciones', 'irritación'],
  },
  identifiedPages: {
    en: [
      'portal',
      'patient portal',
      'login',
      'log in',
      'logged in',
      'sign in',
      'authenticated',
      'mychart',
      'appointment*',
      'scheduling',
      'schedule',
      'booking*',
      'book online',
      'request an appointment',
      'appointment request*',
      'intake',
      'admission*',
      'registration',
      'form',
      'forms',
      'lead form*',
      'verify your insurance',
      'insurance verification',
      'checkout',
      'payment*',
      'bill pay',
      'symptom checker',
      'telehealth',
      'virtual visit*',
      'thank you page',
      'app',
      'apps',
      'in app',
    ],
    sv: ['inloggad*', 'inloggning', 'bokning*', 'boka', 'tidbokning', 'formulär', '1177 s inloggade'],
    fr: ['espace patient', 'connexion', 'prise de rendez vous', 'rendez vous', 'réservation*', 'formulaire*', 'paiement', 'téléconsultation'],
    ro: ['cont pacient', 'autentificare', 'programare*', 'programări', 'formular*', 'plată'],
    es: ['portal del paciente', 'inicio de sesión', 'cita*', 'reserva*', 'formulario*', 'pago*', 'teleconsulta'],
  },
  publicPages: {
    en: [
      'information pages',
      'info pages',
      'public pages',
      'blog',
      'homepage',
      'home page',
      'condition pages',
      'service pages',
      'marketing pages',
      'landing pages',
    ],
    sv: ['informationssidor', 'informationssidorna', 'startsidan', 'blogg*'],
    fr: ['pages d information', 'pages publiques', 'page d accueil', 'blog'],
    ro: ['pagini de informare', 'pagini publice', 'pagina principală', 'blog'],
    es: ['páginas informativas', 'páginas públicas', 'página de inicio', 'blog'],
  },
  healthEvents: {
    en: [
      'ovulation*',
      'pregnan*',
      'period',
      'periods',
      'log period',
      'cycle*',
      'fertility',
      'symptom*',
      'diagnos*',
      'prescription*',
      'medication*',
      'condition*',
      'mood',
      'therapy',
      'mental health',
      'test result*',
      'lab result*',
      'appointment type',
      'insurance',
      'health event*',
      'health data',
      'treatment',
      'substance',
      'detox',
    ],
    sv: ['ägglossning*', 'graviditet*', 'mens', 'symtom*', 'diagnos*', 'recept*', 'hälsodata'],
    fr: ['ovulation', 'grossesse', 'règles', 'symptôme*', 'diagnostic*', 'ordonnance*', 'données de santé'],
    ro: ['ovulați*', 'sarcin*', 'menstruați*', 'simptom*', 'diagnostic*', 'rețet*', 'date de sănătate'],
    es: ['ovulación', 'embarazo*', 'menstruación', 'síntoma*', 'diagnóstico*', 'receta*', 'datos de salud'],
  },
  trackerConsent: {
    en: [
      'after consent',
      'prior consent',
      'opt in',
      'opted in',
      'consent banner',
      'cookie banner',
      'cookie consent',
      'only with consent',
      'once * consent*',
      'consent management',
      'cmp',
    ],
    sv: ['efter samtycke', 'samtycke i cookiebannern', 'samtycke', 'cookiebanner*', 'samtyck*'],
    fr: ['après consentement', 'consentement préalable', 'bandeau cookie*', 'bandeau de consentement', 'avec consentement', 'consentement'],
    ro: ['după consimțământ', 'consimțământ prealabil', 'banner de cookie*', 'consimțământ*'],
    es: ['tras el consentimiento', 'consentimiento previo', 'banner de cookies', 'con consentimiento', 'consentimiento'],
  },
  buried: {
    en: [
      'end of the caption',
      'end of caption',
      'at the end',
      'among * hashtags',
      'among hashtags',
      'with * other hashtags',
      'with the other hashtags',
      'last hashtag',
      'after the hashtags',
      'below the fold',
      'see more',
      'in the comments',
      'in the bio',
      'on the profile',
      'bio link',
    ],
    sv: ['i slutet', 'bland hashtaggar*', 'bland * hashtaggar*', 'i kommentar*', 'i bion'],
    fr: ['en fin de légende', 'fin de légende', 'à la fin', 'parmi les hashtags', 'parmi * hashtags', 'dans les commentaires', 'dans la bio'],
    ro: ['la final', 'la sfârșitul', 'printre hashtag*', 'în comentarii', 'în bio'],
    es: ['al final', 'entre los hashtags', 'entre * hashtags', 'en los comentarios', 'en la bio'],
  },
  benefitClaim: {
    en: ['gone', 'clear*', 'relief', 'works', 'improv*', 'reduce*', 'stops', 'helps', 'fast', 'results', 'cure*', 'heal*', 'itch', 'free of', 'effective'],
    sv: ['hjälper', 'lindr*', 'effektiv*', 'resultat'],
    fr: ['efficace*', 'soulag*', 'résultat*', 'guéri*', 'aide'],
    ro: ['eficient*', 'ameliore*', 'rezultat*', 'vindec*'],
    es: ['eficaz*', 'alivi*', 'resultado*', 'cura*', 'ayuda'],
  },
  minors: {
    en: ['teen', 'teens', 'teenage*', 'adolescent*', 'kids', 'children', 'child', 'minors', 'under 18', 'high school*', 'pediatric', 'paediatric'],
    sv: ['tonåring*', 'barn', 'ungdom*', 'minderårig*'],
    fr: ['ado', 'ados', 'adolescent*', 'enfant*', 'mineur*'],
    ro: ['adolescen*', 'copii', 'copil', 'minori'],
    es: ['adolescente*', 'niños', 'menores'],
  },
  reminderAd: {
    en: ['ask your doctor about', 'ask your dermatologist', 'ask your doctor', 'talk to your doctor about', 'reminder', 'name only', 'brand name only'],
    sv: ['fråga din läkare'],
    fr: ['parlez en à votre médecin', 'demandez à votre médecin'],
    ro: ['întrebați medicul'],
    es: ['pregunte a su médico', 'consulte a su médico'],
  },
  unbranded: {
    en: ['unbranded', 'disease awareness', 'help seeking', 'no product', 'names no drug', 'no brand'],
    sv: ['sjukdomsinformation'],
    fr: ['sans marque', 'sensibilisation'],
    ro: ['fără marcă', 'conștientizare'],
    es: ['sin marca', 'concienciación'],
  },
  certification: {
    en: ['legitscript', 'certified', 'certification', 'prior written permission', 'approved by meta', 'approved by google'],
    sv: ['legitscript', 'certifier*'],
    fr: ['legitscript', 'certifi*'],
    ro: ['legitscript', 'certific*'],
    es: ['legitscript', 'certific*'],
  },
  addictionTreatment: {
    en: [
      'detox',
      'addiction',
      'substance use',
      'sud',
      'rehab',
      'recovery',
      'opioid*',
      'buprenorphine',
      'suboxone',
      'mat',
      'moud',
      'alcohol treatment',
      'drug treatment',
      'iop',
    ],
    sv: ['beroende*', 'missbruk*', 'avgiftning'],
    fr: ['addiction*', 'désintoxication', 'sevrage'],
    ro: ['dependenț*', 'adicți*', 'dezintoxicare'],
    es: ['adicción*', 'adicciones', 'desintoxicación'],
  },
  weightLoss: {
    en: [
      'weight loss',
      'lose weight',
      'weight management',
      'glp 1',
      'semaglutide',
      'tirzepatide',
      'ozempic',
      'wegovy',
      'mounjaro',
      'zepbound',
      'diet pill*',
      'slimming',
    ],
    sv: ['viktnedgång', 'gå ner i vikt', 'viktminskning'],
    fr: ['perte de poids', 'perdre du poids', 'minceur', 'amincissement'],
    ro: ['slăbire', 'pierdere în greutate', 'scădere în greutate'],
    es: ['pérdida de peso', 'perder peso', 'adelgaz*'],
  },
  trialClaims: {
    en: [
      'cure',
      'cures',
      'new cure',
      'breakthrough',
      'miracle',
      'safe and effective',
      'proven',
      'guaranteed',
      'free treatment',
      'free medical care',
      'life saving',
      'revolutionary',
    ],
    sv: ['bot', 'botemedel', 'genombrott', 'säker och effektiv', 'gratis behandling'],
    fr: ['guérison', 'guérir', 'révolutionnaire', 'sûr et efficace', 'traitement gratuit'],
    ro: ['vindecare', 'revoluționar', 'sigur și eficient', 'tratament gratuit'],
    es: ['cura', 'curación', 'revolucionario', 'seguro y eficaz', 'tratamiento gratuito'],
  },
  irb: {
    en: ['irb', 'institutional review board', 'ethics committee', 'ethics board', 'research office', 'clinical research office'],
    sv: ['etikprövning*', 'etiknämnd*'],
    fr: ['comité de protection des personnes', 'cpp', 'comité d éthique'],
    ro: ['comisia de etică', 'comitet de etică'],
    es: ['comité de ética', 'ceim', 'ceic'],
  },
  trialRecruitment: {
    en: [
      'now enrolling',
      'enrolling',
      'recruiting',
      'participants wanted',
      'volunteers wanted',
      'seeking volunteers',
      'join our study',
      'join our trial',
      'join the study',
      'join the trial',
      'check if you qualify',
      'see if you qualify',
      'take part in * study',
      'take part in * trial',
      'sign up for * study',
      'sign up for * trial',
    ],
    sv: ['deltagare sökes', 'vi söker deltagare', 'delta i * studie', 'delta i * prövning'],
    fr: ['recrute des participants', 'recherche des volontaires', 'participer à * essai', 'participer à * étude'],
    ro: ['recrutăm participanți', 'căutăm voluntari', 'participa la * studiu'],
    es: ['buscamos voluntarios', 'reclutando', 'participar en * ensayo', 'participar en * estudio'],
  },
};

/** The terms of `list` in `text` that no negator precedes in their clause ("never on booking pages" is not a booking page). */
export function affirmed(text: unknown, list: Terms, negators: Terms = WORDS.negators): { term: string; clause: number }[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // Several rules read the same texts with the same lists: each (list, negators, text) is read once.
  let byNegators = affirmedMemo.get(list);
  if (!byNegators) affirmedMemo.set(list, (byNegators = new WeakMap()));
  let read = byNegators.get(negators);
  if (!read) {
    read = memoize(
      (t) =>
        findInClauses(t, list, ownNegators(t, negators))
          .filter((h) => !h.negated)
          .map((h) => ({ term: h.term, clause: h.clause })),
      2_000,
    );
    byNegators.set(negators, read);
  }
  return read(text);
}
const affirmedMemo = new WeakMap<Terms, WeakMap<Terms, (text: string) => { term: string; clause: number }[]>>();

/**
 * The negators of the languages a text is written in (all of them when it shows none): Spanish
 * "sin" (without) is Swedish "sin" (his, her), French "ne" is Swedish "ne" (down).
 */
function ownNegators(text: string, negators: Terms): Terms {
  const langs = languagesIn(text);
  if (langs.length === 0 || langs.length === LANGUAGES.length) return negators;
  return Object.fromEntries(LANGUAGES.map((l) => [l, langs.includes(l) ? negators[l] : []])) as unknown as Terms;
}

/** The first term of `a` that shares a clause with a term of `b` in `text` (both affirmed), with the `b` term. */
export function together(text: unknown, a: Terms, b: Terms, negators: Terms = WORDS.negators): { a: string; b: string } | undefined {
  const ha = affirmed(text, a, negators);
  if (ha.length === 0) return undefined;
  const hb = affirmed(text, b, negators);
  for (const x of ha) {
    const y = hb.find((h) => h.clause === x.clause);
    if (y) return { a: x.term, b: y.term };
  }
  return undefined;
}

// A term as a message shows it: the one `showTerm` of the word lists.
export { showTerm } from './words.js';
