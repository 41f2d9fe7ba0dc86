// A code frame, as modern compilers print one: the offending source line with its number and a
// caret under the column. The line is sanitised (control characters and escape sequences
// removed, tabs expanded) and cut around the column when long.

import { PATIENT_DATA_PLACEHOLDER, stripControl } from '../util/text.js';
import { looksLikePatientData } from '../util/phi.js';

export interface CodeFrameOptions {
  /** Widest line shown, in characters (the line is cut around the column beyond it). */
  width?: number;
  /** Lines of context shown before the offending line. */
  before?: number;
}

/** Returns the frame lines (without colour), or [] when the line does not exist. */
export function codeFrame(source: string, line: number, column: number, options: CodeFrameOptions = {}): string[] {
  const width = Math.max(20, options.width ?? 100);
  const before = options.before ?? 0;
  const lines = source.split(/\r\n|\n|\r/);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return [];
  const gutter = String(line).length;
  const out: string[] = [];
  for (let n = Math.max(1, line - before); n < line; n++) {
    const ctx = lines[n - 1];
    if (looksLikePatientData(ctx.slice(0, 2 * width))) {
      out.push(`  ${String(n).padStart(gutter)} | ${PATIENT_DATA_PLACEHOLDER}`);
      continue;
    }
    out.push(`  ${String(n).padStart(gutter)} | ${clip(clean(ctx.slice(0, 2 * width)), 0, width, false, ctx.length > 2 * width).text}`);
  }
  const raw = lines[line - 1];
  // Column counts characters of the raw line; map it onto the cleaned text. Only a window around
  // the column is cleaned and measured: a line can be megabytes long.
  const col = Math.max(1, Math.min(column, raw.length + 1));
  const from = Math.max(0, col - 1 - 2 * width);
  const to = Math.min(raw.length, col - 1 + 2 * width);
  const prefix = clean(raw.slice(from, col - 1));
  // A line that looks like patient information is never shown, whatever finding points at it.
  if (looksLikePatientData(raw.slice(from, to))) {
    out.push(`> ${String(line).padStart(gutter)} | ${PATIENT_DATA_PLACEHOLDER}`);
    return out;
  }
  const text = clean(raw.slice(from, to));
  const clipped = clip(text, prefix.length, width, from > 0, to < raw.length);
  out.push(`> ${String(line).padStart(gutter)} | ${clipped.text}`);
  out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(clipped.caret)}^`);
  return out;
}

/**
 * Sanitised, with the characters that break YAML but cannot be seen made visible: a tab is shown
 * as `→ `, a non-breaking (or other look-alike) space as `⍽` (the diagnosis of src/load/diagnose.ts
 * names them in its message).
 */
function clean(s: string): string {
  return stripControl(s.replace(/\t/g, '→ ').replace(/[\u00a0\u2007\u202f\u3000\u2002\u2003\u2009]/g, '⍽'));
}

/** Cuts a long line to `width` characters around `at`, marking cuts with an ellipsis. */
function clip(text: string, at: number, width: number, cutHead = false, cutTail = false): { text: string; caret: number } {
  const chars = Array.from(text);
  if (chars.length <= width && !cutHead && !cutTail) return { text, caret: Array.from(text.slice(0, at)).length };
  const caretChars = Array.from(text.slice(0, at)).length;
  let start = Math.max(0, caretChars - Math.floor(width / 2));
  start = Math.min(start, Math.max(0, chars.length - width));
  const end = Math.min(chars.length, start + width);
  const head = start > 0 || cutHead ? '…' : '';
  const tail = end < chars.length || cutTail ? '…' : '';
  return { text: head + chars.slice(start, end).join('') + tail, caret: caretChars - start + head.length };
}
