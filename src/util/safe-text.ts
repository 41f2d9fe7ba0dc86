// The exit point for text: every string strategy-lint writes (stdout, stderr, --output and step
// summary files, baselines, --fix diffs) passes through `safeText` last, after the formats' own
// escaping, whatever produced it (a format, a message, a parser or library message, a process
// warning). It promises, for any input:
// - no control or invisible character (the class UNSAFE_CLASS of text.ts: C0 but tab and line feed,
//   DEL, C1, zero-width, bidi and other format controls, variation selectors, tag characters, line
//   and paragraph separators, the BOM) and no lone surrogate (U+FFFD instead); strategy-lint's own
//   colour codes (SGR: ESC [ n m) are kept;
// - no line that starts, after whitespace, with `::` (a GitHub Actions workflow command), except the
//   annotation lines of `--format github` itself (`::error|warning|notice props::message`, whose
//   properties are escaped so plan text cannot add one); the first colon of any other becomes `：`
//   (U+FF1A);
// - no `##[` (the legacy command syntax runners match anywhere in a line): written `#＃[` (U+FF03);
// - no identifier that the patient-data detector finds in a line (ID, record and health-plan
//   numbers, dates of birth, admission, discharge or death, phone and fax numbers, emails, IP
//   addresses): replaced by `‹hidden›`. (Names next to a diagnosis are hidden where plan text is
//   quoted, not here: the exit point also carries strategy-lint's own prose.)
// The formats escape first with their own syntax, which keeps the data (JSON `\u0023`, XML and HTML
// `&#35;`, Markdown `\#`); this is the last line of defence and the one place the rules are written.
import { redactPatientData, type Kind } from './phi.js';
import { UNSAFE_CLASS } from './text.js';

/** The kinds the exit point hides by itself: identifiers with a shape, never strategy-lint's own words. */
const EXIT_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'ssn',
  'medical-record-number',
  'health-plan-number',
  'date',
  'event-date',
  'phone',
  'fax',
  'email',
  'ip-address',
]);

const DIGIT = '(?:[0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\u0E50-\\u0E59]|\\uD835[\\uDFCE-\\uDFFF])';
const BRACKETED_AT = /[[({] ?(?:at|arobase|snabel-a) ?[\])}]/gi;
const IP_SHAPE = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/;
/** A label of an identifier that may have few digits, or of a date, right before a number (or a month and a number). */
const ID_LABEL = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])(?:ssn|s\\.s\\.n|social security|personnummer|personnr|samordningsnummer|nir|cnp|dni|nie|nhs|mrn|m\\.r\\.n|medical record|record n|chart|hospital n|patient (?:id|n)|journalnummer|journalnr|patientnummer|dossier|ipp|historia|nhc|patientennummer|fallnummer|member|medicaid|medicare|insurance|policy|versicherten|kvnr|vitale|asigurat|afiliaci|dob|d\\.o\\.b|born|birth|f[öo]dd|f[öo]delse|n[ée]e?|naissance|ddn|na[șsş]terii|n[ăa]scut|nacid[oa]|nacimiento|geb|geboren|geburtsdatum|admitted|admission|discharged?|died|death|deceased|inlagd|inskriven|utskriven|avled|hospitalis|d[ée]c[ée]d|internat|intern[ăa]rii|externat|decedat|ingres|alta|falleci|aufgenommen|aufnahme|entlass|verstorben|gestorben)(?![A-Za-z\\u00C0-\\u024F])` +
    `[\\s:#=.\\-№°]{0,4}(?:(?:on|the|den|le|la|pe|în|in|el|am|no|nr|n°|number|id)\\.?\\s{1,2}){0,2}(?:[A-Za-z\\u00C0-\\u024F]{3,9}\\.?\\s)?[A-Z]{0,4}[-\\s]?${DIGIT}`,
  'i',
);
const ISO_DATES = /\d{4}-\d{2}-\d{2}/;
const ISO_DATES_ALL = /\d{4}-\d{2}-\d{2}/g;
const DECIMAL = /^\d+\.\d+$/;

