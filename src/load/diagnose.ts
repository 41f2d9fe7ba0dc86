// Diagnoses YAML that does not parse: one finding per root cause, in words, instead of the
// parser's cascade. Runs only on files that failed to parse (the happy path never comes here),
// except the two cheap text scans at the end (curly-quoted values, leftover TODO comments).
//
// Each candidate cause is checked by repairing it in a copy of the text and parsing again: a
// cause is reported only when its repair removes parser errors, and the errors it removes are
// folded into its finding (counted, not listed). Causes, in the order they are tried:
// - Word and web-page artefacts: non-breaking spaces used as indentation or after `-` and `key:`,
//   en dashes, em dashes and bullets used as list markers, values wrapped in curly quotes
//   (“ ” „ ‘ ’) that YAML reads as text, so a colon inside ends the key. These repairs are
//   mechanical: `--fix` applies them (repairArtefacts, used by src/engine/fix.ts);
// - tabs in the indentation;
// - an indentation slip: a line indented more or less than its siblings (found by following
//   the open blocks' columns, like the parser, and trying the siblings' column);
// - `key:value` without a space after the colon.
// What no repair explains is reported as the parser's first remaining error, with the count of
// the errors after it. Nothing here throws; every repair keeps the number of lines, so line
// numbers are the same in the repaired copy as in the file.
import { quote } from '../util/text.js';

/** A parser error, located (1-based). */
export interface YamlError {
  line: number;
  column: number;
  message: string;
  code: string;
}

/** Parses text with the plan's options and returns its errors (src/load/load.ts supplies it). */
export type ErrorsOf = (text: string) => YamlError[];

/** A problem found by the diagnosis, shaped like load.ts' ParseProblem. */
export interface Diagnosed {
  ruleId: 'yaml/syntax';
  severity: 'error';
  message: string;
  hint?: string;
  line: number;
  column: number;
  /** `--fix` repairs it (a Word artefact). */
  fixable?: boolean;
}

/** One replacement in the text: [start, end) becomes `to`. */
export interface TextEdit {
  start: number;
  end: number;
  to: string;
  line: number;
  column: number;
  /** What was repaired, for `--fix`'s report. */
  description: string;
}

/** Above this size the repairs are not tried (each try parses the whole text again). */
const MAX_DIAGNOSED_BYTES = 256 * 1024;
/** Parses tried per file at most, and characters parsed in all tries (a large file gets fewer tries). */
const MAX_TRIES = 40;
const MAX_PARSED_CHARS = 1024 * 1024;

