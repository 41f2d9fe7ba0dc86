// Small text helpers shared by every stage.
import { looksLikePatientData } from './phi.js';

/** Levenshtein distance, bounded work for long strings. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  const prev = new Array(b.length + 1).fill(0).map((_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The closest candidate ("did you mean"), or undefined when nothing is close enough. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const v = norm(value);
  for (const c of candidates) {
    if (c === value) continue;
    const cn = norm(c);
    const d = cn === v ? 0 : distance(v, cn);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(v.length, norm(best).length) / 3));
  return bestD <= limit || norm(best).startsWith(v) || (v.startsWith(norm(best)) && best.length > 2) ? best : undefined;
}

/** Shown instead of a value that looks like patient information. */
export const PATIENT_DATA_PLACEHOLDER = '‹value hidden: it looks like patient information›';

/**
 * Quotes a value taken from a plan for use inside a message: control characters and escape
 * sequences are made visible, long values are cut. Formatters sanitise again at output.
 */
export function quote(value: unknown, max = 60): string {
  let s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  // What looks like patient information is never repeated, whichever rule quotes it.
  if (looksLikePatientData(s)) return PATIENT_DATA_PLACEHOLDER;
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return '`' + s + '`';
}

/**
 * Removes terminal control characters from output text: C0 controls but tab and line feed (so ESC,
 * BEL and CR: no ANSI/OSC escape sequence, title change or cursor move survives), DEL and the C1
 * controls (U+009B is a one-byte CSI), zero-width and bidi controls (U+202E can reverse what is shown),
 * the Unicode line and paragraph separators and the byte-order mark.
 */
export function stripControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/**
 * One line of terminal text built from input (a file name, a value): control characters removed as by
 * `stripControl`, and line breaks shown as `\n`, so nothing read can start a line of its own (a forged
 * finding, or a `::error::` command in CI logs).
 */
export function oneLine(s: string): string {
  return stripControl(s.replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, ' '));
}

/**
 * Serialised JSON with the characters `JSON.stringify` leaves raw but a terminal acts on (DEL, C1
 * controls, bidi and zero-width controls, line separators, BOM) written as `\u` escapes: the same data
 * once parsed, and safe to print. (They can only occur inside strings, where an escape is valid.)
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
