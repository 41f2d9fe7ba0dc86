// A fast path for the YAML that plans are written in: a linear, iterative, hand-written parser for
// a strict subset of YAML 1.2 (core schema). It returns exactly what the `yaml` package's
// `parseDocument(text, PLAN_YAML_OPTIONS).toJS()` (load.ts) returns, with the same
// positions as `buildPositionIndex` (pointer.ts) gives, or `undefined` for anything outside the
// subset; the caller then runs the `yaml` path, which reports errors and warnings as before.
// "Outside the subset" is decided conservatively: when in doubt, fall back.
//
// Supported:
// - comments, blank lines, one `---` line before the content, LF or CRLF line ends, a final line
//   without a newline;
// - a root block mapping or block sequence at column 0; nested block mappings and sequences,
//   `- key: value` (compact mappings in sequence items) and sequences at the same indentation as
//   their key (`key:\n- a`);
// - plain keys that resolve to strings, single- and double-quoted keys (on one line);
// - plain scalars, including multi-line (folded) ones; single- and double-quoted scalars on one
//   line (double-quoted escapes: \0 \a \b \e \f \n \r \t \v \N \_ \L \P \space \" \/ \\ \x \u \U);
//   a value may also start on the line after its key or `-` (`key:\n  text`);
// - flow sequences and flow mappings of scalars on one line: `[US, EU]`, `[]`, `{a: 1, b: 2}`, `{}`;
// - block scalars `|` and `>` with `-`/`+` chomping, all folded lines at the same indentation.
// Scalars resolve as the core schema does (null, bool, int, float, else string), with the same
// regular expressions as `yaml`.
//
// Everything else falls back: tabs anywhere, control characters, BOMs, anchors, aliases, tags,
// directives, several documents, `...`, explicit keys (`?`), flow or quoted scalars over several
// lines, nested flow collections, block scalars with indentation indicators, more-indented lines
// in folded scalars or leading blank lines, empty block scalars, keys that are not strings or are
// `__proto__`/`<<`, duplicate keys, keys over 1000 characters, a root scalar or an empty document,
// a plain scalar that starts with an indicator character (other than `-` before a non-space) or
// whose continuation line does, a block scalar indicator on the line after its key, a value on the
// line after its key with a comment line at or left of the key's column in between (yaml's lexer
// then ends the scalar elsewhere), `- - x`, and any line that does not fit the block structure. Those are rare in plans and several of them are
// errors or warnings that the slow path must report.
//
// Positions: `yaml` gives every node a range [start, valueEnd, nodeEnd]; a map entry is located
// from its key to the value's valueEnd, a sequence item over its own [start, valueEnd]. A block
// collection's valueEnd is the nodeEnd of its last item, and a nodeEnd takes in what the CST
// attaches to a node: the rest of its line with the newline, and, after the last item of a
// collection, comment lines by the rules `settle` below mirrors. Offsets are kept and turned
// into lines and columns only when `locate` is called.
import { LineCounter } from 'yaml';
import { parsePointer, spanOf, type Position, type PositionIndex } from './pointer.js';

/**
 * The `yaml` release this parser was checked against (test/fast-yaml.test.ts, differentially).
 * package.json pins `yaml` to exactly this version, and test/speed.test.ts fails when they differ:
 * upgrade `yaml` on purpose, re-run the differential tests, then change this line.
 * STRATEGY_LINT_FAST_YAML=0 turns this parser off (src/engine/speed.ts).
 */
export const MIRRORS_YAML_VERSION = '2.9.1';

/** Positions of the children of one collection, and the records of its child collections. */
interface Rec {
  /** Keys in order (mappings), null for sequences. */
  keys: string[] | null;
  /** [start, end] offsets of each child: map entries from the key, sequence items from the item. */
  pos: number[];
  kids: (Rec | null)[];
}

/** An open block collection. */
interface Frame extends Rec {
  seq: boolean;
  indent: number;
  obj: any;
  /** Offset where the collection starts (its first key or `-`). */
  start: number;
  /** nodeEnd (range[2]) of the last item so far: the collection's own valueEnd when it closes. */
  end2: number;
  /** End of a comment-only trailing item that stays in this collection (its nodeEnd), or -1. */
  commentEnd: number;
  /** The last value: 0 a block scalar or collection, 1 a scalar/flow on a line (comments more
   * indented than the collection that follow it become part of it), 2 an empty value. */
  last: number;
  /** For an empty last value: a comment follows it on its line. */
  emptyComment: boolean;
  /** A sequence at the same indentation as the key it is the value of. */
  indentless: boolean;
}