/** Spaces that look like a space but are not one to YAML. */
const FAKE_SPACES: Record<string, string> = {
  '\u00a0': 'non-breaking space (U+00A0)',
  '\u2007': 'figure space (U+2007)',
  '\u202f': 'narrow non-breaking space (U+202F)',
  '\u3000': 'ideographic space (U+3000)',
  '\u2002': 'en space (U+2002)',
  '\u2003': 'em space (U+2003)',
  '\u2009': 'thin space (U+2009)',
};
/** "non-breaking spaces (U+00A0)" */
const spacesName = (c: string) => (FAKE_SPACES[c] ?? FAKE_SPACES['\u00a0']).replace(/ \(/, 's (');
const isFakeSpace = (c: string | undefined) => c !== undefined && Object.hasOwn(FAKE_SPACES, c);
const isSpace = (c: string | undefined) => c === ' ' || isFakeSpace(c);

/** Characters Word and others put where a list's `-` belongs. */
const FAKE_DASHES: Record<string, string> = {
  '\u2013': 'an en dash (–, U+2013)',
  '\u2014': 'an em dash (—, U+2014)',
  '\u2212': 'a minus sign (−, U+2212)',
  '\u2010': 'a hyphen (‐, U+2010)',
  '\u2022': 'a bullet (•, U+2022)',
  '\u00b7': 'a middle dot (·, U+00B7)',
};

/** Opening and closing curly quotes (English, German/Romanian low-9, and the reversed ones Word makes). */
const OPEN_QUOTES = '\u201c\u201d\u201e\u2018\u2019\u201a';
const CLOSE_QUOTES = '\u201d\u201c\u2019\u2018';
const QUOTE_NAMES: Record<string, string> = {
  '\u201c': '“',
  '\u201d': '”',
  '\u201e': '„',
  '\u2018': '‘',
  '\u2019': '’',
  '\u201a': '‚',
};

interface Line {
  /** Offset of the first character. */
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, text: text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Indexes (0-based) of the lines inside block scalars (`key: |` or `>` and the lines indented below it). */
function blockScalarBodies(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let owner = -1;
  lines.forEach((l, n) => {
    const s = l.text;
    let i = 0;
    while (i < s.length && s[i] === ' ') i++;
    if (owner >= 0) {
      if (i >= s.length || i > owner) {
        out.add(n);
        return;
      }
      owner = -1;
    }
    if (/(^|[:-]\s)\s*[|>][-+0-9]*\s*(#.*)?$/.test(s.slice(i)) && !s.slice(i).startsWith('#')) owner = i;
  });
  return out;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + text.slice(at);
}

/** "line 27", "lines 27 and 28", "lines 27, 28 and 31", "lines 27, 28, 31 and 4 more". */
export function linesText(lines: number[]): string {
  const u = [...new Set(lines)].sort((a, b) => a - b);
  if (u.length === 1) return `line ${u[0]}`;
  if (u.length <= 4) return `lines ${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
  return `lines ${u.slice(0, 3).join(', ')} and ${u.length - 3} more`;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

// ---- Word artefacts: found in the text, repaired one for one.

/** Where the content of a line starts after its indentation and list markers (`- - `). */
function contentStart(s: string): { indentEnd: number; content: number; dashes: number[] } {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  const indentEnd = i;
  const dashes: number[] = [];
  while (s[i] === '-' && (i + 1 >= s.length || isSpace(s[i + 1]))) {
    dashes.push(i);
    i++;
    while (i < s.length && isSpace(s[i])) i++;
  }
  return { indentEnd, content: i, dashes };
}

/** A plain key at `at` (`name:`, `active_hours:`), followed by `:`; its colon's index, or -1. */
function plainKeyColon(s: string, at: number): number {
  const m = /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]*?:/u.exec(s.slice(at));
  return m ? at + m[0].length - 1 : -1;
}

/** Non-breaking (and other fake) spaces in the structure: indentation, after `-`, after `key:`. */
export function fakeSpaceEdits(text: string): TextEdit[] {
  if (!/[\u00a0\u2007\u202f\u3000\u2002\u2003\u2009]/.test(text)) return [];
  const edits: TextEdit[] = [];
  splitLines(text).forEach((l, n) => {
    const s = l.text;
    const fix = (i: number, where: string) =>
      edits.push({
        start: l.start + i,
        end: l.start + i + 1,
        to: ' ',
        line: n + 1,
        column: i + 1,
        description: `${FAKE_SPACES[s[i]]} ${where} replaced by a space`,
      });
    const { indentEnd, content } = contentStart(s);
    for (let i = 0; i < content; i++) if (isFakeSpace(s[i])) fix(i, i < indentEnd ? 'in the indentation' : 'after `-`');
    const colon = plainKeyColon(s, content);
    if (colon >= 0) for (let i = colon + 1; i < s.length && isSpace(s[i]); i++) if (isFakeSpace(s[i])) fix(i, `after \`${s.slice(content, colon + 1)}\``);
  });
  return edits;
}

/** En dashes, em dashes and bullets used as list markers (`– item`), made `-`. */
export function fakeDashEdits(text: string): TextEdit[] {
  if (!/[\u2013\u2014\u2212\u2010\u2022\u00b7]/.test(text)) return [];
  const edits: TextEdit[] = [];
  splitLines(text).forEach((l, n) => {
    const s = l.text;
    let i = 0;
    for (;;) {
      while (i < s.length && isSpace(s[i])) i++;
      const c = s[i];
      if (c === '-' && isSpace(s[i + 1])) {
        i++;
        continue;
      }
      if (c !== undefined && FAKE_DASHES[c] && (i + 1 >= s.length || isSpace(s[i + 1]))) {
        edits.push({
          start: l.start + i,
          end: l.start + i + 1,
          to: '-',
          line: n + 1,
          column: i + 1,
          description: `list marker ${FAKE_DASHES[c]} replaced by \`-\``,
        });
        i++;
        continue;
      }
      return;
    }
  });
  return edits;
}

/**
 * Values wrapped in curly quotes: a scalar that starts with an opening curly quote (after
 * `key: `, `- `, `[`, `{` or `, ` in a one-line flow collection) and ends with a closing one.
 * Each becomes a double-quoted YAML string of the same text.
 */
export function curlyQuoteEdits(text: string): TextEdit[] {
  if (!/[\u201c\u201d\u201e\u2018\u2019\u201a]/.test(text)) return [];
  const edits: TextEdit[] = [];
  const lines = splitLines(text);
  const bodies = blockScalarBodies(lines);
  lines.forEach((l, n) => {
    const s = l.text;
    if (bodies.has(n) || !/[\u201c\u201d\u201e\u2018\u2019\u201a]/.test(s)) return;
    const { content } = contentStart(s);
    if (s[content] === '#') return;
    // Scalar starts: the content itself, after a plain key's `: `, and after flow indicators.
    const starts: number[] = [];
    const colon = plainKeyColon(s, content);
    const valueAt = (i: number) => {
      while (i < s.length && isSpace(s[i])) i++;
      return i;
    };
    if (colon >= 0 && (colon + 1 >= s.length || isSpace(s[colon + 1]))) starts.push(valueAt(colon + 1));
    else starts.push(content);
    const flowFrom = starts[0];
    if (s[flowFrom] === '[' || s[flowFrom] === '{') {
      for (let i = flowFrom; i < s.length; i++) {
        const c = s[i];
        if (c === '[' || c === '{' || c === ',') starts.push(valueAt(i + 1));
        else if (c === ':' && s[flowFrom] === '{' && isSpace(s[i + 1])) starts.push(valueAt(i + 1));
      }
    }
    let after = -1;
    for (const at of starts) {
      if (at <= after || !OPEN_QUOTES.includes(s[at] ?? '\u0000')) continue;
      const inFlow = at !== starts[0];
      // The closing quote: in a flow collection the first one before `,` `]` `}`; otherwise the
      // last one on the line, followed by nothing but a comment.
      let close = -1;
      for (let j = at + 1; j < s.length; j++) {
        if (!CLOSE_QUOTES.includes(s[j])) continue;
        const rest = s.slice(j + 1);
        if (inFlow ? /^\s*[,\]}]/.test(rest) : /^\s*(#.*)?$/.test(rest)) {
          close = j;
          if (inFlow) break;
        }
      }
      if (close < 0) continue;
      const inner = s.slice(at + 1, close);
      edits.push({
        start: l.start + at,
        end: l.start + close + 1,
        to: JSON.stringify(inner),
        line: n + 1,
        column: at + 1,
        description: `curly quotes ${QUOTE_NAMES[s[at]] ?? ''}…${QUOTE_NAMES[s[close]] ?? ''} replaced by straight quotes`,
      });
      after = close;
    }
  });
  return edits;
}