/** A decimal digit of a common script: 1, or 2 for a mathematical digit (a surrogate pair); 0 for none. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0x660 && c <= 0x669) ||
    (c >= 0x6f0 && c <= 0x6f9) ||
    (c >= 0x966 && c <= 0x96f) ||
    (c >= 0x9e6 && c <= 0x9ef) ||
    (c >= 0xe50 && c <= 0xe59)
  )
    return 1;
  if (c === 0xd835) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdfce && d <= 0xdfff) return 2;
  }
  return 0;
}
/** A separator inside a number as people write one (space, no-break spaces, brackets, dot, dashes, slash, soft hyphen). */
const isSeparator = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x28 ||
  c === 0x29 ||
  c === 0x2e ||
  c === 0x2d ||
  c === 0x2f ||
  c === 0xa0 ||
  c === 0xad ||
  c === 0x202f ||
  (c >= 0x2010 && c <= 0x2015) ||
  c === 0x2212;

/**
 * The starts of the lines that may hold one of those (cheap necessary conditions, so that the
 * detector runs on few output lines; one pass over the characters): seven or more digits in a
 * run that is not an ISO date (an ID, a phone or a record number), an at-sign (an email), or four
 * digits or more in a line with an IP address shape or an identifier, birth, admission or death
 * label right before a number (a short record number, a date with a month name).
 */
export function linesToCheck(s: string): number[] {
  const starts = new Set<number>();
  const lineStart = (i: number) => s.lastIndexOf('\n', i - 1) + 1;
  for (const at of ['@', '\uFF20']) for (let i = s.indexOf(at); i >= 0; i = s.indexOf(at, i + 1)) starts.add(lineStart(i));
  if (/at ?[\])}]|arobase|snabel/i.test(s)) {
    BRACKETED_AT.lastIndex = 0;
    for (let m = BRACKETED_AT.exec(s); m; m = BRACKETED_AT.exec(s)) starts.add(lineStart(m.index));
  }
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Most characters are neither an ASCII digit nor beyond U+065F: skip them without a call.
    if (c < 0x30 || (c > 0x39 && c < 0x660) || digitAt(s, i) === 0) {
      i++;
      continue;
    }
    let digits = 0;
    let seps = 0;
    let j = i;
    let end = i;
    while (j < n) {
      const d = digitAt(s, j);
      if (d > 0) {
        digits++;
        seps = 0;
        j += d;
        end = j;
      } else if (seps < 2 && isSeparator(s.charCodeAt(j))) {
        seps++;
        j++;
      } else break;
    }
    // Dates (2027-01-19) and decimals (0.571) are strategy-lint's own: they do not count.
    if (digits >= 7) {
      const run = s.slice(i, end);
      if (ISO_DATES.test(run)) digits -= 8 * (run.match(ISO_DATES_ALL)?.length ?? 0);
      if (DECIMAL.test(run)) digits = 0;
    }
    if (digits >= 7) starts.add(lineStart(i));
    else if (digits >= 4) {
      const from = lineStart(i);
      if (!starts.has(from)) {
        let to = s.indexOf('\n', i);
        if (to < 0) to = n;
        const line = s.slice(from, to);
        if (IP_SHAPE.test(line) || ID_LABEL.test(line)) starts.add(from);
      }
    }
    i = end;
  }
  return [...starts].sort((a, b) => a - b);
}