const BAD_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\ufeff\u2028\u2029]|\r(?!\n)/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const HEX_DIGITS = /^[0-9a-fA-F]+$/;
const FAIL = Symbol('fail');
/** Double-quoted escapes that stand for one fixed character (`\x`, `\u`, `\U` take hex digits). */
const ESCAPES: Record<string, string | undefined> = {
  __proto__: null as never,
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** Characters that cannot start a plain scalar we accept: -?:,[]{}#&*!|>'"%@` */
const INDICATOR = new Uint8Array(128);
for (const ch of '-?:,[]{}#&*!|>\'"%@`') INDICATOR[ch.charCodeAt(0)] = 1;

// Results of the scanners, kept in module variables so that no result objects are allocated.
let sEnd = 0; // scanPlain: end of the scalar (trailing spaces excluded)
let sStop = 0; // scanPlain: where it stopped (the `:` of a key, the space before `#`, or the line end)
let sKind = 0; // scanPlain: 0 reached the line end, 1 stopped at `: ` (a key), 2 at ` #` (a comment)
let qVal = ''; // scanQuoted: the value
let qEnd = 0; // scanQuoted: offset after the closing quote
let vVal: unknown; // parseValue: the value
let vEnd = 0; // parseValue: valueEnd (range[1])
let vEnd2 = 0; // parseValue: nodeEnd (range[2])
let vNext = 0; // parseValue: start of the next line to read
let lEol = 0; // readLine: offset of the line's `\n` (or the text's end)
let lNext = 0; // readLine: start of the next line
let lEnd = 0; // readLine: end of the content (before `\r\n` or `\n`)
let lFirst = 0; // readLine: first character that is not a space (lEnd on a blank line)

/** Reads the line that starts at p into lEol, lNext, lEnd and lFirst. */
function readLine(text: string, p: number): void {
  const n = text.length;
  let e = text.indexOf('\n', p);
  if (e < 0) e = n;
  lEol = e;
  lNext = e < n ? e + 1 : n;
  lEnd = e > p && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
  let q = p;
  while (q < lEnd && text.charCodeAt(q) === 32) q++;
  lFirst = q;
}
let vKind = 0; // parseValue: Frame.last for this value
let vRec: Rec | null = null; // parseValue: positions of a flow collection
const cInd: number[] = []; // comment lines since the last content line: indentation
const cNext: number[] = []; // ... and offset after the line

export function parseFast(text: string): { data: unknown; index: PositionIndex } | undefined {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

function parse(text: string): { data: unknown; index: PositionIndex } | undefined {
  if (BAD_CHARS.test(text)) return undefined;
  const n = text.length;
  const frames: Frame[] = [];
  let root: Frame | null = null;
  let rootEnd = 0;
  let docStart = false;
  let pend: Frame | null = null; // the top frame, when its last entry waits for a value on later lines
  let pendP = 0; // where an empty value would be (after the indicator and its spaces)
  let pendComment = false;
  /** The entry `pend` waits for gets no value on later lines: it is empty (null). */
  const closePend = () => {
    if (!pend) return;
    pend.last = 2;
    pend.emptyComment = pendComment;
    pend.end2 = pendP;
    pend = null;
  };
  let nc = 0; // comment lines since the last content line

  /**
   * Before a content line whose first character is at `q` (or the end: q = n, keep = -1), gives
   * the comment lines since the last content line to the nodes `yaml` gives them to, and closes
   * the frames above `keep`:
   * - after a scalar or flow collection, comment lines more indented than its collection (and
   *   the blank lines before them) become part of that node (its nodeEnd grows);
   * - after an empty value, everything up to `q` is part of it when there is any comment;
   * - the remaining comment lines form an item that moves out of each closing collection whose
   *   indentation is 0 or more than that of every one of those comments; where it stops, in a
   *   collection that closes, it sets that collection's nodeEnd to `q`.
   * Returns whether that item reaches frames[keep], where it joins the next item.
   */
  const settle = (keep: number, q: number): boolean => {
    let t = frames.length - 1;
    const top = frames[t];
    let ci = 0;
    if (top.last === 1) {
      while (ci < nc && cInd[ci] > top.indent) top.end2 = cNext[ci++];
    } else if (top.last === 2) {
      if (top.emptyComment || nc > 0) top.end2 = q;
      ci = nc;
    }
    let reaches = false;
    if (ci < nc) {
      let maxC = cInd[ci];
      for (let k = ci + 1; k < nc; k++) if (cInd[k] > maxC) maxC = cInd[k];
      while (t > keep && (frames[t].indent === 0 || maxC < frames[t].indent)) t--;
      if (t > keep) frames[t].commentEnd = q;
      else reaches = true;
    }
    for (let k = frames.length - 1; k > keep; k--) {
      const f = frames.pop()!;
      if (k === 0) {
        rootEnd = f.end2;
      } else {
        const p = frames[k - 1];
        p.pos[p.pos.length - 1] = f.end2;
        p.end2 = f.commentEnd >= 0 ? f.commentEnd : f.end2;
        p.last = 0;
      }
    }
    return reaches;
  };
  const newFrame = (seq: boolean, indent: number, start: number, indentless: boolean): Frame => ({
    keys: seq ? null : [],
    pos: [],
    kids: [],
    seq,
    indent,
    obj: seq ? [] : {},
    start,
    end2: start,
    commentEnd: -1,
    last: 0,
    emptyComment: false,
    indentless,
  });

  let i = 0;
  for (;;) {
    if (i >= n) {
      if (!root) return undefined;
      closePend();
      settle(-1, n);
      break;
    }
    readLine(text, i);
    const next = lNext;
    const ce = lEnd; // content end
    const q = lFirst;
    if (q === ce) {
      i = next; // blank line
      continue;
    }
    const d = q - i;
    const c = text.charCodeAt(q);
    if (c === 35) {
      cInd[nc] = d; // comment line
      cNext[nc++] = next;
      i = next;
      continue;
    }
    if (d === 0 && (c === 45 || c === 46) && text.startsWith(c === 45 ? '---' : '...', q) && (q + 3 === ce || text.charCodeAt(q + 3) === 32)) {
      // `---` once before the content, with nothing after it but a comment; no `...`.
      if (c === 46 || root || docStart) return undefined;
      let r = q + 3;
      while (r < ce && text.charCodeAt(r) === 32) r++;
      if (r < ce && text.charCodeAt(r) !== 35) return undefined;
      docStart = true;
      i = next;
      continue;
    }
    const isSeq = c === 45 && (q + 1 === ce || text.charCodeAt(q + 1) === 32);
    let joined = false;

    // Which collection does the line belong to?
    if (!root) {
      if (d !== 0) return undefined;
      root = newFrame(isSeq, 0, q, false);
      frames.push(root);
    } else if (pend && (d > pend.indent || (d === pend.indent && isSeq && !pend.seq))) {
      // The value the last entry of `pend` waits for: a block collection, or a scalar or flow
      // collection on this more indented line.
      const last = pend.kids.length - 1;
      const k = isSeq ? 1 : scanKey(text, q, ce);
      if (k < 0 || c === 124 || c === 62) return undefined;
      let value: unknown;
      if (k === 0) {
        // yaml's lexer lowers the indentation that continues a plain scalar at a comment line
        // less indented than that, which changes where the scalar ends: fall back.
        for (let j = 0; j < nc; j++) if (cInd[j] <= pend.indent) return undefined;
        if (!parseValue(text, q, ce, next, pend.indent)) return undefined;
        value = vVal;
        pend.pos[last * 2 + 1] = vEnd;
        pend.kids[last] = vRec;
        pend.end2 = vEnd2;
        pend.last = vKind;
      } else {
        const f = newFrame(isSeq, d, q, d === pend.indent);
        value = f.obj;
        pend.kids[last] = f;
        frames.push(f);
      }
      if (pend.seq) {
        pend.obj[last] = value;
        pend.pos[last * 2] = q;
      } else {
        pend.obj[pend.keys![last]] = value;
      }
      pend = null;
      if (k === 0) {
        nc = 0;
        i = vNext;
        continue;
      }
    } else {
      closePend();
      let k = frames.length - 1;
      while (k >= 0 && (frames[k].indent > d || (frames[k].indent === d && frames[k].seq && frames[k].indentless && !isSeq))) k--;
      if (k < 0 || frames[k].indent !== d) return undefined;
      // Comments that join a new sequence item make an empty item's nodeEnd reach its end.
      joined = settle(k, q);
    }
    nc = 0;
    let top = frames[frames.length - 1];
    if (top.seq !== isSeq) return undefined;

    let keyAt = q;
    if (isSeq) {
      // A sequence item: a value, an empty value (maybe a block collection on the next lines),
      // or a compact mapping `- key: value`.
      let r = q + 1;
      while (r < ce && text.charCodeAt(r) === 32) r++;
      const arr = top.obj as unknown[];
      if (r === ce || text.charCodeAt(r) === 35) {
        arr.push(null);
        top.pos.push(r, r);
        top.kids.push(null);
        pend = top;
        pendP = r;
        pendComment = r < ce || joined;
        i = next;
        continue;
      }
      const k = scanKey(text, r, ce);
      if (k < 0) return undefined;
      if (k === 0) {
        if (!parseValue(text, r, ce, next, top.indent)) return undefined;
        arr.push(vVal);
        top.pos.push(r, vEnd);
        top.kids.push(vRec);
        top.end2 = vEnd2;
        top.last = vKind;
        i = vNext;
        continue;
      }
      const m = newFrame(false, r - i, r, false);
      arr.push(m.obj);
      top.pos.push(r, r);
      top.kids.push(m);
      frames.push(m);
      top = m;
      keyAt = r;
    } else if (scanKey(text, q, ce) !== 1) {
      return undefined;
    }

    // A mapping entry at keyAt; scanKey left the key in qVal and the `:` at sStop.
    const key = qVal;
    if (key === '__proto__' || Object.hasOwn(top.obj, key)) return undefined;
    let r = sStop + 1;
    while (r < ce && text.charCodeAt(r) === 32) r++;
    top.keys!.push(key);
    top.pos.push(keyAt, r);
    top.kids.push(null);
    if (r === ce || text.charCodeAt(r) === 35) {
      top.obj[key] = null;
      pend = top;
      pendP = r;
      pendComment = r < ce;
      i = next;
      continue;
    }
    if (!parseValue(text, r, ce, next, top.indent)) return undefined;
    top.obj[key] = vVal;
    top.pos[top.pos.length - 1] = vEnd;
    top.kids[top.kids.length - 1] = vRec;
    top.end2 = vEnd2;
    top.last = vKind;
    i = vNext;
  }

  const rootRec: Rec = root!;
  const rootStart = root!.start;
  // Lines counted as yaml's parser counts them (at 0 and after every newline), on first use only.
  let lineCounter: LineCounter | undefined;
  const position = (start: number, end: number): Position => {
    if (!lineCounter) {
      lineCounter = new LineCounter();
      lineCounter.addNewLine(0);
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lineCounter.addNewLine(k + 1);
    }
    return spanOf(lineCounter, start, end);
  };
  const keyIndex = new Map<Rec, Map<string, number>>();
  const index: PositionIndex = {
    locate(ptr: string) {
      const tokens = parsePointer(ptr);
      let rec: Rec | null = rootRec;
      let start = rootStart;
      let end = rootEnd;
      let depth = 0;
      for (; depth < tokens.length && rec; depth++) {
        const t = tokens[depth];
        let at: number;
        if (rec.keys) {
          // Wide mappings get a key index on first use: a plan with thousands of keys and as many
          // findings must not cost keys x findings.
          if (rec.keys.length > 32) {
            let byKey = keyIndex.get(rec);
            if (!byKey) keyIndex.set(rec, (byKey = new Map(rec.keys.map((k, i) => [k, i]))));
            at = byKey.get(t) ?? -1;
          } else at = rec.keys.indexOf(t);
        } else {
          const num = Number(t);
          at = Number.isInteger(num) && num >= 0 && num < rec.kids.length && String(num) === t ? num : -1;
        }
        if (at < 0) break;
        start = rec.pos[at * 2];
        end = rec.pos[at * 2 + 1];
        rec = rec.kids[at];
      }
      return { ...position(start, end), exact: depth === 0 ? ptr === '' : depth === tokens.length };
    },
  };
  return { data: root!.obj, index };
}

/**
 * Scans a plain scalar in block context from j to the content end ce (see sEnd, sStop, sKind).
 * Like yaml's lexer, it stops at `: ` or a `:` at the line end, and at ` #`.
 */
function scanPlain(text: string, j: number, ce: number): void {
  let last = j;
  for (let k = j; k < ce; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (k + 1 < ce && text.charCodeAt(k + 1) === 35) {
        sEnd = last;
        sStop = k;
        sKind = 2;
        return;
      }
    } else if (c === 58 && (k + 1 === ce || text.charCodeAt(k + 1) === 32)) {
      sEnd = last;
      sStop = k;
      sKind = 1;
      return;
    } else {
      last = k + 1;
    }
  }
  sEnd = last;
  sStop = ce;
  sKind = 0;
}

/**
 * Whether an implicit key starts at j: 1 with the key in qVal and its `:` at sStop, 0 when the
 * text there is not a key, -1 when it is a key outside the subset (it resolves to a non-string, is
 * `<<` or too long) or is not a scalar we read.
 */
function scanKey(text: string, j: number, ce: number): number {
  const c = text.charCodeAt(j);
  if (c === 34 || c === 39) {
    if (!scanQuoted(text, j, ce)) return -1;
    let k = qEnd;
    while (k < ce && text.charCodeAt(k) === 32) k++;
    if (k < ce && text.charCodeAt(k) === 58 && (k + 1 === ce || text.charCodeAt(k + 1) === 32)) {
      sStop = k;
      return k - j > 1000 ? -1 : 1;
    }
    return 0;
  }
  if (c === 91 || c === 123 || c === 124 || c === 62) return 0; // [ { | >: a value, not a key
  if (c < 128 && INDICATOR[c] && !(c === 45 && j + 1 < ce && text.charCodeAt(j + 1) !== 32)) return -1;
  scanPlain(text, j, ce);
  if (sKind !== 1) return 0;
  const key = text.slice(j, sEnd);
  if (sStop - j > 1000 || key === '<<' || typeof resolvePlain(key) !== 'string') return -1;
  qVal = key;
  return 1;
}

/** Scans a quoted scalar that must close on the same line (see qVal, qEnd); false otherwise. */
function scanQuoted(text: string, j: number, ce: number): boolean {
  let out = '';
  let seg = j + 1;
  if (text.charCodeAt(j) === 39) {
    for (let k = seg; k < ce; k++) {
      if (text.charCodeAt(k) !== 39) continue;
      if (k + 1 < ce && text.charCodeAt(k + 1) === 39) {
        out += text.slice(seg, k + 1);
        seg = ++k + 1;
        continue;
      }
      qVal = out + text.slice(seg, k);
      qEnd = k + 1;
      return true;
    }
    return false;
  }
  for (let k = seg; k < ce; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) {
      qVal = out + text.slice(seg, k);
      qEnd = k + 1;
      return true;
    }
    if (c !== 92) continue;
    out += text.slice(seg, k);
    if (k + 1 >= ce) return false;
    const e = text[k + 1];
    const simple = ESCAPES[e];
    const len = simple !== undefined ? 0 : e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : -1;
    if (len < 0) return false;
    if (simple !== undefined) out += simple;
    if (len) {
      const hex = text.slice(k + 2, k + 2 + len);
      if (k + 2 + len > ce || !HEX_DIGITS.test(hex)) return false;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return false;
      out += String.fromCodePoint(code);
    }
    k += 1 + len;
    seg = k + 1;
  }
  return false;
}