/** Leading tabs made `width` spaces each. */
function tabEdits(text: string, width: number): TextEdit[] {
  if (!text.includes('\t')) return [];
  const edits: TextEdit[] = [];
  splitLines(text).forEach((l, n) => {
    const s = l.text;
    for (let i = 0; i < s.length && (s[i] === ' ' || s[i] === '\t' || isFakeSpace(s[i])); i++) {
      if (s[i] === '\t')
        edits.push({
          start: l.start + i,
          end: l.start + i + 1,
          to: ' '.repeat(width),
          line: n + 1,
          column: i + 1,
          description: `tab replaced by ${width} spaces`,
        });
    }
  });
  return edits;
}

/**
 * The Word artefacts `--fix` repairs (fake spaces, fake list markers, curly-quoted values), each
 * kind kept only when it removes parser errors (for a file that parses, curly-quoted values are
 * always repaired: YAML keeps the quotes as part of the text). Undefined when nothing to repair.
 */
export function repairArtefacts(text: string, errorsOf: ErrorsOf): { text: string; edits: TextEdit[] } | undefined {
  let cur = text;
  let errors = errorsOf(cur);
  const kept: TextEdit[] = [];
  const done = new Set<(t: string) => TextEdit[]>();
  // Two rounds, as in diagnoseSyntax: a kind hidden behind another's errors is found in the second.
  for (let round = 0; round < 2; round++) {
    for (const find of [fakeSpaceEdits, fakeDashEdits, curlyQuoteEdits]) {
      if (done.has(find)) continue;
      const edits = find(cur);
      if (edits.length === 0) continue;
      const next = applyEdits(cur, edits);
      const after = errorsOf(next);
      const clean = errors.length === 0 && after.length === 0 && find === curlyQuoteEdits;
      if (!clean && after.length >= errors.length) continue;
      // Offsets of later kinds are in the repaired text; every repair keeps the lines, so each
      // edit's line is the file's (its column is that of the text it applies to).
      done.add(find);
      kept.push(...edits);
      cur = next;
      errors = after;
    }
  }
  return kept.length ? { text: cur, edits: kept } : undefined;
}

