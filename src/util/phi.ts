// Detection of probable protected health information (PHI) in free text: the HIPAA Safe Harbor
// identifiers (45 CFR 164.514(b)(2)) and a person's name next to a diagnosis, in English, Swedish,
// French and Romanian. Used by the rule privacy/phi-in-text (which says where and what kind) and by
// every place that prints a value from a plan (which then prints a placeholder instead).
import type { Severity } from '../types.js';
import type { SafeHarborKind } from '../knowledge/regulations.js';
import { memoize } from './memo.js';

/** Scanning is linear; this bounds the work on hostile input (a 5 MB string is cut, not skipped silently). */
const MAX_CHARS_PER_STRING = 100_000;

export type Kind = SafeHarborKind | 'name-diagnosis' | 'age-over-89';
export interface Hit {
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
 * 2000 followers" is not a record number), `test` filters a candidate. `hint`, when given, is a
 * cheap necessary condition (same case rules, no Unicode property classes): when it does not match,
 * `re` cannot, and `re` is neither compiled nor run (the Unicode-aware ones cost about a millisecond
 * each to compile: a one-file run would pay it for every text with a digit).
 */
export interface Pattern {
  kind: Kind;
  severity: Severity;
  re: RegExp;
  hint?: RegExp;
  value?: RegExp;
  test?: (s: string) => boolean;
  /** Also looked for in organisational contact fields. */
  contactFieldsToo: boolean;
}

/** Exported for the tests of the shortcuts in `scan` (each `hint`, the digit test). */
export const PATTERNS: readonly Pattern[] = [
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
    hint: /dob|d\.o\.b\.|date of birth|birth ?date|born|f[öo]dd|f[öo]delse|n[ée]e? le|date de naissance|data na[șs]terii|n[ăa]scut/iu,
    re: /(?<![\p{L}])(?:DOB|D\.O\.B\.|date of birth|birth ?date|born(?: on)?|f[öo]dd(?: den)?|f[öo]delsedatum|f[öo]delsedag|n[ée]e? le|date de naissance|data na[șs]terii|n[ăa]scut[ăa]?(?: (?:la|pe))?)/giu,
    value: new RegExp(`^\\s{0,3}[:\\-]?\\s{0,3}${A_DATE}`, 'iu'),
  },
  {
    kind: 'age-over-89', severity: 'warning', contactFieldsToo: true,
    hint: /9\d|1[01]\d/,
    re: /\b(?:(?:9\d|1[01]\d)(?:[- ]years?[- ]old|-year-old|-?åriga?\b|\sår gammal)|(?:aged|âgée?s? de|în vârstă de)\s(?:9\d|1[01]\d)\b)/giu,
  },
  { kind: 'fax', severity: 'warning', contactFieldsToo: false, re: /\bfax\s{0,3}[:.]?\s{0,3}\+?\d[\d\s().-]{7,18}\d/gi },
  { kind: 'phone', severity: 'warning', contactFieldsToo: false, re: /(?<![\w.+-])\+?\(?\d[\d\s().-]{7,18}\d(?![\w-])/g, test: plausiblePhone },
  {
    kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false,
    hint: /St|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Terrace|Circle/,
    re: /\b\d{1,5}\s(?:\p{Lu}[\p{L}'.-]{0,30}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Terrace|Circle)(?![\p{L}])/gu,
  },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, hint: /gatan|vägen|gränd|torget|backen|allén|stigen/, re: /\b\p{Lu}\p{Ll}{1,30}(?:gatan|vägen|gränd|torget|backen|allén|stigen)\s\d{1,4}[A-Za-z]?\b/gu },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, hint: /rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|route/iu, re: /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|route)\s(?:de\s|du\s|des\s|d'|la\s|le\s)?\p{L}/giu },
  { kind: 'geographic-subdivision', severity: 'warning', contactFieldsToo: false, hint: /str\.|strada|bd\.|bulevardul|calea|aleea|[șs]oseaua/u, re: /\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|[șs]oseaua)\s\p{Lu}[\p{L} .-]{1,40}?\s(?:nr\.?\s?)?\d{1,4}\b/gu },
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

/** Some diagnosis word as a substring (one alternation: ~10x faster than a loop of `includes`). */
const ANY_DIAGNOSIS = new RegExp(DIAGNOSES.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Whether some diagnosis word occurs in the text at all (a substring test: necessary, not sufficient). */
function mentionsDiagnosis(text: string): boolean {
  return ANY_DIAGNOSIS.test(text.toLowerCase());
}

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

/**
 * The kinds of probable patient information in a text (HIPAA Safe Harbor identifiers and a name next
 * to a diagnosis). `contactField`: a field where the organisation's own phone or mailbox belongs, so
 * only identifiers that are never organisational are looked for. `orgWords`: words of the
 * organisation's own name, never taken for a person's name.
 */
export function scan(text: string, contactField = false, orgWords: Set<string> = new Set()): Hit[] {
  if (text.length > MAX_CHARS_PER_STRING) text = text.slice(0, MAX_CHARS_PER_STRING);
  const hits: Hit[] = [];
  const seen = new Set<Kind>();
  let rest = text;
  // Cheap necessary conditions first (most texts are short labels): every pattern needs an ASCII
  // digit, an email an `@`, a name next to a diagnosis a diagnosis word. Skipping the regular
  // expressions also skips compiling them in a one-file run, which costs milliseconds.
  const digits = /[0-9]/.test(text);
  for (const p of digits ? PATTERNS : []) {
    if ((contactField && !p.contactFieldsToo) || (p.hint && !p.hint.test(rest))) continue;
    // exec over the pattern itself, not matchAll (which clones the expression on every call).
    const re = p.re;
    const subject = rest;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
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
  if (!contactField && rest.includes('@') && hasPrivateEmail(rest)) hits.push({ kind: 'email', severity: 'warning' });
  if (mentionsDiagnosis(text) && nameNextToDiagnosis(text, orgWords)) hits.push({ kind: 'name-diagnosis', severity: 'warning' });
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

/** Verdicts on short texts: messages quote the same ids and names over and over. */
const shortVerdict = memoize((text) => scan(text).length > 0, 5000);

/** True when the text holds probable patient information: print a placeholder instead of it. */
export function looksLikePatientData(text: string): boolean {
  return text.length > 200 ? scan(text).length > 0 : shortVerdict(text);
}

const PLAIN_POINTER = /^(?:\/(?:[a-z_]+|\d{1,6}))*$/;

/**
 * A JSON Pointer with every token that looks like patient information (a key such as
 * `123-45-6789`) replaced by `~hidden`: the place stays readable, the value is not repeated.
 */
export function hidePatientTokens(pointer: string): string {
  // Plan keys (lower-case letters and `_`, no digit: nothing a pattern or a name can match) and list
  // indexes are what nearly every pointer is made of: no token to look at.
  if (!pointer || !/\d|@/.test(pointer) || PLAIN_POINTER.test(pointer)) return pointer;
  return pointer
    .split('/')
    .map((t, i) => (i > 0 && !/^\d{1,6}$/.test(t) && looksLikePatientData(t) ? '~hidden' : t))
    .join('/');
}