/**
 * Parses the value that starts at r on a line (content end ce, next line at next) of an entry of
 * a collection indented by `indent`: a quoted scalar, a flow collection, a block scalar or a plain
 * scalar (which may go on over more indented lines). Sets vVal, vEnd, vEnd2, vNext, vKind, vRec;
 * false when the value is outside the subset.
 */
function parseValue(text: string, r: number, ce: number, next: number, indent: number): boolean {
  const c = text.charCodeAt(r);
  vRec = null;
  vKind = 1;
  vEnd2 = next;
  vNext = next;
  if (c === 34 || c === 39 || c === 91 || c === 123) {
    if (c === 91 || c === 123) {
      if (!parseFlow(text, r, ce)) return false;
    } else {
      if (!scanQuoted(text, r, ce)) return false;
      vVal = qVal;
      vEnd = qEnd;
    }
    // Only a comment may follow on the line.
    let k = vEnd;
    while (k < ce && text.charCodeAt(k) === 32) k++;
    return k === ce || (k > vEnd && text.charCodeAt(k) === 35);
  }
  if (c === 124 || c === 62) return parseBlock(text, r, ce, next, indent);
  if (c < 128 && INDICATOR[c] && !(c === 45 && r + 1 < ce && text.charCodeAt(r + 1) !== 32)) return false;
  scanPlain(text, r, ce);
  if (sKind === 1) return false; // `a: b: c`
  let val = text.slice(r, sEnd);
  vEnd = sEnd;
  if (sKind === 0) {
    // Continuation lines: more indented than the collection, not comment lines; blank lines
    // between them fold to newlines, a line break between two lines to a space; a comment at the
    // end of a line ends the scalar.
    const n = text.length;
    let blanks = 0;
    for (let p = next; p < n; ) {
      readLine(text, p);
      const pn = lNext;
      const pce = lEnd;
      const s = lFirst;
      if (s === pce) {
        blanks++;
        p = pn;
        continue;
      }
      if (s - p <= indent) break;
      const c2 = text.charCodeAt(s);
      if (c2 === 35) break;
      if (c2 < 128 && INDICATOR[c2]) return false;
      scanPlain(text, s, pce);
      const kind: number = sKind; // (TypeScript keeps sKind narrowed to 0 across the call)
      if (kind === 1) return false;
      val += (blanks ? '\n'.repeat(blanks) : ' ') + text.slice(s, sEnd);
      vEnd = sEnd;
      vEnd2 = vNext = p = pn;
      blanks = 0;
      if (kind === 2) break; // a comment ends the scalar
    }
  }
  vVal = resolvePlain(val);
  return true;
}