// ---- Indentation: the open blocks' columns, as the parser sees them.

interface Suspect {
  line: number;
  indent: number;
  /** Columns (0-based) the line could be meant at, nearest first. */
  expected: number[];
}

/**
 * Lines whose indentation fits no open block: deeper than the block they are in without a
 * parent that opens a block, or shallower than the block but at no enclosing block's column.
 * Block scalars, comments and multi-line flow collections are skipped. A continued plain scalar
 * can look like a suspect; the repair check (a parse) rules such lines out.
 */
function indentSuspects(lines: Line[], upto: number): Suspect[] {
  const out: Suspect[] = [];
  const stack: number[] = [];
  let opens = true;
  let blockScalar = -1;
  let flow = 0;
  for (let n = 0; n < Math.min(lines.length, upto); n++) {
    const s = lines[n].text;
    let i = 0;
    while (i < s.length && s[i] === ' ') i++;
    const blank = i >= s.length || s[i] === '#';
    if (blockScalar >= 0) {
      if (blank || i > blockScalar) continue;
      blockScalar = -1;
    }
    if (blank) continue;
    if (flow > 0 || s.startsWith('---') || s.startsWith('...')) {
      flow = Math.max(0, flow + count(s, '[{') - count(s, ']}'));
      continue;
    }
    const indent = i;
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (indent > top) {
      if (!opens && top >= 0) out.push({ line: n + 1, indent, expected: [top] });
      else stack.push(indent);
    } else if (indent < top) {
      let popped = top;
      while (stack.length && stack[stack.length - 1] > indent) popped = stack.pop()!;
      const now = stack.length ? stack[stack.length - 1] : -1;
      if (now !== indent) {
        out.push({ line: n + 1, indent, expected: indent - now <= popped - indent && now >= 0 ? [now, popped] : [popped, ...(now >= 0 ? [now] : [])] });
        stack.push(popped);
      }
    }
    // The line's own levels: each `- ` opens one, at the column of what follows it.
    const { content, dashes } = contentStart(s);
    if (dashes.length) {
      while (stack.length && stack[stack.length - 1] > indent) stack.pop();
      if (stack[stack.length - 1] !== indent) stack.push(indent);
      for (let d = 1; d < dashes.length; d++) stack.push(dashes[d]);
      if (content < s.length) stack.push(content);
    }
    const rest = s
      .slice(content)
      .replace(/\s+#.*$/, '')
      .trimEnd();
    opens = rest === '' || /:$/.test(rest) || /:\s+[|>][-+0-9]*$/.test(rest) || /:\s+&\S+$/.test(rest);
    if (/:\s+[|>][-+0-9]*$/.test(rest) || /^[|>][-+0-9]*$/.test(rest)) {
      blockScalar = indent;
      opens = false;
    }
    flow = Math.max(0, count(rest, '[{') - count(rest, ']}'));
    if (flow > 0) opens = false;
  }
  return out;
}

function count(s: string, chars: string): number {
  let n = 0;
  let quote = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') break;
    else if (chars.includes(c)) n++;
  }
  return n;
}

