// Probable protected health information in the plan's free text. The finding says WHERE (the
// pointer) and WHAT KIND ("a phone number"); it never carries the matched text, in any field.
import type { Rule, RuleContext, RuleFinding, Severity } from '../types.js';
import type { SafeHarborKind } from '../knowledge/regulations.js';
import { finding, regulations } from './util.js';

/** Structured fields (ids, enums, dates, paths, staff names, contacts): not free text about people. */
const SKIP_KEYS = new Set([
  'version', 'id', 'date', 'deadline', 'start', 'end', 'type', 'role', 'platform', 'channel', 'handle', 'metric', 'unit',
  'category', 'kpi', 'currency', 'period', 'source', 'goal', 'goals', 'audiences', 'review_cadence', 'active_hours',
  'patient_content_consent', 'staff_training', 'tracking_technologies', 'lawful_basis_health_data', 'collection_consent',
  'sharing_consent', 'geofencing', 'consent_ref', 'consent_form', 'risk_information_link', 'dpo_contact', 'jurisdictions',
  'formats', 'approval_workflow', 'tools', 'listening_tools', 'insight_sources', 'name', 'executive_sponsor', 'owner', 'agency',
]);
/**
 * Fields where the organisation's own contact details belong (a nurse line, a press address): only
 * identifiers that are never organisational (ID numbers, record numbers, birth dates, a patient named
 * next to a diagnosis) are looked for there.
 */
const CONTACT_KEYS = new Set(['escalation', 'crisis_plan', 'dm_policy', 'review_response_policy', 'moderation_policy']);

/** Scanning is linear; these bound the work on hostile input (a 5 MB string is cut, not skipped silently). */
const MAX_CHARS_PER_STRING = 100_000;
const MAX_STRINGS = 20_000;

type Kind = SafeHarborKind | 'name-diagnosis' | 'age-over-89';
interface Hit {
  kind: Kind;
  severity: Severity;
}

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const MONTH_NAMES =
  '(?:jan(?:uary|uari|vier|uarie)?|feb(?:ruary|ruari|ruarie)?|f[ée]v(?:rier)?|mar(?:ch|s|s)?|martie|apr(?:il|ilie)?|avr(?:il)?|ma[jy]|mai|jun[ei]?|juin|iunie|jul[iy]?|juil(?:let)?|iulie|aug(?:ust|usti)?|ao[uû]t|sep(?:t(?:ember|embre|embrie)?)?|o[ck]t(?:ober|obre|ombrie)?|nov(?:ember|embre|embrie)?|de[cz](?:ember|embre|embrie)?|d[ée]c(?:embre)?)\\.?';
const A_DATE = `(?:\\d{4}[-/.]${MONTH}[-/.]${DAY}|${DAY}[-/.]${MONTH}[-/.](?:\\d{4}|\\d{2})|${MONTH}[-/.]${DAY}[-/.](?:\\d{4}|\\d{2})|${DAY}\\.?\\s${MONTH_NAMES}\\s\\d{4}|${MONTH_NAMES}\\s${DAY},?\\s\\d{4})`;

/**
 * Each pattern: `re` finds a candidate (global; it is run over the whole string, linearly), `value`,
 * when given, must match case-sensitively right after a case-insensitive label (so "record number of
 * 2000 followers" is not a record number), `test` filters a candidate.
 */
interface Pattern {
  kind: Kind;
  severity: Severity;
  re: RegExp;
  value?: RegExp;
  test?: (s: string) => boolean;
  /** Also looked for in organisational contact fields. */
  contactFieldsToo: boolean;
}