/** A flow sequence or mapping of scalars that closes on its line (sets vVal, vEnd, vRec). */
function parseFlow(text: string, r: number, ce: number): boolean {
  const isMap = text.charCodeAt(r) === 123;
  const close = isMap ? 125 : 93;
  const obj: any = isMap ? {} : [];
  const rec: Rec = { keys: isMap ? [] : null, pos: [], kids: [] };
  let k = r + 1;
  while (k < ce && text.charCodeAt(k) === 32) k++;
  if (k < ce && text.charCodeAt(k) === close) {
    k++;
  } else {
    for (;;) {
      // One item: a scalar, or for a mapping `key: scalar`.
      const start = k;
      let value = flowScalar(text, k, ce);
      if (value === FAIL) return false;
      k = sStop;
      if (isMap) {
        const key = value;
        if (typeof key !== 'string' || key === '__proto__' || key === '<<' || Object.hasOwn(obj, key)) return false;
        if (k + 1 >= ce || text.charCodeAt(k) !== 58 || text.charCodeAt(k + 1) !== 32) return false;
        k += 2;
        while (k < ce && text.charCodeAt(k) === 32) k++;
        value = flowScalar(text, k, ce);
        if (value === FAIL) return false;
        k = sStop;
        obj[key] = value;
        rec.keys!.push(key);
      } else {
        obj.push(value);
      }
      rec.pos.push(start, sEnd);
      rec.kids.push(null);
      if (k >= ce) return false;
      const c = text.charCodeAt(k);
      if (c === close) {
        k++;
        break;
      }
      if (c !== 44) return false;
      k++;
      while (k < ce && text.charCodeAt(k) === 32) k++;
      if (k >= ce || text.charCodeAt(k) === close) return false; // a trailing comma: fall back
    }
  }
  vVal = obj;
  vEnd = k;
  vRec = rec;
  return true;
}

