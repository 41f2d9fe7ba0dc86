// Detection of probable protected health information (PHI) in free text: the HIPAA Safe Harbor
// identifiers (45 CFR 164.514(b)(2)(i)) that can be recognised in a sentence, and a person's name
// next to a diagnosis, in English, Swedish, French, Romanian, Spanish and German. The one detector:
// the rule privacy/phi-in-text says where and what kind; every place that prints text (quote(),
// code frames, pointers, suppression reasons, the exit point in safe-text.ts) hides what it finds.
//
// Text is normalised before matching (NFKC, invisible characters removed, dashes, spaces and digits
// of every script unified), so `123‑45‑6789` with non-breaking hyphens, full-width digits or a
// zero-width space inside is the same SSN; spans are mapped back to the original text.
// Measured on the labelled set in test/fixtures/phi/ by `npm run calibrate` (see docs/patient-data.md).
import type { Severity } from '../types.js';
import type { SafeHarborKind } from '../knowledge/regulations.js';
import { memoize } from './memo.js';
import { DASH_CLASS, INVISIBLE_CLASS } from './chars.js';
import { GIVEN_NAMES, NOT_NAMES, ORG_AFTER, SAINT_BEFORE, SURNAME_ENDING } from './phi-names.js';

/** Scanning is linear; this bounds the work on hostile input (a 5 MB string is cut, not skipped silently). */
export const MAX_CHARS_PER_STRING = 100_000;

/**
 * The kinds found. Safe Harbor kinds, plus: `name-diagnosis` (a person named next to a diagnosis),
 * `age-over-89`, `event-date` (a date of admission, discharge, surgery or death: "all elements of
 * dates ... directly related to an individual") and `room-number` (a room or bed next to a patient).
 * `name` is a patient named as such ("our patient Mr. Jensen"); `date` is a date of birth.
 */
export type Kind = SafeHarborKind | 'name-diagnosis' | 'age-over-89' | 'event-date' | 'room-number';
export interface Hit {
  kind: Kind;
  severity: Severity;
}
/** A hit with where it is in the text (UTF-16 offsets of the original, unnormalised text). */
export interface Span extends Hit {
  start: number;
  end: number;
}

/** What a finding calls each kind the detector adds to the Safe Harbor list. */
export const KIND_LABEL: Partial<Record<Kind, string>> = {
  name: "a patient's name",
  'name-diagnosis': "a person's name next to a diagnosis",
  'age-over-89': 'an age over 89',
  'event-date': 'a date of admission, discharge, surgery or death',
  'room-number': 'a room or bed number',
  date: 'a date of birth',
};

// ---------------------------------------------------------------------------------------------
// Normalisation

export interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`: where its source segment starts and ends in the original; null when `text` is the original. */
  from: Int32Array | null;
  to: Int32Array | null;
}

/** Anything but printable ASCII, tab and line breaks: the only texts that may need normalising. */
const NOT_PLAIN = /[^\t\n\r\x20-\x7e]/;
let special: RegExp | undefined;
let invisible: RegExp | undefined;
let mark: RegExp | undefined;
let dash: RegExp | undefined;
let space: RegExp | undefined;
let digit: RegExp | undefined;
/** Compiled on first use: Unicode property classes cost a millisecond or so to compile. */
function classes() {
  if (!special) {
    special = new RegExp(`(?![\\x00-\\x7f])[${INVISIBLE_CLASS}${DASH_CLASS}\\p{Zs}\\p{Nd}\\p{Cc}\\p{M}]`, 'u');
    invisible = new RegExp(`^[${INVISIBLE_CLASS}\\p{Cc}]$`, 'u');
    mark = /^\p{M}$/u;
    dash = new RegExp(`^[${DASH_CLASS}]$`, 'u');
    space = /^\p{Zs}$/u;
    digit = /^\p{Nd}$/u;
  }
  return { special: special!, invisible: invisible!, mark: mark!, dash: dash!, space: space!, digit: digit! };
}

/** The value of a decimal digit of any script (digits come in runs of ten, from 0). */
function digitValue(cp: number, isDigit: RegExp): number {
  let start = cp;
  while (start > 0 && isDigit.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * NFKC, with invisible characters removed (the soft hyphen becomes `-`), every dash `-`, every
 * space ` ` and every decimal digit its ASCII digit. Printable ASCII is returned as it is.
 */
export function normalise(s: string): Normalised {
  if (!NOT_PLAIN.test(s)) return { text: s, from: null, to: null };
  const c = classes();
  if (!c.special.test(s) && s.normalize('NFKC') === s) return { text: s, from: null, to: null };
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  const emit = (rep: string, a: number, b: number) => {
    out += rep;
    for (let k = 0; k < rep.length; k++) {
      from.push(a);
      to.push(b);
    }
  };
  let i = 0;
  while (i < s.length) {
    const start = i;
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 0x80 && cp >= 0x20) {
      // Plain ASCII, unless combining marks follow it (a decomposed é).
      if (i >= s.length || s.charCodeAt(i) < 0x300) {
        emit(s[start], start, i);
        continue;
      }
    }
    const ch = String.fromCodePoint(cp);
    if (cp === 0xad) {
      emit('-', start, i);
      continue;
    }
    if (cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && c.invisible.test(ch)) continue;
    let seg = ch;
    while (i < s.length) {
      const cp2 = s.codePointAt(i)!;
      const ch2 = String.fromCodePoint(cp2);
      if (!c.mark.test(ch2)) break;
      i += cp2 > 0xffff ? 2 : 1;
      if (!c.invisible.test(ch2)) seg += ch2;
    }
    let rep: string;
    if (c.dash.test(ch)) rep = '-';
    else if (c.space.test(ch)) rep = ' ';
    else if (cp > 0x7f && c.digit.test(ch)) rep = String(digitValue(cp, c.digit)) + seg.slice(ch.length);
    else rep = seg.normalize('NFKC');
    if (rep.length > 1 && !/^[\x20-\x7e]*$/.test(rep)) rep = rep.replace(/[\u2010-\u2015\u2212]/g, '-');
    emit(rep, start, i);
  }
  return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The original span of a span of the normalised text. */
function original(n: Normalised, start: number, end: number): [number, number] {
  if (!n.from || !n.to) return [start, end];
  if (n.text.length === 0) return [0, 0];
  const a = n.from[Math.min(start, n.text.length - 1)];
  const b = end > 0 ? n.to[Math.min(end, n.text.length) - 1] : a;
  return [a, Math.max(a, b)];
}

// ---------------------------------------------------------------------------------------------
// Identifiers (each needs a digit)

/** Letters of Latin scripts (ASCII, Latin-1, Latin Extended-A and -B): a boundary without the `u` flag. */
const L = 'A-Za-z\\u00C0-\\u024F';
const LB = `(?<![${L}])`;
const RB = `(?![${L}])`;

const MONTHS =
  '(?:jan(?:uary|uari|vier|uarie|\\.)?|ene(?:ro)?|ian(?:uarie)?|j[äa]nner|feb(?:ruary|ruari|ruarie|rero|ruar)?|f[ée]v(?:rier)?|mar(?:ch|s|zo)?|martie|m[äa]rz|apr(?:il|ilie)?|avr(?:il)?|abr(?:il)?|ma[jy]|mai|mayo|jun[ei]?|juin|junio|iun(?:ie)?|jul[iy]?|juil(?:let)?|julio|iul(?:ie)?|aug(?:ust|usti)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|embre|embrie)?)?|setiembre|o[ck]t(?:ober|obre|ombrie|ubre)?|nov(?:ember|embre|embrie|iembre)?|de[cz](?:ember|embre|embrie)?|d[ée]c(?:embre)?|dic(?:iembre)?)\\.?';
const ORD = '(?:st|nd|rd|th|er|e|º|°|\\.)?';
const YEAR = '(?:19|20)\\d{2}';
/** A date with or without its year, in the common written forms (17-Apr-1961, April 17th, 1961, 17. April 1961, 17 de abril de 1961, 19610417, 03/09/1958, 1961-04-17). */
const A_DATE =
  `(?:\\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?!\\d)` +
  `|(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\\d{4}|\\d{2})(?!\\d)` +
  `|(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])[-/.](?:\\d{4}|\\d{2})(?!\\d)` +
  `|${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?!\\d)` +
  `|(?:0?[1-9]|[12]\\d|3[01])${ORD}[\\s-]{0,2}(?:de\\s)?${MONTHS}(?:[\\s,.-]{0,3}(?:de\\s|del\\s)?${YEAR})?${RB}` +
  `|${MONTHS}\\s(?:0?[1-9]|[12]\\d|3[01])${ORD}(?:,?\\s${YEAR})?(?!\\d)` +
  `|(?:0?[1-9]|[12]\\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\\d/.-]))`;
const DATE_AFTER_LABEL = new RegExp(`^\\s{0,3}[:=\\-]?\\s{0,3}(?:(?:on|the|den|le|la|pe|în|in|el|am)\\s{1,2}){0,2}${A_DATE}`, 'i');

/** Labels of things that are not phone numbers or IP addresses, just before a number. */
const NOT_PHONE_LABEL = new RegExp(
  `(?:^|[^${L}])(?:isbn|issn|doi|ref|reference|réf|référence|referens|referință|referinta|referencia|version|ver|v|build|release|rev|order|invoice|faktura|facture|factura|rechnung|bestellung|pedido|comanda|campaign|kampanj|campagne|campanie|campaña|kampagne|code|kod|cod|código|codigo|ticket|ärende|case|po|sku|lot|batch|serial|id|auth|consent|samtycke|account|konto|compte|cont|cuenta)(?:\\s?(?:no|nr|n°|number|nummer|#)\\.?)?[\\s:#.№-]{0,3}$`,
  'i',
);
const PHONE_LABEL = new RegExp(
  `(?:^|[^${L}])(?:phone|tel|tél|téléphone|telefon|telefonnummer|teléfono|telefono|mobile?|mobil|mobilnummer|cell|cellphone|call|ring|ringa|sms|text|whatsapp|portable|appeler|rappeler|appelez|sună|sunați|suna|llame|llamar|llama|móvil|movil|handy|anrufen|rufen|contact|kontakt|nummer|number|numéro|număr|număr de telefon|número|numar|at|på|au|la|al|unter)(?:\\s?(?:no|nr|n°|#)\\.?)?\\W{0,3}$`,
  'i',
);

/** A phone number as people write one, and not a date, an amount, a code or a version. */
function plausiblePhone(s: string, before: string): boolean {
  const main = s.replace(/\s?(?:ext\.?|x|extension|anknytning|ankn\.?|poste|int\.?|interior|durchwahl|dw)\s?\d{1,5}$/i, '');
  const digits = main.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  if (/\d{4}-\d{1,2}-\d{1,2}/.test(main)) return false; // a date range
  if (/^\d{1,3}(?:[ ,.]\d{3})+$/.test(main.trim())) return false; // 1 200 000 or 1,200,000
  const labelled = PHONE_LABEL.test(before);
  if (!labelled && NOT_PHONE_LABEL.test(before)) return false;
  if (main.startsWith('+')) return true;
  const groups = main.split(/[\s().\-/]+/).filter(Boolean);
  if (labelled) return groups.every((g) => g.length <= 10) && !(groups.length === 1 && /^(?:19|20)\d{2}/.test(main) && !main.startsWith('0'));
  if (groups.length < 2 || main.includes('/')) return false;
  if (/^(?:19|20)\d{2}$/.test(groups[0])) return false; // starts with a year: a code or a reference
  const dotted = /^[\d.]+$/.test(main);
  if (dotted) return groups.length >= 3 && groups.every((g) => g.length >= 2 && g.length <= 4);
  // Groups of 2-4 digits; the first (an area code) 1-5, or one long local group after an area code.
  const shortGroups = groups.slice(1).every((g) => g.length >= 2 && g.length <= 4);
  if (shortGroups && groups[0].length <= 5) return true;
  return groups.length === 2 && /^\(?0/.test(main) && groups[0].length <= 5 && groups[1].length >= 5 && groups[1].length <= 8;
}

/** A Spanish DNI or NIE: eight digits (or X/Y/Z and seven) and the check letter. */
function validDni(s: string): boolean {
  const m = /^([XYZ]?)-?(\d{7,8})-?([A-Z])$/.exec(s.replace(/\s/g, ''));
  if (!m) return false;
  const num = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23] === m[3];
}

/** Not a version number (every part under 10) and not after a version or build label. */
function plausibleIp(s: string, before: string): boolean {
  if (/(?:version|ver|v|release|build|rev|firmware|ios|android|node|python|java)\W{0,2}$/i.test(before)) return false;
  return s.split('.').some((p) => p.length >= 2);
}

/** An organisation just before an age: "The clinic is 95 years old", "Spitalul împlinește 100 de ani". */
const ORG_SUBJECT =
  /(?:clinic|hospital|practice|cent(?:er|re)|office|building|company|firm|organi[sz]ation|foundation|program(?:me)?|institute|unit|ward|clinique|hôpital|maison|sjukhus(?:et)?|vårdcentral(?:en)?|mottagning(?:en)?|spital(?:ul)?|clinica|clínica|klinik(?:um)?|krankenhaus|praxis)\b[^.!?]{0,24}$/i;

/** A personal context: a patient word, a title, initials or an admission word in the same text. */
const PERSON_CONTEXT =
  /patient|pacient|paciente|пациент|\b(?:mr|mrs|ms|mme|mlle|herr|fru|frau|sra?|señora?|dl|dna|domnul|doamna)\b\.?\s|\b[A-Z]\.\s?[A-Z]\.|admitted|inlagd|hospitalis|internat|ingresad|aufgenommen/i;

/**
 * Each pattern: `re` finds a candidate (global; it is run over the whole string, linearly), `value`,
 * when given, must match case-sensitively right after a case-insensitive label (so "record number of
 * 2000 followers" is not a record number), `test` filters a candidate (given the text just before
 * it), `context` asks for a personal context anywhere in the text. `hint`, when given, is a cheap
 * necessary condition (same case rules, no Unicode property classes): when it does not match, `re`
 * cannot, and `re` is neither compiled nor run. Every pattern needs an ASCII digit (after
 * normalisation): a text without one skips them all.
 */
export interface Pattern {
  kind: Kind;
  severity: Severity;
  re: RegExp;
  hint?: RegExp;
  value?: RegExp;
  test?: (s: string, before: string) => boolean;
  context?: boolean;
  /** Also looked for in organisational contact fields. */
  contactFieldsToo: boolean;
}

const AGE = '(?:9\\d|1[01]\\d)';
const NOT_AGGREGATE =
  '(?!\\s?(?:\\+|and (?:over|older|up)|or (?:over|older)|och (?:äldre|över|uppåt)|et plus|ans et plus|și peste|si peste|y más|und älter|und mehr|plus))';

/** Exported for the tests of the shortcuts in `scan` (each `hint`, the digit test). */
export const PATTERNS: readonly Pattern[] = [
  // National identity numbers: US SSN, Swedish personnummer, French NIR, Romanian CNP, Spanish DNI/NIE, German social insurance number, or any number after such a label.
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g },
  {
    kind: 'ssn',
    severity: 'error',
    contactFieldsToo: true,
    re: /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|[6-8]\d|9[01])[-+]\d{4}(?![\d-])/g,
  },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\d ])[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3}(?: ?\d{2})?(?!\d)/g },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<!\d)[1-8]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6}(?!\d)/g },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\w-])[XYZ]?-?\d{7,8}-?[A-Z](?![\w-])/g, test: (s) => validDni(s) },
  { kind: 'ssn', severity: 'error', contactFieldsToo: true, re: /(?<![\w-])\d{2} ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2} ?[A-Z] ?\d{3}(?![\w-])/g },
  {
    kind: 'ssn',
    severity: 'error',
    contactFieldsToo: true,
    re: new RegExp(
      `${LB}(?:SSN|S\\.S\\.N\\.?|social security(?: number| no\\.?| #)?|personnummer|personnr\\.?|samordningsnummer|num[ée]ro de s[ée]curit[ée] sociale|n° de s[ée]cu(?:rit[ée] sociale)?|NIR|CNP|cod numeric personal|DNI|NIE|NIF|n[úu]mero de (?:la )?seguridad social|NUSS|Sozialversicherungsnummer|SV-Nummer|Steuer-?ID|Steueridentifikationsnummer|NHS (?:number|no\\.?)|national (?:id|identity|insurance) (?:number|no\\.?)|passport(?: number| no\\.?)?|ID (?:number|no\\.?))`,
      'gi',
    ),
    value: /^\s{0,3}[:#=.-]?\s{0,3}(?:(?:n[°ºo]|nr|no)\.?\s{0,2})?[A-Z]{0,3}\d[\d -]{5,16}\d/,
  },
  {
    kind: 'medical-record-number',
    severity: 'error',
    contactFieldsToo: true,
    re: new RegExp(
      `${LB}(?:MRN|M\\.R\\.N\\.?|medical record(?: number| no\\.?| #| nr\\.?)?|(?:patient |hospital |case )?record (?:number|no\\.?|#)|chart(?: number| no\\.?| #| nr\\.?)?|hospital (?:number|no\\.?|#)|patient (?:id|number|no\\.?|#|nr\\.?)|journalnummer|journalnr\\.?|journal nr\\.?|patientnummer|num[ée]ro de dossier|n° de dossier|num[ée]ro (?:de )?patient|dossier m[ée]dical|IPP|foaie de observa[țţt]ie|num[ăa]r (?:de )?fi[șşs][ăa]|historia cl[íi]nica|n[úu]mero de historia(?: cl[íi]nica)?|NHC|Patientennummer|Fallnummer|Aufnahmenummer)`,
      'gi',
    ),
    value: /^\s{0,3}[:#=№°.-]?\s{0,3}(?:(?:n[°ºo]|nr|no|number)\.?\s{0,2}[:#]?\s{0,2})?(?:[A-Z]{1,4}[-\s]?)?\d[\d-]{4,}/,
    test: (s) => !/\d{4}-\d{2}-\d{2}/.test(s),
  },
  {
    kind: 'health-plan-number',
    severity: 'error',
    contactFieldsToo: true,
    re: new RegExp(
      `${LB}(?:(?:member|subscriber|beneficiary|policy|medicaid|medicare|insurance|insurer)\\s(?:id|number|no\\.?|#|nr\\.?)|försäkringsnummer|num[ée]ro d'assur[ée]|carte vitale|num[ăa]r (?:de )?asigurat|cod (?:de )?asigurat|n[úu]mero de afiliaci[óo]n|tarjeta sanitaria|Versichertennummer|Versicherungsnummer|KVNR|Krankenversichertennummer)`,
      'gi',
    ),
    value: /^\s{0,3}[:#=]?\s{0,3}(?=[A-Z-]{0,10}\d)[A-Z0-9][A-Z0-9-]{4,}/,
  },
  {
    kind: 'date',
    severity: 'error',
    contactFieldsToo: true,
    hint: /dob|d\.o\.b|birth|born|f[öo]dd|f[öo]delse|n[ée]|naissance|ddn|na[șsş]ter|n[ăa]scut|nac|geb/i,
    re: new RegExp(
      `${LB}(?:DOB|D\\.O\\.B\\.?|date of birth|birth ?date|born(?: on| in)?|f[öo]dd(?: den)?|f[öo]delsedatum|n[ée]e?(?: le)?|date de naissance|DDN|data na[șsş]terii|n[ăa]scut[ăa]?(?: la| pe| în| in)?|fecha de nacimiento|f\\. ?nac\\.?|nacid[oa](?: el| en)?|geboren(?: am)?|geb\\.|Geburtsdatum)${RB}`,
      'gi',
    ),
    value: DATE_AFTER_LABEL,
  },
  {
    kind: 'event-date',
    severity: 'error',
    contactFieldsToo: true,
    hint: /admi|discharg|died|passed away|death|dod|deceased|operated|inlagd|inskriven|intagen|utskriven|avled|avliden|dog den|opererad|hospitalis|entr[ée]e|sortie?|d[ée]c[ée]d|op[ée]r[ée]|intern|externat|decedat|operat|ingres|alta|falleci|operad|aufgenommen|aufnahme|entlass|verstorben|gestorben|operiert/i,
    re: new RegExp(
      `${LB}(?:admitted(?: to hospital| to the hospital)?|admission(?: date)?|date of admission|discharged|discharge date|date of discharge|died|passed away|date of death|DOD|deceased|operated on|inlagd|inskriven|intagen|utskriven|avled|avliden|dog den|opererad|admise?|hospitalis[ée]e?|date d'(?:admission|entr[ée]e)|sortie? le|d[ée]c[ée]d[ée]e?|op[ée]r[ée]e? le|internat[ăa]?|data intern[ăa]rii|externat[ăa]?|decedat[ăa]?|operat[ăa]? (?:la|pe|în)|ingresad[oa]|ingres[óo]|fecha de ingreso|dad[oa] de alta|falleci[óo]|fallecid[oa]|operad[oa] el|aufgenommen|Aufnahmedatum|entlassen|Entlassungsdatum|verstorben|gestorben|operiert am)${RB}`,
      'gi',
    ),
    value: DATE_AFTER_LABEL,
  },
  {
    kind: 'age-over-89',
    severity: 'warning',
    contactFieldsToo: true,
    hint: /9\d|1[01]\d/,
    re: new RegExp(
      `(?<![\\d.,-])${AGE}(?:[\\s-]?(?:years?|yrs?)[\\s-]old|-?years?-olds?|\\s?y\\/?o(?![a-z])|(?:st|nd|rd|th)\\s(?:birthday|bday)(?!\\s(?:of|de))|-?åriga?|-?åring(?:en)?|\\sår\\sgammal|-?årsdag(?:en)?|\\sJahre\\salt|-?jährige[rn]?|\\.\\sGeburtstag|\\saños de edad)` +
        // "Maria, 95 ans", "(95 år)", "tiene 95 años", "a 95 ans": the bare unit after a comma, a bracket or a verb, and not "100 ans de soins".
        `|(?<=(?:,|\\(|,\\s?de|${LB}(?:a|âgée?s? de|tiene|ten[íi]a|cumple|cumplió|fyller|fyllde|är|var|fête ses|împlinește|implineste|are|avea|wird|ist|war))\\s?)${AGE}\\s(?:ans|años|år|de ani|Jahre)(?!\\s(?:de|d'|du|des|of|av|von|der|al|del|la|sedan|ago|i|en)${RB})${NOT_AGGREGATE}` +
        `|${LB}(?:aged|age|âgée?s? de|în vârstă de|a los|im Alter von|edad(?: de)?|ålder)[:\\s]{1,2}${AGE}(?!\\d|[.,]\\d)${NOT_AGGREGATE}`,
      'gi',
    ),
    test: (_s, before) => !ORG_SUBJECT.test(before),
  },
  // Initials next to an old age: "J.K., 92", "E. L. (94)".
  {
    kind: 'age-over-89',
    severity: 'warning',
    contactFieldsToo: true,
    hint: /9\d|1[01]\d/,
    re: new RegExp(`(?<![A-Za-z.])[A-Z]\\.\\s?[A-Z]\\.?,?\\s?\\(?${AGE}\\)?(?![\\d.])`, 'g'),
  },
  {
    kind: 'age-over-89',
    severity: 'warning',
    contactFieldsToo: true,
    context: true,
    hint: /9\d|1[01]\d/,
    re: new RegExp(`${LB}(?:turns|turned|fyller|fyllde|fête ses|împlinește|implineste|cumple|cumplió|wird)\\s${AGE}(?!\\d)`, 'gi'),
    test: (_s, before) => !ORG_SUBJECT.test(before),
  },
  {
    kind: 'room-number',
    severity: 'warning',
    contactFieldsToo: true,
    context: true,
    hint: /room|rm|bed|rum|sal|säng|chambre|ch\.|lit|salon|pat|habitaci|hab\.|cama|zimmer|zi\.|bett/i,
    re: new RegExp(
      `${LB}(?:room|rm\\.|bed|rum|sal|salen|säng|sängplats|chambre|ch\\.|lit|salon(?:ul)?|pat(?:ul)?|habitaci[óo]n|hab\\.|cama|Zimmer|Zi\\.|Bett)\\s?(?:no\\.?|nr\\.?|n[°º]|#|number|número|num\\.)?\\s?\\d{1,4}[A-Za-z]?(?![\\d/.,-]\\d)${RB}`,
      'gi',
    ),
  },
  {
    kind: 'fax',
    severity: 'warning',
    contactFieldsToo: false,
    re: /(?:\bfax|t[ée]l[ée]copie)\b[^\d\n]{0,24}?\+?\d[\d\s().-]{7,18}\d/gi,
    test: (s) => s.replace(/\D/g, '').length >= 9,
  },
  {
    kind: 'ip-address',
    severity: 'warning',
    contactFieldsToo: false,
    re: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]|\.\d)/g,
    test: plausibleIp,
  },
  {
    kind: 'phone',
    severity: 'warning',
    contactFieldsToo: false,
    re: /(?<![\w.+\-/])\+?\(?\d[\d\s().\-/]{6,22}\d(?:\s?(?:ext\.?|x|extension|anknytning|ankn\.?|poste|int\.?|interior|Durchwahl|DW)\s?\d{1,5})?(?![\w\-/])/gi,
    test: plausiblePhone,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /St|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Terrace|Circle/,
    re: /\b\d{1,5}\s(?:\p{Lu}[\p{L}'.-]{0,30}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Court|Ct\.?|Way|Place|Terrace|Circle)(?![\p{L}])/gu,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /gatan|vägen|gränd|torget|backen|allén|stigen/,
    re: /\b\p{Lu}\p{Ll}{1,30}(?:gatan|vägen|gränd|torget|backen|allén|stigen)\s\d{1,4}[A-Za-z]?\b/gu,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|route/i,
    re: /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|chemin|all[ée]e|impasse|quai|route)\s(?:de\s|du\s|des\s|d'|la\s|le\s)?\p{L}/giu,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /str\.|strada|bd\.|bulevardul|calea|aleea|[șs]oseaua/,
    re: /\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|[șs]oseaua)\s\p{Lu}[\p{L} .-]{1,40}?\s(?:nr\.?\s?)?\d{1,4}\b/gu,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /calle|c\/|avenida|avda|plaza|pza|paseo|camino/i,
    re: /(?<![\p{L}])(?:calle|c\/|avenida|avda\.?|plaza|pza\.|paseo|camino)\s?(?:de\s(?:la\s|los\s|las\s)?)?\p{Lu}[\p{L} .-]{1,40}?,?\s(?:n[º°o]\.?\s?)?\d{1,4}\b/giu,
  },
  {
    kind: 'geographic-subdivision',
    severity: 'warning',
    contactFieldsToo: false,
    hint: /straße|strasse|str\.|weg|allee|platz|gasse/,
    re: /(?<![\p{L}])\p{Lu}[\p{L}-]{1,30}(?:straße|strasse|str\.|weg|allee|platz|gasse)\s\d{1,4}[a-z]?\b(?![-/.]\d)/gu,
  },
];

// ---------------------------------------------------------------------------------------------
// Email addresses

/** Shared mailboxes are the organisation's, not a patient's. */
const ROLE_MAILBOX =
  /^(?:info|contact|kontakt|hello|hej|bonjour|hola|hallo|support|help|press|media|presse|prensa|news|dpo|privacy|gdpr|rgpd|dsgvo|datenschutz|dataskydd\w*|integritet|complaints?|feedback|patient[-._]?relations|patientrelations|noreply|no-reply|marketing|social|comms|communications|admin|office|reception|recepcion|mottagning\w*|secretariat|secretariat|secretaria|sekretariat|webmaster|jobs|careers|hr|nurses?|appointments?|bookings?|tidbok\w*|rdv|citas|stories|story|share|events?|donate|donations?|volunteer\w*|foundation|newsroom|web|digital|studio|team|hej|kundtjanst|kundtjänst|accueil|contacto)$/i;

/** An address, with `@` also written `[at]`, `(at)` or `{at}`, and dots as `[dot]`. */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})(?:@|\s?[[({]\s?(?:at|@|arobase|snabel-a)\s?[\])}]\s?)([\p{L}\p{N}-]{1,63}(?:(?:\.|\s?[[({]\s?(?:dot|punkt|point|punct|punto)\s?[\])}]\s?)[\p{L}\p{N}-]{1,63}){0,8})(?![\p{L}\p{N}-])/giu;
const EMAIL_HINT = /@|[[({]\s?(?:at|arobase|snabel-a)\s?[\])}]/i;