/** Colour codes strategy-lint adds (SGR), unsafe characters, lone surrogates. */
const SGR_OR_UNSAFE = new RegExp(`\\x1b\\[[0-9;]*m|[${UNSAFE_CLASS}\\uD800-\\uDFFF]`, 'gu');
/** A `::` at a line's start, after whitespace and colour codes. */
const LINE_START_COMMAND = /(^|\n)((?:[^\S\n]|\x1b\[[0-9;]*m)*)::/g;
/** An annotation line of `--format github`: `::error file=…,line=1,…,title=…::message` (properties hold no `:`). */
const WORKFLOW_ANNOTATION = /^::(?:error|warning|notice)(?: [^:\n]*)?::/;

export interface SafeTextOptions {
  /** The text is `--format github` output: its own annotation lines may start with `::`. */
  workflowCommands?: boolean;
  /** The text does not start a line (it continues one written before): its first line is not checked for `::`. */
  continuesLine?: boolean;
  /** The progress line of src/cli/progress.ts: its own carriage return and erase-line (`\r ESC[K`) are kept. */
  progress?: boolean;
}

/**
 * Whether the text may hold a character to remove (a loop over char codes: a regular expression with
 * this many ranges costs ~20 ns a character, this ~1 ns, and nearly all output is plain text).
 */
function mayHoldUnsafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c !== 0x0a && c !== 0x09) return true;
    } else if (
      c >= 0x7f &&
      (c <= 0x9f ||
        c === 0xad ||
        c === 0x34f ||
        (c >= 0x600 && c <= 0x61c) ||
        (c >= 0x6dd && c <= 0x8e2) ||
        (c >= 0x115f && c <= 0x1160) ||
        (c >= 0x17b4 && c <= 0x180f) ||
        (c >= 0x200b && c <= 0x200f) ||
        (c >= 0x2028 && c <= 0x202e) ||
        (c >= 0x2060 && c <= 0x206f) ||
        c === 0x3164 ||
        (c >= 0xd800 && c <= 0xdfff) ||
        c >= 0xfe00)
    ) {
      return true;
    }
  }
  return false;
}

/** What leaves the process: see the header of this file. */
export function safeText(text: string, options: SafeTextOptions = {}): string {
  if (options.progress)
    return text
      .split('\r\x1b[K')
      .map((part) => safeText(part))
      .join('\r\x1b[K');
  let s = mayHoldUnsafe(text) ? text.replace(SGR_OR_UNSAFE, (c) => (c.length > 1 ? c : c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : '')) : text;
  if (s.includes('##[')) s = s.replace(/##\[/g, '#\uFF03[');
  // Identifiers: only the lines that may hold one go to the detector.
  const lines = linesToCheck(s);
  if (lines.length > 0) {
    let out = '';
    let at = 0;
    for (const from of lines) {
      let to = s.indexOf('\n', from);
      if (to < 0) to = s.length;
      out += s.slice(at, from) + redactPatientData(s.slice(from, to), EXIT_KINDS);
      at = to;
    }
    s = out + s.slice(at);
  }
  // Workflow commands: a `::` at a line's start (after whitespace and colour codes).
  if (s.includes('::')) {
    s = s.replace(LINE_START_COMMAND, (m: string, pre: string, lead: string, offset: number) => {
      const lineAt = offset + pre.length;
      if (lineAt === 0 && options.continuesLine) return m;
      if (options.workflowCommands && lead === '') {
        let to = s.indexOf('\n', lineAt);
        if (to < 0) to = s.length;
        if (WORKFLOW_ANNOTATION.test(s.slice(lineAt, to))) return m;
      }
      return `${pre}${lead}\uFF1A:`;
    });
  }
  return s;
}

/**
 * A writer that passes every chunk through `safeText`, remembering whether the last chunk ended a
 * line (a chunk that continues a line is not checked for a `::` at its start: it has none).
 */
export function safeWriter(write: (s: string) => void): (s: string, options?: { workflowCommands?: boolean; progress?: boolean }) => void {
  let atLineStart = true;
  return (s, options = {}) => {
    if (s.length === 0) return;
    const out = safeText(s, { workflowCommands: options.workflowCommands, continuesLine: !atLineStart, progress: options.progress });
    atLineStart = out.endsWith('\n') || (options.progress === true && out.endsWith('\x1b[K'));
    write(out);
  };
}