/** The key a line starts with (`id:`), for naming a sibling; undefined when none. */
function keyOf(s: string): string | undefined {
  const { content } = contentStart(s);
  const colon = plainKeyColon(s, content);
  return colon >= 0 ? s.slice(content, colon) : undefined;
}

/** The nearest line (above first) whose content starts at `column`: the sibling to name. */
function siblingAt(lines: Line[], line: number, column: number): { line: number; key?: string } | undefined {
  for (let d = 1; d < 40; d++) {
    for (const n of [line - d, line + d]) {
      const l = lines[n - 1];
      if (!l || n === line) continue;
      const s = l.text;
      const { indentEnd, content } = contentStart(s);
      if (content >= s.length || s[content] === '#') continue;
      if (content === column || (indentEnd === column && s[indentEnd] !== '-')) return { line: n, key: keyOf(s) };
    }
  }
  return undefined;
}

// ---- The diagnosis.

/** Diagnoses the errors of text that does not parse; returns one problem per root cause. */
export function diagnoseSyntax(text: string, first: YamlError[], errorsOf: ErrorsOf): Diagnosed[] {
  // Duplicate keys are each their own cause, never a cascade: reported one by one, as before.
  const own = (e: YamlError) => e.code === 'DUPLICATE_KEY';
  const problems: Diagnosed[] = [];
  let tries = Math.max(0, MAX_TRIES - Math.floor(MAX_PARSED_CHARS / Math.max(1, text.length)));
  const reparse = (t: string) => {
    tries++;
    return errorsOf(t).filter((e) => !own(e));
  };
  let cur = text;
  let errors = first.filter((e) => !own(e));
  const sizeOk = text.length <= MAX_DIAGNOSED_BYTES;
  const folded = (before: number, after: number, main = 1) => Math.max(0, before - after - main);
  const followOn = (n: number) =>
    n > 1 ? ` It also caused the ${n} parser errors after it (not listed).` : n === 1 ? ' It also caused the parser error after it (not listed).' : '';

  if (sizeOk && errors.length) {
    // 1. Word artefacts, kind by kind.
    const kinds: { find: (t: string) => TextEdit[]; report: (edits: TextEdit[], n: number) => Diagnosed }[] = [
      {
        find: fakeSpaceEdits,
        report: (edits, n) => {
          const names = [...new Set(edits.map((e) => spacesName(cur[e.start])))];
          const ls = edits.map((e) => e.line);
          const one = new Set(ls).size === 1;
          const indentOnly = edits.every((e) => e.description.includes('in the indentation'));
          const after = edits.find((e) => !e.description.includes('in the indentation'));
          const where = after ? quote(after.description.replace(/^.* after `?|`? replaced by a space$/g, ''), 40) : '';
          return {
            ruleId: 'yaml/syntax',
            severity: 'error',
            message: indentOnly
              ? `${linesText(ls)} ${one ? 'is' : 'are'} indented with ${names.join(' and ')}, not ordinary spaces; YAML does not read them as spaces (shown as ⍽)`
              : `${linesText(ls)} ${one ? 'has' : 'have'} ${names.join(' and ')} where YAML needs an ordinary space (after ${where}${indentOnly || edits.some((e) => e.description.includes('in the indentation')) ? ' and in the indentation' : ''}; shown as ⍽)`,
            hint: `They usually come from pasting out of Word or a web page. Replace them with ordinary spaces; \`strategy-lint --fix\` does it for you.${followOn(n)}`,
            line: edits[0].line,
            column: edits[0].column,
            fixable: true,
          };
        },
      },
      {
        find: fakeDashEdits,
        report: (edits, n) => {
          const kinds = [...new Set(edits.map((e) => FAKE_DASHES[cur[e.start]]))];
          const ls = edits.map((e) => e.line);
          return {
            ruleId: 'yaml/syntax',
            severity: 'error',
            message: `${linesText(ls)} ${new Set(ls).size === 1 ? 'starts a list item' : 'start list items'} with ${kinds.join(' or ')} instead of a hyphen (-)`,
            hint: `Word turns "- " into a dash as you type. Start each list item with a plain hyphen-minus \`-\`; \`strategy-lint --fix\` does it for you.${followOn(n)}`,
            line: edits[0].line,
            column: edits[0].column,
            fixable: true,
          };
        },
      },
      {
        find: curlyQuoteEdits,
        report: (edits, n) => {
          const e = edits[0];
          const ls = edits.map((x) => x.line);
          const inner = JSON.parse(e.to) as string;
          const colon = /:(\s|$)/.test(inner);
          return {
            ruleId: 'yaml/syntax',
            severity: 'error',
            message:
              `${linesText(ls)} ${new Set(ls).size === 1 ? 'wraps a value' : 'wrap values'} in curly quotes (${cur[e.start]} ${cur[e.end - 1]}), which YAML does not read as quotes` +
              (colon ? ', so the colon inside the value is read as the start of another key' : ''),
            hint: `Use straight quotes: ${quote(e.to)}; \`strategy-lint --fix\` does it for you (word processors turn " into “ ” as you type).${followOn(n)}`,
            line: e.line,
            column: e.column,
            fixable: true,
          };
        },
      },
    ];
    // Each kind once; a kind hidden behind another's errors (a curly quote after a tab) is
    // found in the second round.
    const done = new Set<number>();
    let tabsDone = false;
    for (let round = 0; round < 2 && errors.length; round++) {
      kinds.forEach((k, i) => {
        if (!errors.length || done.has(i) || tries >= MAX_TRIES) return;
        const edits = k.find(cur);
        if (!edits.length) return;
        const after = reparse(applyEdits(cur, edits));
        if (after.length >= errors.length) return;
        done.add(i);
        problems.push(k.report(edits, folded(errors.length, after.length)));
        cur = applyEdits(cur, edits);
        errors = after;
      });

      // 2. Tabs in the indentation.
      if (!tabsDone && errors.length && cur.includes('\t') && errors.some((e) => e.code === 'TAB_AS_INDENT')) {
        tabsDone = true;
        const tabLines = [...new Set(tabEdits(cur, 2).map((e) => e.line))];
        let best: { width: number; errors: YamlError[] } | undefined;
        for (const width of [2, 4, 8]) {
          if (tries >= MAX_TRIES) break;
          const after = reparse(applyEdits(cur, tabEdits(cur, width)));
          if (!best || after.length < best.errors.length) best = { width, errors: after };
        }
        const firstTab = tabEdits(cur, 2)[0];
        const n = best ? folded(errors.length, best.errors.length) : errors.length - 1;
        problems.push({
          ruleId: 'yaml/syntax',
          severity: 'error',
          message: `${linesText(tabLines)} ${tabLines.length === 1 ? 'is' : 'are'} indented with a tab (shown as →); YAML does not allow tabs for indentation, only spaces`,
          hint:
            (best && best.errors.length < errors.length ? `Replace each tab with ${plural(best.width, 'space')}.` : 'Replace the tabs with spaces.') +
            ` Most editors can convert indentation to spaces.${followOn(n)}`,
          line: firstTab?.line ?? errors[0].line,
          column: firstTab?.column ?? errors[0].column,
        });
        if (best && best.errors.length < errors.length) {
          cur = applyEdits(cur, tabEdits(cur, best.width));
          errors = best.errors;
        } else {
          errors = [];
        }
      }
    }

    // 3. Indentation slips and `key:value`, at the first remaining error, up to three causes.
    for (let round = 0; round < 3 && errors.length && tries < MAX_TRIES; round++) {
      const found = indentationCause(cur, errors, reparse, () => tries < MAX_TRIES) ?? colonCause(cur, errors, reparse);
      if (!found) break;
      problems.push({ ...found.problem, hint: found.problem.hint + followOn(folded(errors.length, found.errors.length)) });
      cur = found.text;
      errors = found.errors;
    }
  }

  // 4. What no repair explains: the parser's first remaining error, with the count after it.
  if (errors.length) {
    const e = [...errors].sort((a, b) => a.line - b.line || a.column - b.column)[0];
    const rest = errors.length - 1;
    const general = generalHint(e, splitLines(cur));
    problems.push({
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: cleanMessage(e),
      hint:
        general +
        (rest > 1
          ? ` The ${rest} parser errors after it probably follow from this one (not listed); fix it and run again.`
          : rest === 1
            ? ' The parser error after it probably follows from this one (not listed); fix it and run again.'
            : ''),
      line: e.line,
      column: e.column,
    });
  }
  for (const e of first.filter(own)) problems.push({ ruleId: 'yaml/syntax', severity: 'error', message: cleanMessage(e), line: e.line, column: e.column });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

interface Found {
  problem: Diagnosed;
  text: string;
  errors: YamlError[];
}

/** An indentation slip near the first error, confirmed by re-indenting the line and parsing again. */
function indentationCause(text: string, errors: YamlError[], reparse: (t: string) => YamlError[], more: () => boolean): Found | undefined {
  const firstLine = Math.min(...errors.map((e) => e.line));
  const lines = splitLines(text);
  const suspects = indentSuspects(lines, firstLine + 2)
    .filter((s) => s.line >= firstLine - 3)
    .sort((a, b) => Math.abs(a.line - firstLine) - Math.abs(b.line - firstLine) || a.line - b.line);
  let best: (Found & { score: number }) | undefined;
  for (const s of suspects.slice(0, 4)) {
    for (const col of s.expected) {
      if (!more()) break;
      const l = lines[s.line - 1];
      // The same slip on the lines that follow at the same indentation (a block pasted one space
      // off) is one cause: the group is re-indented together when that does better.
      const group = [s.line];
      for (let n = s.line + 1; n <= lines.length; n++) {
        const t = lines[n - 1].text;
        if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
        if (t.length - t.trimStart().length !== s.indent || !/^ *[^ \t]/.test(t)) break;
        group.push(n);
      }
      const attempt = (ns: number[]) => {
        const text2 = applyEdits(
          text,
          ns.map(
            (n): TextEdit => ({ start: lines[n - 1].start, end: lines[n - 1].start + s.indent, to: ' '.repeat(col), line: n, column: 1, description: '' }),
          ),
        );
        const errs = reparse(text2);
        const moved = errs.length === 0 || Math.min(...errs.map((e) => e.line)) > ns[ns.length - 1];
        return moved && errs.length < errors.length ? { lines: ns, text: text2, errors: errs } : undefined;
      };
      const chosen = (group.length > 1 ? attempt(group) : undefined) ?? (more() ? attempt([s.line]) : undefined);
      if (!chosen) continue;
      if (best && chosen.errors.length >= best.score) continue;
      const many = chosen.lines.length > 1;
      const sib = siblingAt(lines, s.line, col);
      const key = keyOf(l.text);
      const what = many ? `${linesText(chosen.lines)}` : key ? quote(key + ':') : `line ${s.line}`;
      const extra = s.indent - col;
      best = {
        score: chosen.errors.length,
        text: chosen.text,
        errors: chosen.errors,
        problem: {
          ruleId: 'yaml/syntax',
          severity: 'error',
          message:
            `${many ? `${linesText(chosen.lines)} are` : `line ${s.line} is`} indented ${plural(s.indent, 'space')}; ${sib ? `${many ? 'their' : 'its'} siblings use ${col}` : `the block ${many ? 'they belong' : 'it belongs'} to uses ${col}`}` +
            (sib ? ` (${sib.key ? `${quote(sib.key + ':')} on line ${sib.line}` : `line ${sib.line}`})` : ''),
          hint:
            `Indent ${what} with ${plural(col, 'space')}${sib?.key ? ` so that ${many ? 'they line' : 'it lines'} up with ${quote(sib.key + ':')}` : ''}. YAML reads the structure from the indentation: ` +
            (extra > 0
              ? `${extra === 1 ? 'one space' : `${extra} spaces`} too many ${extra === 1 ? 'makes' : 'make'} the line part of the value above.`
              : 'a line indented less than its siblings ends their block early.'),
          line: s.line,
          column: 1,
        },
      };
      if (chosen.errors.length === 0) return best;
    }
  }
  return best;
}

/** `key:value` with no space after the colon, on the line of the first error. */
function colonCause(text: string, errors: YamlError[], reparse: (t: string) => YamlError[]): Found | undefined {
  const firstLine = Math.min(...errors.map((e) => e.line));
  const lines = splitLines(text);
  for (const n of [firstLine - 1, firstLine, firstLine + 1]) {
    const l = lines[n - 1];
    if (!l) continue;
    const s = l.text;
    const { content } = contentStart(s);
    const m = /^([\p{L}_][\p{L}\p{N}_-]*):(?=[^\s:/])/u.exec(s.slice(content));
    if (!m) continue;
    const at = l.start + content + m[0].length;
    const next = text.slice(0, at) + ' ' + text.slice(at);
    const after = reparse(next);
    if (after.length >= errors.length) continue;
    return {
      text: next,
      errors: after,
      problem: {
        ruleId: 'yaml/syntax',
        severity: 'error',
        message: `line ${n} has no space after the colon of ${quote(m[1] + ':')}, so YAML reads the whole line as text, not as a key and a value`,
        hint: `Put a space after the colon: ${quote(m[1] + ': …')}.`,
        line: n,
        column: content + m[0].length,
      },
    };
  }
  return undefined;
}

/** yaml's message without positions and excerpts, in plainer words for the common codes. */
export function cleanMessage(e: YamlError): string {
  const first = e.message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?.*$/, '')
    .trim();
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a key appears twice in the same mapping (the second would silently replace the first)';
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML; indent with spaces';
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents; a plan is one document';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `the parser cannot tell where a key ends here (${first})`;
    default:
      return /multiple documents/i.test(first) ? 'the file holds several YAML documents; a plan is one document' : first;
  }
}