function emailSpans(t: string): [number, number][] {
  if (!EMAIL_HINT.test(t)) return [];
  const out: [number, number][] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(t); m; m = EMAIL.exec(t)) {
    const local = m[1].replace(/^[._%+-]+/, '');
    // Without a dot in the domain it is an address cut short ("jane.doe@gmail.c..."), or a host:
    // only a longer local part and domain count then.
    const dotted = /\.|dot|punkt|point|punct|punto/i.test(m[2]);
    if (local && !ROLE_MAILBOX.test(local) && (dotted || (local.length >= 3 && m[2].length >= 3))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A person's name next to a diagnosis; a patient named as such

const DIAGNOSES = [
  // English
  'diabetes',
  'diabetic',
  'cancer',
  'leukemia',
  'leukaemia',
  'lymphoma',
  'tumor',
  'tumour',
  'carcinoma',
  'melanoma',
  'sarcoma',
  'asthma',
  'autism',
  'autistic',
  'adhd',
  'hiv',
  'aids',
  'hepatitis',
  'epilepsy',
  'seizure',
  'seizures',
  'depression',
  'bipolar',
  'schizophrenia',
  'dementia',
  "alzheimer's",
  'alzheimer',
  "parkinson's",
  'parkinson',
  'stroke',
  'copd',
  'covid',
  'covid-19',
  'pneumonia',
  'tuberculosis',
  'fracture',
  'overdose',
  'addiction',
  'miscarriage',
  'chlamydia',
  'syphilis',
  'herpes',
  'hpv',
  'sepsis',
  'cystic',
  'fibrosis',
  'anorexia',
  'bulimia',
  'diagnosed',
  'diagnosis',
  'chemotherapy',
  'chemo',
  'transplant',
  'dialysis',
  'pregnant',
  'pregnancy',
  'infertility',
  'ivf',
  'abortion',
  'psychosis',
  'ptsd',
  'anxiety',
  'insulin',
  'opioid',
  'dx',
  'replacement',
  'rhinoplasty',
  'liposuction',
  'facelift',
  'veneer',
  'veneers',
  'makeover',
  'bypass',
  'angioplasty',
  'pacemaker',
  'rehab',
  'rehabilitation',
  'recovery',
  'relapse',
  'detox',
  'sobriety',
  'iop',
  'moud',
  'mastectomy',
  'amputation',
  'cardiomyopathy',
  'arrhythmia',
  'myeloma',
  'glioblastoma',
  'lupus',
  'sclerosis',
  'ms',
  'als',
  'crohn',
  "crohn's",
  'colitis',
  // Swedish
  'diabetiker',
  'astma',
  'leukemi',
  'lymfom',
  'epilepsi',
  'demens',
  'hjärtinfarkt',
  'diagnostiserad',
  'diagnostiserades',
  'diagnos',
  'cellgifter',
  'gravid',
  'graviditet',
  'missfall',
  'cancern',
  'bröstcancer',
  'depression',
  'schizofreni',
  'autism',
  // French
  'diabète',
  'diabétique',
  'asthme',
  'leucémie',
  'lymphome',
  'épilepsie',
  'démence',
  'dépression',
  'avc',
  'diagnostiqué',
  'diagnostiquée',
  'diagnostic',
  'chimiothérapie',
  'enceinte',
  'grossesse',
  'autiste',
  'cancéreux',
  'rhinoplastie',
  'liposuccion',
  'réadaptation',
  // Romanian
  'diabet',
  'astm',
  'leucemie',
  'limfom',
  'epilepsie',
  'demență',
  'depresie',
  'diagnosticat',
  'diagnosticată',
  'diagnostic',
  'chimioterapie',
  'însărcinată',
  'sarcină',
  'infarct',
  'cancerul',
  'reabilitarea',
  'reabilitare',
  'rinoplastie',
  'cardiacă',
  // Spanish
  'cáncer',
  'leucemia',
  'linfoma',
  'asma',
  'epilepsia',
  'demencia',
  'depresión',
  'ictus',
  'diagnosticado',
  'diagnosticada',
  'diagnóstico',
  'quimioterapia',
  'embarazada',
  'autismo',
  'vih',
  'sida',
  'infarto',
  'diabético',
  'diabética',
  'rinoplastia',
  'liposucción',
  'rehabilitación',
  // Russian
  'диабет',
  'диабете',
  'диабетом',
  'рак',
  'астма',
  'инсульт',
  'лейкоз',
  // German
  'krebs',
  'brustkrebs',
  'leukämie',
  'lymphom',
  'asthma',
  'epilepsie',
  'demenz',
  'schlaganfall',
  'diagnostiziert',
  'diagnose',
  'chemotherapie',
  'schwanger',
  'schwangerschaft',
  'autismus',
  'herzinfarkt',
  'diabetikerin',
];
const DIAGNOSIS_SET = new Set(DIAGNOSES);
/** Some diagnosis word as a substring (one alternation: ~10x faster than a loop of `includes`). */
const ANY_DIAGNOSIS = new RegExp(trie(DIAGNOSES.filter((d) => d.length > 2)) + '|\\b(?:dx|ms|als)\\b');

/**
 * An alternation of words as a trie (`dia(?:betes|betic|gnos…)`): the regular-expression engine
 * then tries one branch per character instead of every word at every position (~3x faster here).
 */
function trie(list: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of list) {
    let n = root;
    for (const ch of w) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { end: false, next: new Map() }));
      n = m;
    }
    n.end = true;
  }
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const emit = (n: Node): string => {
    const branches = [...n.next].map(([c, m]) => esc(c) + emit(m));
    if (branches.length === 0) return '';
    const alt = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return n.end ? `(?:${alt})?` : alt;
  };
  return `(?:${emit(root)})`;
}

