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

/**
 * "Did you mean" compares a value with every candidate, so n unknown references to a list of n ids
 * cost n^2 comparisons (a hostile plan of thousands took minutes). A large candidate list (a Set
 * or an array, made once per rule and plan) is therefore compared at most this many times in
 * all; past that, values get no suggestion. Lists of up to SMALL_LIST candidates (every fixed
 * list: keys, allowed values, rule ids) are never limited.
 */
const COMPARISON_BUDGET = 100_000;
const SMALL_LIST = 64;
const spent = new WeakMap<object, { epoch: number; used: number }>();
let epoch = 0;

/** Starts a new budget for every candidate list (the engine calls it once per file). */
export function resetComparisonBudget(): void {
  epoch++;
}

/** The closest candidate ("did you mean"), or undefined when nothing is close enough. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const size = candidates instanceof Set ? candidates.size : Array.isArray(candidates) ? candidates.length : 0;
  if (size > SMALL_LIST) {
    let e = spent.get(candidates as object);
    if (!e || e.epoch !== epoch) spent.set(candidates as object, (e = { epoch, used: 0 }));
    if (e.used + size > COMPARISON_BUDGET) return undefined;
    e.used += size;
  }
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
 * Control characters (C0 but tab and line feed, DEL, C1, the line and paragraph separators) and
 * invisible characters (format controls: zero-width, joiners, bidi marks, embeddings, overrides and
 * isolates, the soft hyphen, invisible operators U+2060–U+2064, the Mongolian vowel separator, the
 * byte-order mark, tag characters; the combining grapheme joiner, variation selectors, Hangul
 * fillers). Listed by code point (no Unicode property tables: cheap to compile at start-up).
 */
export const UNSAFE_CLASS =
  '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F' +
  '\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\u{110BD}\\u{110CD}\\u{13430}-\\u{1343F}\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E0FFF}';
/** One unsafe character, for a search. */
export const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'u');
const UNSAFE_ALL = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');
/** Unsafe characters, and lone surrogates (half of a character: invalid UTF-16; with the `u` flag a pair is one character, so only a lone half matches). */
const UNSAFE_OR_LONE = new RegExp(`[${UNSAFE_CLASS}\\uD800-\\uDFFF]`, 'gu');

/** `\u` escapes of each UTF-16 unit (a character outside the BMP is two). */
const hex4 = (c: string) => Array.from({ length: c.length }, (_, i) => '\\u' + c.charCodeAt(i).toString(16).padStart(4, '0')).join('');

/** A string cut to at most `max` UTF-16 units without splitting a surrogate pair. */
/** A whole or decimal number with thousands separators, `12,500` / `1,234.5` (no ICU number formatter to start). */
export function thousands(n: number, maxFractionDigits = 2): string {
  const [whole, frac] = String(Math.round(Math.abs(n) * 10 ** maxFractionDigits) / 10 ** maxFractionDigits).split('.');
  return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
}

export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * Quotes a value taken from a plan for use inside a message: control and invisible characters are
 * made visible (`\u202e`), long values are cut (never inside a character). Formatters sanitise again
 * at output, and the exit point (safe-text.ts) once more.
 */
export function quote(value: unknown, max = 60): string {
  let s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // What looks like patient information is never repeated, whichever rule quotes it.
  if (looksLikePatientData(s)) return PATIENT_DATA_PLACEHOLDER;
  s = s.replace(UNSAFE_OR_LONE, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : hex4(c)));
  s = s.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  if (s.length > max) s = cut(s, max - 1) + '…';
  return '`' + s + '`';
}

/**
 * Removes terminal control characters and invisible characters from output text: C0 controls but
 * tab and line feed (so ESC, BEL and CR: no ANSI/OSC escape sequence, title change or cursor move
 * survives), DEL and the C1 controls (U+009B is a one-byte CSI), zero-width, bidi and other format
 * controls (U+202E can reverse what is shown; U+2060–U+2064, U+180E, U+00AD hide text), the
 * combining grapheme joiner, variation selectors and tag characters, the line and paragraph
 * separators and the byte-order mark; a lone surrogate becomes U+FFFD.
 */
export function stripControl(s: string): string {
  return s.replace(UNSAFE_OR_LONE, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
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
 * controls, bidi, zero-width and other invisible characters, line separators, BOM) written as `\u`
 * escapes, and the second `#` of `##[` written `\u0023`, so that no CI runner reads a legacy
 * workflow command in it: the same data once parsed, and safe to print. (They can only occur
 * inside strings, where an escape is valid; a pretty-printed document never starts a line with `::`.)
 */
export function escapeJsonControls(json: string): string {
  let out = json.replace(UNSAFE_ALL, hex4).replace(/##\[/g, '#\\u0023[');
  // JSON.stringify escapes a lone surrogate (half a character) as \udXXX: made U+FFFD, so the data is valid UTF-16.
  if (out.includes('\\u')) out = out.replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd');
  return out;
}

/** A `\udXXX` escape (not an escaped backslash followed by `udXXX`): JSON.stringify writes one only for a lone surrogate. */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;