/**
 * A scalar inside a flow collection at k: quoted, or plain up to `,` `[` `]` `{` `}` or `: `.
 * Returns its value (FAIL when outside the subset); sEnd is its end, sStop the next non-space.
 */
function flowScalar(text: string, k: number, ce: number): unknown {
  if (k >= ce) return FAIL;
  const c = text.charCodeAt(k);
  if (c === 34 || c === 39) {
    if (!scanQuoted(text, k, ce)) return FAIL;
    sEnd = qEnd;
    let m = qEnd;
    while (m < ce && text.charCodeAt(m) === 32) m++;
    sStop = m;
    return qVal;
  }
  if (c < 128 && INDICATOR[c] && !(c === 45 && k + 1 < ce && !isFlowStop(text.charCodeAt(k + 1)))) return FAIL;
  let last = k;
  let m = k;
  for (; m < ce; m++) {
    const ch = text.charCodeAt(m);
    if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
    if (ch === 58) {
      const nx = m + 1 < ce ? text.charCodeAt(m + 1) : 32;
      if (isFlowStop(nx)) break;
      return FAIL; // `a:b` in a flow collection: fall back
    }
    if (ch === 32) {
      if (m + 1 < ce && text.charCodeAt(m + 1) === 35) return FAIL;
    } else {
      last = m + 1;
    }
  }
  sEnd = last;
  sStop = m;
  return resolvePlain(text.slice(k, last));
}