/** Staff titles: a name after one is a colleague, not a patient. */
const TITLES = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'nurse',
  'rn',
  'np',
  'md',
  'dds',
  'pa',
  'läkare',
  'sjuksköterska',
  'överläkare',
  'barnmorska',
  'docteur',
  'pr',
  'infirmière',
  'infirmier',
  'sage-femme',
  'medic',
  'doctorul',
  'doctora',
  'asistenta',
  'asistentul',
  'dra',
  'doctor',
  'enfermera',
  'enfermero',
  'arzt',
  'ärztin',
  'pfleger',
  'schwester',
  'ceo',
  'cmo',
  'director',
  'chef',
  'coach',
]);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

let wordRe: RegExp | undefined;
function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll((wordRe ??= /[\p{L}][\p{L}\p{M}'’-]{0,40}/gu))) {
    out.push({ text: m[0], lower: m[0].toLowerCase().replace(/['’]s$/, ''), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

let nameWordRe: RegExp | undefined;
/** A capitalised word, as names are written. */
const isNameShape = (w: string) => (nameWordRe ??= /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u).test(w);

let markerRe: RegExp | undefined;
const TITLE =
  'Mr|Mrs|Ms|Miss|Mme|Mlle|Herr|Frau|[Ff]ru|[Hh]err|Sr|Sra|Srta|[Ss]eñora?|[Dd]oña|[Dd]omnul(?:ui)?|[Dd]oamn(?:a|ei)|[Dd]l|[Dd]na|[Dd]-na|[Dd]-l|[Hh]r';
/** "patient Emma", "our patient Mr. Jensen", "Mrs. Berg", "fru Lind", "Herr Müller", "la paciente Sra. López", "domnul Popescu". */
function markerRegex(): RegExp {
  return (markerRe ??= new RegExp(
    `(?<![\\p{L}])(?:([Pp]atient(?:en|in|e)?|[Pp]t\\.|[Pp]acient(?:ul|a|ei)?|[Pp]aciente|[Пп]ациент(?:ка|а)?)\\s+(?:(${TITLE})\\.?\\s+)?|(${TITLE})\\.?\\s+)` +
      `(\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?)(?:\\s(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?))?`,
    'gu',
  ));
}
let withAgeRe: RegExp | undefined;
/** A capitalised word followed by an age: "Emma, 7,", "Liam (4)", "Noah, aged 6", "Jensen (95)". */
function withAgeRegex(): RegExp {
  return (withAgeRe ??=
    /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]{1,30})(?=((?:\s\p{Lu}[\p{Ll}\p{M}]{1,30})?(?:,\s?(\d{1,3})(?=,|\s(?:years?|år|ans|ani|años|Jahre)\b|\s*$)|\s\((\d{1,3})(?:\s?(?:ans|år|years?|yrs?|ani|años|Jahre|J\.))?\)|,\s(?:age|aged|ålder|âgée?|în vârstă de|edad|Alter)\s(\d{1,3}))))/gu);
}

interface Person {
  start: number;
  end: number;
  /** Named as a patient ("patient Emma", "our patient Mr. Jensen"). */
  patient: boolean;
  age?: number;
}

/** Title-cases an all-capitals text (JOHN DOE HAS DIABETES), keeping its length; undefined when it cannot. */
function unshout(t: string): string | undefined {
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return undefined;
  let out = '';
  for (let i = 0; i < lower.length; i++) out += i === 0 || !/[\p{L}'’]/u.test(lower[i - 1]) ? lower[i].toUpperCase() : lower[i];
  return out.length === t.length ? out : undefined;
}

/** People named in the text: by a marker, an age, a known given name, or a surname after a capitalised word. */
function people(t: string, orgWords: ReadonlySet<string>, tWords: Word[], nearDiagnosis: boolean): Person[] {
  let text = t;
  let shouted = false;
  let ws = tWords;
  if (/\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t)) {
    const u = unshout(t);
    if (u) {
      text = u;
      shouted = true;
      ws = words(text);
    }
  }
  const out: Person[] = [];
  const notName = (lower: string) => NOT_NAMES.has(lower) || DIAGNOSIS_SET.has(lower) || orgWords.has(lower) || TITLES.has(lower);
  const indexAt = (pos: number) => {
    let lo = 0;
    let hi = ws.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid].start < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The capitalised words from word i on (up to 4) hold an organisation word or a diagnosis: "Michael J. Fox Foundation", "Marie Curie Cancer Care". */
  const organisation = (i: number) => {
    for (let k = i + 1; k < Math.min(ws.length, i + 5); k++) {
      const w = ws[k];
      const gap = text.slice(ws[k - 1].end, w.start);
      if (!/^[\s.]{1,3}$/.test(gap) && !/^\s?&\s?$/.test(gap)) return false;
      if (!/^\p{Lu}/u.test(w.text)) return false;
      if (ORG_AFTER.has(w.lower) || (!shouted && DIAGNOSIS_SET.has(w.lower))) return true;
    }
    return false;
  };
  const after = (w: Word) => text.slice(w.end, w.end + 12);
  /** A staff title before the run of capitalised words that word i is part of: "Dr. Rachel Kim". */
  const staffBefore = (i: number) => {
    for (let k = i; k > 0 && k > i - 4; k--) {
      const b = ws[k - 1];
      if (!/^\.?\s+$/.test(text.slice(b.end, ws[k].start))) return false;
      if (TITLES.has(b.lower)) return true;
      if (!/^\p{Lu}/u.test(b.text)) return false;
    }
    return false;
  };
  const saintBefore = (w: Word) => SAINT_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start));
  const diseaseAfter = (w: Word) => /^['’]s?\s+(?:disease|syndrome|lymphoma|sarcoma|disorder)/i.test(after(w)) || /^\s+(?:disease|syndrome)\b/i.test(after(w));

  // 1. Markers: a patient word and/or a title before a capitalised word.
  for (const m of text.matchAll(markerRegex())) {
    const [, patientWord, innerTitle, outerTitle, first, second] = m;
    const title = innerTitle ?? outerTitle;
    if (!patientWord && !title) continue;
    const firstLower = first.toLowerCase();
    if (notName(firstLower)) continue;
    const start = m.index! + m[0].length - (second ? first.length + 1 + second.length : first.length);
    const i = indexAt(start);
    if (ws[i] && organisation(i)) continue;
    if (patientWord && !title) {
      // "Patient Portal", "Patient Experience Week": a capitalised marker before a capitalised word is a heading, unless it is a known name.
      if (/^\p{Lu}/u.test(patientWord) && !GIVEN_NAMES.has(firstLower)) continue;
      if (!GIVEN_NAMES.has(firstLower) && !isNameShape(first)) continue;
    }
    out.push({
      start,
      end: m.index! + m[0].length,
      patient: Boolean(patientWord) || /patient|pacient|paciente|пациент/i.test(text.slice(Math.max(0, m.index! - 24), m.index!)),
    });
  }
  // 2. A capitalised word followed by an age.
  for (const m of text.matchAll(withAgeRegex())) {
    // A lookahead, so that "Meet Ruth, 103" is tried at "Ruth" too after "Meet" fails.
    const lower = m[1].toLowerCase();
    if (notName(lower)) continue;
    const i = indexAt(m.index!);
    if (ws[i] && (staffBefore(i) || saintBefore(ws[i]))) continue;
    const age = Number(m[3] ?? m[4] ?? m[5]);
    out.push({ start: m.index!, end: m.index! + m[1].length + m[2].length, patient: false, age });
  }
  // 3. Known given names, and capitalised pairs whose second word ends like a surname.
  const headline =
    !shouted &&
    (() => {
      const long = ws.filter((w) => w.text.length >= 4);
      return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w.text)).length / long.length >= 0.6;
    })();
  // Known given names and surname pairs count only next to a diagnosis: not looked for otherwise.
  for (let i = 0; nearDiagnosis && i < ws.length; i++) {
    const w = ws[i];
    if (!isNameShape(w.text) || notName(w.lower)) continue;
    const next = ws[i + 1];
    const pair = next !== undefined && /^ $/.test(text.slice(w.end, next.start)) && isNameShape(next.text) && !notName(next.lower);
    const given = GIVEN_NAMES.has(w.lower) || GIVEN_NAMES.has(w.lower.normalize('NFD').replace(/\p{M}/gu, ''));
    const surname = pair && !headline && next.lower.length >= 5 && SURNAME_ENDING.test(next.lower) && next.lower !== w.lower;
    if (!given && !surname) continue;
    if (staffBefore(i) || saintBefore(w) || diseaseAfter(w) || organisation(i)) continue;
    if (pair && diseaseAfter(next)) continue;
    out.push({ start: w.start, end: pair ? next.end : w.end, patient: false });
  }
  return out;
}

/** Positions of diagnosis words. */
function diagnoses(ws: Word[]): number[] {
  const out: number[] = [];
  for (const w of ws) {
    // French and Italian elisions: l'asthme, d'asthme.
    const lower = w.lower.replace(/^(?:[cdjlmnst]|qu|dell)['’]/, '');
    if (DIAGNOSIS_SET.has(lower) && (lower.length > 2 || /^(?:Dx|DX|MS|ALS)$/.test(w.text))) out.push(w.start);
  }
  return out;
}

/** Names next to a diagnosis (within 80 characters) and patients named as such, as spans of `t`. */
function nameSpans(t: string, orgWords: ReadonlySet<string>, out: Span[]): void {
  const mayDiagnose = ANY_DIAGNOSIS.test(t.toLowerCase());
  if (!mayDiagnose && !/patient|pacient|paciente|пациент/i.test(t) && !/(?:^|\D)(?:9\d|1[01]\d)(?:\D|$)/.test(t)) return;
  const ws = words(t);
  const diag = mayDiagnose ? diagnoses(ws) : [];
  for (const p of people(t, orgWords, ws, diag.length > 0)) {
    if (p.patient) out.push({ kind: 'name', severity: 'warning', start: p.start, end: p.end });
    if (p.age !== undefined && p.age >= 90 && p.age < 120) out.push({ kind: 'age-over-89', severity: 'warning', start: p.start, end: p.end });
    if (diag.some((d) => Math.abs(d - p.start) <= 80)) out.push({ kind: 'name-diagnosis', severity: 'warning', start: p.start, end: p.end });
  }
}

// ---------------------------------------------------------------------------------------------
// The scan

/**
 * Every probable identifier in the text, with where it is (in the original text). `contactField`:
 * a field where the organisation's own contact details belong, so only identifiers that are never
 * organisational are looked for. `orgWords`: words of the organisation's own name, never taken for
 * a person's name.
 */
export function findSpans(input: string, contactField = false, orgWords: ReadonlySet<string> = EMPTY, names = true): Span[] {
  const text = input.length > MAX_CHARS_PER_STRING ? input.slice(0, MAX_CHARS_PER_STRING) : input;
  const n = normalise(text);
  const t = n.text;
  const found: Span[] = [];
  // Cheap necessary conditions first (most texts are short labels): every pattern needs an ASCII
  // digit, an email an `@` (or `[at]`), a name a diagnosis word, a patient word or an old age.
  if (/[0-9]/.test(t)) {
    let rest = t;
    let context: boolean | undefined;
    for (const p of PATTERNS) {
      if ((contactField && !p.contactFieldsToo) || (p.hint && !p.hint.test(rest))) continue;
      if (p.context && !(context ??= PERSON_CONTEXT.test(t))) continue;
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
          const v = p.value.exec(rest.slice(m.index + length, m.index + length + 80));
          if (!v) continue;
          length += v[0].length;
        }
        if (p.test && !p.test(rest.slice(m.index, m.index + length), rest.slice(Math.max(0, m.index - 24), m.index))) continue;
        // Blank out what matched so that one identifier is reported once (an SSN is not also a phone number).
        rest = rest.slice(0, m.index) + ' '.repeat(length) + rest.slice(m.index + length);
        found.push({ kind: p.kind, severity: p.severity, start: m.index, end: m.index + length });
        re.lastIndex = m.index + length;
      }
    }
  }
  if (!contactField) for (const [a, b] of emailSpans(t)) found.push({ kind: 'email', severity: 'warning', start: a, end: b });
  if (names) nameSpans(t, orgWords, found);
  if (n.from) {
    for (const s of found) [s.start, s.end] = original(n, s.start, s.end);
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const EMPTY: ReadonlySet<string> = new Set();

/** The kinds of probable patient information in a text, each once, in the order found. */
export function scan(text: string, contactField = false, orgWords: ReadonlySet<string> = EMPTY): Hit[] {
  const seen = new Set<Kind>();
  const hits: Hit[] = [];
  for (const s of findSpans(text, contactField, orgWords)) {
    if (seen.has(s.kind)) continue;
    seen.add(s.kind);
    hits.push({ kind: s.kind, severity: s.severity });
  }
  return hits;
}

/** Verdicts on short texts: messages quote the same ids and names over and over. */
const shortVerdict = memoize((text) => findSpans(text).length > 0, 5000);

/** True when the text holds probable patient information: print a placeholder instead of it. */
export function looksLikePatientData(text: string): boolean {
  return text.length > 200 ? findSpans(text).length > 0 : shortVerdict(text);
}

/** What replaces a span of patient information in text that is printed. */
export const REDACTED = '‹hidden›';

/**
 * The text with every probable identifier replaced by `‹hidden›` (a name next to a diagnosis: the
 * name). The rest of the text is kept, so a message stays readable.
 */
export function redactPatientData(text: string, kinds?: ReadonlySet<Kind>): string {
  if (text.length > MAX_CHARS_PER_STRING) {
    let out = '';
    for (let i = 0; i < text.length; i += MAX_CHARS_PER_STRING) out += redactPatientData(text.slice(i, i + MAX_CHARS_PER_STRING), kinds);
    return out;
  }
  const names = !kinds || kinds.has('name') || kinds.has('name-diagnosis') || kinds.has('age-over-89');
  const spans = findSpans(text, false, EMPTY, names).filter((s) => !kinds || kinds.has(s.kind));
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    // Overlapping spans are hidden as one.
    if (s.start >= at) out += text.slice(at, s.start) + REDACTED;
    at = s.end;
  }
  return out + text.slice(at);
}

const PLAIN_POINTER = /^(?:\/(?:[a-z_]+|\d{1,6}))*$/;

/**
 * A JSON Pointer with every token that looks like patient information (a key such as
 * `123-45-6789` or `Ola Nordmann was diagnosed with lymphoma`) replaced by `~hidden`: the place
 * stays readable, the value is not repeated.
 */
export function hidePatientTokens(pointer: string): string {
  // Plan keys (lower-case letters and `_`: nothing a pattern or a name can match) and list indexes
  // are what nearly every pointer is made of: no token to look at.
  if (!pointer || PLAIN_POINTER.test(pointer)) return pointer;
  return pointer
    .split('/')
    .map((t, i) => (i > 0 && !/^\d{1,6}$/.test(t) && looksLikePatientData(t.replace(/~1/g, '/').replace(/~0/g, '~')) ? '~hidden' : t))
    .join('/');
}

// ---------------------------------------------------------------------------------------------
// Walking a plan

export interface PlanTextHit extends Hit {
  /** The JSON Pointer of the value (or of the key's value, for a key), as the plan spells it. */
  pointer: string;
  /** The pointer with tokens that are themselves patient information hidden (for messages). */
  shown: string;
  /** The hit is in the key, not in the value. */
  inKey: boolean;
}

export interface PlanTextScan {
  hits: PlanTextHit[];
  /** Strings (values and keys) scanned. */
  strings: number;
  /** Strings left unscanned because the limit was reached (0 when every string was scanned). */
  skipped: number;
}

/** The most strings of one plan scanned (a real plan holds a few hundred). */
export const MAX_STRINGS_PER_PLAN = 50_000;

const escapeToken = (t: string) => (t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t);

/**
 * Scans every string value and every key of plain data (no recursion: a plan may be deeply
 * nested), up to `maxStrings`; says how many were left when the limit is reached. `contactKeys`:
 * keys whose values are organisational contact fields; `skipValue(key, value)`: values not to
 * scan (ids, enums, paths).
 */
export function scanPlanText(
  data: unknown,
  options: {
    orgWords?: ReadonlySet<string>;
    contactKeys?: ReadonlySet<string>;
    skipValue?: (key: string | undefined, value: string) => boolean;
    maxStrings?: number;
  } = {},
): PlanTextScan {
  const max = options.maxStrings ?? MAX_STRINGS_PER_PLAN;
  const orgWords = options.orgWords ?? EMPTY;
  const hits: PlanTextHit[] = [];
  const stack: { value: unknown; ptr: string; shown: string; key: string | undefined }[] = [{ value: data, ptr: '', shown: '', key: undefined }];
  let strings = 0;
  let skipped = 0;
  const keyVerdicts = new Map<string, Hit[]>();
  while (stack.length > 0) {
    const { value, ptr, shown, key } = stack.pop()!;
    if (typeof value === 'string') {
      if (strings >= max) {
        skipped++;
        continue;
      }
      strings++;
      if (options.skipValue?.(key, value)) continue;
      for (const hit of scan(value, key !== undefined && (options.contactKeys?.has(key) ?? false), orgWords))
        hits.push({ ...hit, pointer: ptr, shown, inKey: false });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], ptr: `${ptr}/${i}`, shown: `${shown}/${i}`, key });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i];
        let keyHits: Hit[] = [];
        if (!/^[a-z][a-z0-9_]{0,40}$/.test(k)) {
          if (strings >= max) skipped++;
          else {
            strings++;
            let cached = keyVerdicts.get(k);
            if (!cached) keyVerdicts.set(k, (cached = scan(k, false, orgWords)));
            keyHits = cached;
          }
        }
        const p = `${ptr}/${escapeToken(k)}`;
        const s = `${shown}/${keyHits.length ? '~hidden' : escapeToken(k)}`;
        for (const hit of keyHits) hits.push({ ...hit, pointer: p, shown: s, inKey: true });
        stack.push({ value: v, ptr: p, shown: s, key: k });
      }
    }
  }
  return { hits, strings, skipped };
}

/**
 * `# comments` of YAML text, each with its line and column (1-based): what the data leaves out.
 * A `#` starts a comment at the start of a line or after a space or tab, outside quotes (quotes are
 * tracked on one line; block scalars may hold a `#` that is not a comment, which is scanned too:
 * harmless for a detector).
 */
export function yamlComments(text: string): { line: number; column: number; text: string }[] {
  const out: { line: number; column: number; text: string }[] = [];
  if (!text.includes('#')) return out;
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const hash = raw.indexOf('#');
    if (hash >= 0) {
      let quote: string | undefined;
      for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (quote) {
          if (ch === quote && !(quote === '"' && raw[i - 1] === '\\')) quote = undefined;
        } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s:[{,-]/.test(raw[i - 1]))) quote = ch;
        else if (ch === '#' && (i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '\t')) {
          out.push({ line, column: i + 1, text: raw.slice(i + 1).replace(/\r$/, '') });
          break;
        }
      }
    }
    line++;
    start = end + 1;
  }
  return out;
}