const PATTERNS: Pattern[] = [
  // National identity numbers: US SSN, Swedish personnummer, French NIR, Romanian CNP, or any number after such a label.
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-+]\d{4}(?![\d-])/g },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\d ])[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)/g },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<!\d)[1-8]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6}(?!\d)/g },
  {
    kind: 'ssn', severity: 'error', contactFieldsToo: true,
    re: /\b(?:SSN|social security(?: number| no\.?)?|personnummer|num[ée]ro de s[ée]curit[ée] sociale|CNP)/gi,
    value: /^\s{0,3}[:#]?\s{0,3}\d[\d -]{6,14}\d/,
  },
  {
    kind: 'medical-record-number', severity: 'error', contactFieldsToo: true,
    re: /\b(?:MRN|medical record(?: number| no\.?)?|chart (?:number|no\.?|#)|patient (?:id|number|no\.?|#)|journalnummer|journalnr\.?|num[ée]ro de dossier|dossier m[ée]dical|foaie de observa[țt]ie)/gi,
    value: /^\s{0,3}[:#№°]?\s{0,3}(?:(?:n[°o]|nr)\.?\s{0,2})?(?:[A-Z]{1,4}[-\s]?)?\d[\d-]{3,}/,
  },
  {
    kind: 'health-plan-number', severity: 'error', contactFieldsToo: true,
    re: /\b(?:member|subscriber|beneficiary|policy|medicaid|medicare|insurance)\s(?:id|number|no\.?|#)/gi,
    value: /^\s{0,3}[:#]?\s{0,3}(?=[A-Z-]{0,10}\d)[A-Z0-9][A-Z0-9-]{4,}/,
  },
  {
    kind: 'date', severity: 'error', contactFieldsToo: true,
    re: /(?<![\p{L}])(?:DOB|D\.O\.B\.|date of birth|birth ?date|born(?: on)?|f[öo]dd(?: den)?|f[öo]delsedatum|f[öo]delsedag|n[ée]e? le|date de naissance|data na[șs]terii|n[ăa]scut[ăa]?(?: (?:la|pe))?)/giu,
    value: new RegExp(`^\\s{0,3}[:\\-]?\\s{0,3}${A_DATE}`, 'iu'),
  },
  {
    kind: 'age-over-89', severity: 'warning', contactFieldsToo: true,
    re: /\b(?:(?:9\d|1[01]\d)(?:[- ]years?[- ]old|-year-old|-?åriga?\b|\sår gammal)|(?:aged|âgée?s? de|în vârstă de)\s(?:9\d|1[01]\d)\b)/giu,
  },
  { kind: 'fax', severity: 'warning', contactFieldsToo: false, re: /\bfax\s{0,3}[:.]?\s{0,3}\+?\d[\d\s().-]{7,18}\d/gi },
  { kind: 'phone', severity: 'warning', contactFieldsToo: false, re: /(?<![\w.+-])\+?\(?\d[\d\s().-]{7,18}\d(?![\w-])/g, test: plausiblePhone },
  {
    kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false,
    re: /\b\d{1,5}\s(?:\p{Lu}[\p{L}'.-]{0,30}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Terrace|Circle)(?![\p{L}])/gu,
  },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, re: /\b\p{Lu}\p{Ll}{1,30}(?:gatan|vägen|gränd|torget|backen|allén|stigen)\s\d{1,4}[A-Za-z]?\b/gu },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, re: /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|route)\s(?:de\s|du\s|des\s|d'|la\s|le\s)?\p{L}/giu },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, re: /\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|[șs]oseaua)\s\p{Lu}[\p{L} .-]{1,40}?\s(?:nr\.?\s?)?\d{1,4}\b/gu },
  { kind: 'ip-address', severity: 'warning', contactFieldsToo: false, re: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])/g },
];

/** Shared mailboxes are the organisation's, not a patient's. */
const ROLE_MAILBOX = /^(?:info|contact|kontakt|hello|hej|bonjour|support|help|press|media|presse|news|dpo|privacy|gdpr|rgpd|dataskydd\w*|integritet|complaints?|feedback|patient[-._]?relations|patientrelations|noreply|no-reply|marketing|social|comms|communications|admin|office|reception|mottagning\w*|secretariat|secretariat|webmaster|jobs|careers|hr)$/i;

/** An email address in a whitespace-delimited token (token-wise: no quadratic scan of long strings). */
function hasPrivateEmail(text: string): boolean {
  for (const raw of text.split(/[\s<>()[\],;:"']+/)) {
    if (raw.length > 320 || !raw.includes('@')) continue;
    const token = raw.replace(/^[^\w]+|[^\w]+$/g, '');
    const m = /^([A-Za-z0-9._%+-]{1,64})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}$/.exec(token);
    if (m && !ROLE_MAILBOX.test(m[1])) return true;
  }
  return false;
}

const DIAGNOSES = [
  // English
  'diabetes', 'diabetic', 'cancer', 'leukemia', 'leukaemia', 'lymphoma', 'tumor', 'tumour', 'carcinoma', 'melanoma', 'asthma', 'autism', 'autistic',
  'adhd', 'hiv', 'aids', 'hepatitis', 'epilepsy', 'seizure', 'seizures', 'depression', 'bipolar', 'schizophrenia', 'dementia', "alzheimer's", 'alzheimer',
  "parkinson's", 'parkinson', 'stroke', 'copd', 'covid', 'covid-19', 'pneumonia', 'tuberculosis', 'fracture', 'overdose', 'addiction', 'miscarriage',
  'chlamydia', 'syphilis', 'herpes', 'hpv', 'sepsis', 'cystic', 'fibrosis', 'anorexia', 'bulimia', 'diagnosed', 'diagnosis', 'chemotherapy', 'chemo',
  'transplant', 'dialysis', 'pregnant', 'pregnancy', 'infertility', 'ivf', 'abortion', 'psychosis', 'ptsd', 'anxiety', 'insulin', 'opioid',
  // Swedish
  'diabetiker', 'astma', 'leukemi', 'epilepsi', 'demens', 'hjärtinfarkt', 'diagnostiserad', 'diagnos', 'cellgifter', 'gravid', 'graviditet', 'missfall', 'cancern',
  // French
  'diabète', 'diabétique', 'asthme', 'leucémie', 'épilepsie', 'démence', 'dépression', 'avc', 'diagnostiqué', 'diagnostiquée', 'diagnostic', 'chimiothérapie', 'enceinte', 'grossesse', 'autiste',
  // Romanian
  'diabet', 'astm', 'leucemie', 'epilepsie', 'demență', 'depresie', 'diagnosticat', 'diagnosticată', 'diagnostic', 'chimioterapie', 'însărcinată', 'sarcină',
];
const DIAGNOSIS_SET = new Set(DIAGNOSES);

/** Capitalised words that are not personal names (function words, calendar, places, organisations, titles). */
const NOT_NAMES = new Set(
  (
    'the a an and or of to in on at for with by from our your my we you they is are was be how what why when where who which this that these those it its ' +
    'meet new open now book join ask learn tips live watch read see get our free first next last more most all every one two three ' +
    'day week weekend month year today tomorrow world national international global awareness month season spring summer autumn fall winter ' +
    'clinic clinics hospital hospitals center centre health healthcare medical medicine care children childrens family families pediatrics paediatrics ' +
    'story stories patient patients parent parents doctor doctors nurse nurses team staff office program programme service services unit ward ' +
    'university college school society association foundation institute department dept group network system practice ' +
    'q a faq ama live video reel post blog newsletter podcast instagram facebook tiktok youtube linkedin x threads pinterest ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'san los las santa saint st fort port mount lake new north south east west upper lower great ' +
    'type stage part step ' +
    // Swedish, French, Romanian function words and common capitalised words
    'och i på för med av till från vår våra vi du hur vad varför när möt nya ny öppet boka vecka månad år vård vårdcentral vårdcentralen region sjukhus mottagning barn ' +
    'le la les un une des et ou de du au aux pour avec par notre nos nous vous comment quoi pourquoi quand rencontrez nouveau nouvelle clinique hôpital santé centre semaine mois année ' +
    'și sau pentru cu din la pe noi voi cum ce când clinica spital sănătate centrul săptămâna luna anul'
  ).split(/\s+/),
);
const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'nurse', 'rn', 'np', 'md', 'dds', 'pa', 'läkare', 'sjuksköterska', 'överläkare', 'barnmorska', 'docteur', 'pr', 'infirmière', 'infirmier', 'sage-femme', 'medic', 'doctorul', 'doctora', 'asistenta', 'asistentul']);
/** A personal marker followed by a capitalised word: "patient Emma", "Mrs. Berg", "fru Lind". */
const PERSON_MARKERS = /(?<![\p{L}])(?:patient|pt\.|patienten|patientin|patiente|pacientul|pacienta|mr\.?|mrs\.?|ms\.?|miss|mme|mlle|herr|fru|domnul|doamna)\s+(\p{Lu}\p{Ll}{1,30})/giu;
/** A capitalised word followed by an age: "Emma, 7,", "Liam (4)", "Noah, aged 6". */
const NAME_WITH_AGE = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,30})(?:\s\p{Lu}\p{Ll}{1,30})?(?:,\s?\d{1,3}(?:,|\s(?:years?|år|ans|ani)\b)|\s\(\d{1,3}\)|,\s(?:age|aged|ålder|âgée?|în vârstă de)\s\d{1,3})/gu;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]{0,40}/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase().replace(/['’]s$/, ''), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** A person's name (by a marker, an age, or two capitalised non-name-words) within 80 characters of a diagnosis. */
function nameNextToDiagnosis(text: string, orgWords: Set<string>): boolean {
  const ws = words(text);
  const diag = ws.filter((w) => DIAGNOSIS_SET.has(w.lower)).map((w) => w.start);
  if (diag.length === 0) return false;
  const near = (pos: number) => diag.some((d) => Math.abs(d - pos) <= 80);
  const long = ws.filter((w) => w.text.length >= 4);
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  if (long.length >= 3 && capitalised / long.length >= 0.6) return false; // a Title Case headline: capitals say nothing
  const notName = (word: string) => {
    const l = word.toLowerCase();
    return NOT_NAMES.has(l) || DIAGNOSIS_SET.has(l) || orgWords.has(l) || TITLES.has(l);
  };
  for (const re of [PERSON_MARKERS, NAME_WITH_AGE]) {
    for (const m of text.matchAll(re)) if (!notName(m[1]) && near(m.index!)) return true;
  }
  const isNameWord = (w: Word) => NAME_WORD.test(w.text) && !notName(w.lower);
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i];
    const b = ws[i + 1];
    if (!isNameWord(a) || !isNameWord(b) || !/^ +$/.test(text.slice(a.end, b.start))) continue;
    const before = i > 0 ? ws[i - 1] : undefined;
    if (before && TITLES.has(before.lower) && /^\.? +$/.test(text.slice(before.end, a.start))) continue; // Dr. Amara Okafor: staff
    if (near(a.start)) return true;
  }
  return false;
}

/** A capitalised word, as names are written (hoisted: built once, not per word). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

function scan(text: string, contactField: boolean, orgWords: Set<string>): Hit[] {
  if (text.length > MAX_CHARS_PER_STRING) text = text.slice(0, MAX_CHARS_PER_STRING);
  const hits: Hit[] = [];
  const seen = new Set<Kind>();
  let rest = text;
  for (const p of PATTERNS) {
    if (contactField && !p.contactFieldsToo) continue;
    for (const m of rest.matchAll(p.re)) {
      let length = m[0].length;
      if (p.value) {
        const v = p.value.exec(rest.slice(m.index! + length, m.index! + length + 80));
        if (!v) continue;
        length += v[0].length;
      }
      if (p.test && !p.test(rest.slice(m.index!, m.index! + length))) continue;
      // Blank out what matched so that one identifier is reported once (an SSN is not also a phone number).
      rest = rest.slice(0, m.index!) + ' '.repeat(length) + rest.slice(m.index! + length);
      if (!seen.has(p.kind)) {
        seen.add(p.kind);
        hits.push({ kind: p.kind, severity: p.severity });
      }
      break;
    }
  }
  if (!contactField && hasPrivateEmail(rest)) hits.push({ kind: 'email', severity: 'warning' });
  if (nameNextToDiagnosis(text, orgWords)) hits.push({ kind: 'name-diagnosis', severity: 'warning' });
  return hits;
}

/** 9 to 15 digits, and not a date, a date range or a plain amount. */
function plausiblePhone(s: string): boolean {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  if (/\d{4}-\d{2}-\d{2}/.test(s)) return false;
  if (/^\d{1,3}(?:[ ,.]\d{3})+$/.test(s.trim())) return false; // 1 200 000 or 1,200,000
  return true;
}

function labelOf(kind: Kind, ctx: RuleContext): string {
  if (kind === 'name-diagnosis') return 'a person\'s name next to a diagnosis';
  if (kind === 'age-over-89') return 'an age over 89';
  return regulations(ctx).safeHarbor.kinds.find((k) => k.kind === kind)?.label ?? 'an identifier';
}

const HINTS: Partial<Record<Kind, string>> = {
  'name-diagnosis': 'Describe the story without the person\'s name and condition (e.g. "a family shares their NICU story") and keep the details in the consent record.',
  phone: 'Remove the number; if it is the organisation\'s own line, put it in a contact field (engagement.escalation) instead.',
  email: 'Remove the address; use a shared mailbox (e.g. info@…) or put it in a contact field.',
};

/** Pointer tokens that are plan keys or list indexes; anything else could itself be patient text. */
const SAFE_TOKEN = /^(?:[a-z][a-z0-9_]{0,40}|\d{1,6})$/;

export const rule: Rule = {
  meta: {
    id: 'privacy/phi-in-text',
    category: 'compliance',
    severity: 'error',
    sensitive: true,
    description: 'Free text in the plan holds no probable protected health information (names next to diagnoses, birth dates, phone numbers, email and street addresses, ID and record numbers).',
    rationale:
      'A strategy file is shared with agencies, committed to repositories and printed in CI logs; a patient\'s details pasted into a topic or a note are a disclosure. Seed 002 (HIPAA section) asks for care with patient information; seed 004 names privacy as the reason organisations hold back. ' +
      'The kinds follow the 18 identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)(i)). Findings say where and what kind, never the text itself, so the report can be published. ' +
      'National ID, record and health-plan numbers and birth dates are errors; phone numbers, addresses, emails, IP addresses, ages over 89 and names next to a diagnosis are warnings (they may be the organisation\'s own or a consented story). Organisational contact fields (escalation, policies, crisis plan) are checked for the first group only.',
    source: 'Seed 002, HIPAA section; seed 004 (privacy); 45 CFR 164.514(b)(2)(i) (Safe Harbor identifiers)',
    fix: 'Remove the identifier from the plan: refer to patients by a consent id (consent_ref) and keep their details in the consent record.',
    examples: {
      fail: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: Follow up with patient John, DOB 03/14/2015, MRN 00482913',
      pass: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: A family shares their NICU-to-home story\n      consent_ref: AUTH-2027-004',
    },
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const orgWords = new Set(
      typeof plan.organization?.name === 'string' ? plan.organization.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : [],
    );
    // Iterative walk over plain data (no recursion: a plan may be deeply nested).
    const stack: { value: unknown; tokens: string[]; key: string | undefined }[] = [{ value: plan, tokens: [], key: undefined }];
    let strings = 0;
    while (stack.length > 0 && strings < MAX_STRINGS) {
      const { value, tokens, key } = stack.pop()!;
      if (typeof value === 'string') {
        // Structured keys hold ids, enums and names; sections under the same name (`goals`, `audiences`) are walked.
        if (key !== undefined && SKIP_KEYS.has(key)) continue;
        strings++;
        if (!tokens.every((t) => SAFE_TOKEN.test(t))) continue;
        if (/^\S+$/.test(value) && /[/\\]|^https?:|\.[a-z]{2,4}$/i.test(value) && !value.includes('@')) continue; // a path or URL
        for (const hit of scan(value, key !== undefined && CONTACT_KEYS.has(key), orgWords)) {
          const where = tokens.map((t) => (/^\d+$/.test(t) ? `[${t}]` : `.${t}`)).join('').replace(/^\./, '');
          out.push(
            finding('/' + tokens.join('/'), `${where || 'the plan'} holds what looks like ${labelOf(hit.kind, ctx)} (not repeated here)`, {
              severity: hit.severity,
              ...(HINTS[hit.kind] ? { hint: HINTS[hit.kind] } : {}),
            }),
          );
        }
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], tokens: [...tokens, String(i)], key });
      } else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], tokens: [...tokens, entries[i][0]], key: entries[i][0] });
      }
    }
    return out;
  },
};