function isFlowStop(c: number): boolean {
  return c === 32 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/**
 * A block scalar `|` or `>` (optionally `-` or `+`) at r. Its content starts on the next line,
 * more indented than the collection; every content line of a folded scalar at the same
 * indentation; whitespace-only lines not longer than that indentation.
 */
function parseBlock(text: string, r: number, ce: number, next: number, indent: number): boolean {
  const n = text.length;
  const folded = text.charCodeAt(r) === 62;
  let k = r + 1;
  let chomp = 0; // 0 clip, 1 strip, 2 keep
  if (k < ce && text.charCodeAt(k) === 45) {
    chomp = 1;
    k++;
  } else if (k < ce && text.charCodeAt(k) === 43) {
    chomp = 2;
    k++;
  }
  const h = k;
  while (k < ce && text.charCodeAt(k) === 32) k++;
  if (k < ce && !(k > h && text.charCodeAt(k) === 35)) return false;
  let ti = -1; // indentation of the content
  let val = '';
  let blanks = 0;
  let lastEnd = next;
  let lastNext = next;
  let p = next;
  while (p < n) {
    readLine(text, p);
    const e = lEol;
    const pn = lNext;
    const pce = lEnd;
    const s = lFirst;
    const ind = s - p;
    if (ti < 0) {
      if (s === pce || ind <= indent) return false; // empty, or a leading blank line
      ti = ind;
      val = text.slice(s, pce);
    } else if (s === pce) {
      if (ind > ti) return false;
      if (e === n && ind < ti) break; // a last line of a few spaces without a newline ends it
      blanks++;
      p = pn;
      continue;
    } else if (ind < ti) {
      break;
    } else {
      if (folded && ind > ti) return false;
      const line = text.slice(p + ti, pce);
      if (folded) val += (blanks ? '\n'.repeat(blanks) : ' ') + line;
      else val += '\n'.repeat(blanks + 1) + line;
    }
    blanks = 0;
    lastEnd = pce;
    lastNext = pn;
    p = pn;
  }
  if (ti < 0) return false;
  let end = lastNext;
  if (chomp === 2) {
    end = p;
    let count = 0;
    for (let m = text.indexOf('\n', lastEnd); m >= 0 && m < end; m = text.indexOf('\n', m + 1)) count++;
    val += '\n'.repeat(Math.max(1, count));
  } else if (chomp === 0) {
    val += '\n';
  }
  vVal = val;
  vEnd = vEnd2 = vNext = end;
  vKind = 0;
  return true;
}

/** A plain scalar as the YAML 1.2 core schema resolves it, with yaml's own tests. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  switch (c) {
    case 126: // ~
      return s.length === 1 ? null : s;
    case 110: // n
    case 78: // N
      return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 116: // t
    case 84: // T
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 102: // f
    case 70: // F
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
  }
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INT.test(s)) return parseInt(s, 10);
    if (OCT.test(s)) return parseInt(s.substring(2), 8);
    if (HEX.test(s)) return parseInt(s.substring(2), 16);
    if (NAN_INF.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  }
  return s;
}