function generalHint(e: YamlError, lines: Line[]): string {
  const s = lines[e.line - 1]?.text ?? '';
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    return /:\s+[^"'\s][^#]*:\s/.test(s)
      ? 'The value on this line contains ": ", which starts another key. Put the value in straight quotes ("…"), or put the inner key on its own line, indented under this one.'
      : 'Check the indentation of this line and the one above it, and quote values that contain ": " or " #".';
  }
  if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) return 'Close the quote on the same value, or remove the opening one.';
  if (e.code === 'MISSING_CHAR' && /\]|\}/.test(e.message)) return 'Close the list `[...]` or mapping `{...}`, or write it as a block list with `- ` items.';
  if (e.code === 'BAD_INDENT' || e.code === 'MISSING_CHAR')
    return 'Check the indentation of this line against the lines above it (spaces only, the same number for siblings).';
  return 'Fix the YAML at this position: indentation with spaces, matching quotes and brackets.';
}

// ---- Scans of files that parse: cheap, and only when the text holds the characters at all.

/** Lines with a value wrapped in curly quotes (YAML keeps the quotes as part of the text). */
export function curlyQuotedValues(text: string): TextEdit[] {
  return curlyQuoteEdits(text);
}

/** Comment lines holding a leftover TODO, FIXME or TBD marker (1-based line and column). */
export function todoComments(text: string): { line: number; column: number }[] {
  if (!/TODO|FIXME|TBD/.test(text)) return [];
  const out: { line: number; column: number }[] = [];
  const lines = splitLines(text);
  const bodies = blockScalarBodies(lines);
  lines.forEach((l, n) => {
    const s = l.text;
    if (bodies.has(n)) return;
    const hash = commentStart(s);
    if (hash < 0) return;
    const m = /\b(TODO|FIXME|TBD)\b/.exec(s.slice(hash));
    if (m && !/strategy-lint-(disable|enable)|yaml-language-server/.test(s)) out.push({ line: n + 1, column: hash + m.index + 1 });
  });
  return out;
}

/** Index of the `#` that starts a comment on a line (not inside quotes), or -1. */
function commentStart(s: string): number {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(s[i - 1]))) quote = c;
    else if (c === '#' && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '\t')) return i;
  }
  return -1;
}
