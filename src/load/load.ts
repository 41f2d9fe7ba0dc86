// Read a plan file and parse it with positions. Nothing in a plan is executed: the YAML core
// schema builds only maps, sequences and scalars; tags that would construct objects are findings.
// Synchronous reads on purpose: one stat and one read per file; the asynchronous versions add
// thread-pool round trips (and a file-handle close that can hold the process open for ~10 ms).
import { LineCounter, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { parseFast } from './fast-yaml.js';
import { cleanMessage, curlyQuotedValues, diagnoseSyntax, linesText, todoComments, type YamlError } from './diagnose.js';
import { readFailureText, readRegularFile } from './files.js';
import { buildPositionIndex, pointer, type PositionIndex } from './pointer.js';
import { checkAliasExpansion, parseYamlDocument } from './yaml-document.js';

export interface Limits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Largest number of alias nodes resolved (billion-laughs guard). */
  maxAliases: number;
  /** Deepest nesting accepted. */
  maxDepth: number;
  /** Most findings reported for one file. */
  maxFindings: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxAliases: 100,
  maxDepth: 64,
  maxFindings: 500,
};

/**
 * The YAML parser recurses once per nesting level; past a few hundred levels the stack runs out.
 * `maxDepth` is capped here whatever the configuration says, so a raised limit cannot turn a deep
 * document into a crash.
 */
export const HARD_MAX_DEPTH = 500;

/** Where each limit is raised: the configuration key and the command-line flag. */
export const LIMIT_SETTINGS: Record<keyof Limits, { key: string; flag: string }> = {
  maxFileBytes: { key: 'limits.max_file_bytes', flag: '--max-file-size' },
  maxAliases: { key: 'limits.max_aliases', flag: '--max-aliases' },
  maxDepth: { key: 'limits.max_depth', flag: '--max-depth' },
  maxFindings: { key: 'limits.max_findings', flag: '--max-findings' },
};

/** "raise it with --max-depth or limits.max_depth in the configuration" */
export function howToRaise(limit: keyof Limits): string {
  const s = LIMIT_SETTINGS[limit];
  return `raise it with ${s.flag} or \`${s.key}\` in the configuration`;
}

/**
 * Parses a limit given on the command line: a non-negative integer, for sizes optionally with a
 * unit (`500KB`, `5MB`, `1GiB`; KB/MB/GB are powers of 1024 as in most tools). Undefined when invalid.
 */
export function parseLimitValue(value: string, bytes = false): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value);
  if (!m || (!bytes && m[2])) return undefined;
  const unit = (m[2] ?? '').toLowerCase().replace(/i?b$/, '');
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Number(m[1]) * factor;
  if (!Number.isFinite(n) || (!bytes && !Number.isInteger(n)) || n > Number.MAX_SAFE_INTEGER) return undefined;
  return Math.floor(n);
}

/** Values of the `--max-*` flags, as commander gives them. */
export interface LimitFlags {
  maxFileSize?: string;
  maxAliases?: string;
  maxDepth?: string;
  maxFindings?: string;
}

/** The limits set on the command line, or a usage message naming the bad flag. */
export function limitsFromFlags(flags: LimitFlags): Partial<Limits> | string {
  const out: Partial<Limits> = {};
  const read = (raw: string | undefined, limit: keyof Limits, min: number, max = Number.MAX_SAFE_INTEGER, bytes = false) => {
    if (raw === undefined) return undefined;
    const n = parseLimitValue(raw, bytes);
    const flag = LIMIT_SETTINGS[limit].flag;
    if (n === undefined || n < min || n > max) {
      const unit = bytes ? ' (bytes, or with a unit: 500KB, 5MB)' : '';
      return `${flag} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}${unit}, got "${raw.replace(/[^\x20-\x7e]/g, '?').slice(0, 40)}"`;
    }
    out[limit] = n;
    return undefined;
  };
  return (
    read(flags.maxFileSize, 'maxFileBytes', 1, Number.MAX_SAFE_INTEGER, true) ??
    read(flags.maxAliases, 'maxAliases', 0) ??
    read(flags.maxDepth, 'maxDepth', 1, HARD_MAX_DEPTH) ??
    read(flags.maxFindings, 'maxFindings', 1) ??
    out
  );
}

export interface SourceProblem {
  /** `io` for a file that cannot be read at all (usage error), `content` for bytes that are not a plan. */
  kind: 'io' | 'content';
  /** For `content`: a limit exceeded (`yaml/limit`) or bytes that are not YAML text (`yaml/syntax`). */
  ruleId?: 'yaml/syntax' | 'yaml/limit';
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

/** A problem found while parsing, located in the source. */
export interface ParseProblem {
  ruleId: 'yaml/syntax' | 'yaml/limit' | 'yaml/curly-quotes' | 'yaml/todo';
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint?: string;
  line: number;
  column: number;
  /** `--fix` repairs it (src/engine/fix.ts). */
  fixable?: boolean;
  /** Every line the problem covers (curly-quoted values on several lines). */
  lines?: number[];
}

export interface ParsedPlan {
  text: string;
  /** The yaml document; absent when the fast parser (fast-yaml.ts) read the plan. */
  doc?: Document;
  /** The plain data, or undefined when the document has errors. */
  data: unknown;
  index: PositionIndex;
  problems: ParseProblem[];
}

/** Reads a file as UTF-8 text, refusing what is not a readable, reasonably sized text file. */
export async function readSource(path: string, limits: Limits = DEFAULT_LIMITS): Promise<{ text: string } | { problem: SourceProblem }> {
  const read = readRegularFile(path, limits.maxFileBytes);
  if ('buf' in read) return decode(read.buf);
  const f = read.failure;
  if (f.kind !== 'too-large') return { problem: { kind: 'io', message: readFailureText(f, 'plan file', limits.maxFileBytes) } };
  return { problem: tooLarge(f.bytes, limits) };
}

/**
 * Bytes of a plan obtained otherwise than by reading its file (a version from git, for `diff
 * --against`), held to the same size limit and decoding as a file that is read.
 */
export function sourceOf(buf: Buffer, limits: Limits = DEFAULT_LIMITS, size = buf.length): { text: string } | { problem: SourceProblem } {
  return size > limits.maxFileBytes ? { problem: tooLarge(size, limits) } : decode(buf);
}

function tooLarge(bytes: number, limits: Limits): SourceProblem {
  return {
    kind: 'content',
    ruleId: 'yaml/limit',
    message: `file is ${bytes} bytes, above the maximum file size of ${limits.maxFileBytes} bytes; it was not linted`,
    hint: `A strategy plan is a few kilobytes; if this file really is one, ${howToRaise('maxFileBytes')}.`,
    line: 1,
    column: 1,
  };
}

/** Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a problem. */
export function decode(buf: Buffer): { text: string } | { problem: SourceProblem } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = buf.subarray(2);
    const swapped = le ? body : Buffer.from(body).swap16();
    return checkText(new TextDecoder('utf-16le').decode(swapped.subarray(0, swapped.length - (swapped.length % 2))));
  }
  // A NUL byte outside UTF-16 means binary data (an image, an archive, a compiled file).
  const nulByte = buf.indexOf(0);
  if (nulByte >= 0) {
    const at = positionOf(new TextDecoder('utf-8').decode(buf.subarray(0, nulByte)));
    return {
      problem: {
        kind: 'content',
        ruleId: 'yaml/syntax',
        message: 'file contains binary data (a NUL byte), not YAML text',
        hint: 'Lint the YAML plan itself, saved as UTF-8 text (UTF-16 text needs a byte-order mark).',
        ...at,
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    return {
      problem: {
        kind: 'content',
        ruleId: 'yaml/syntax',
        message: 'file is not valid UTF-8 text',
        hint: 'Save the file as UTF-8 (or UTF-16 with a byte-order mark).',
        ...at,
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(text);
}

function checkText(text: string): { text: string } | { problem: SourceProblem } {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      problem: {
        kind: 'content',
        ruleId: 'yaml/syntax',
        message: 'file contains binary data (a NUL character), not YAML text',
        ...positionOf(text.slice(0, nul)),
      },
    };
  }
  return { text };
}

/** Line and column (1-based) of the character that follows `before`. */
function positionOf(before: string): { line: number; column: number } {
  const nl = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - nl };
}

function firstInvalidUtf8(buf: Buffer): { line: number; column: number } {
  // Decode leniently and find the first replacement character: good enough to point at the line.
  const lenient = new TextDecoder('utf-8').decode(buf);
  const at = lenient.indexOf('\ufffd');
  return positionOf(lenient.slice(0, Math.max(0, at)));
}

/** Parses YAML text into data plus a position index; syntax errors become problems, never exceptions. */
export function parsePlan(text: string, limits: Limits = DEFAULT_LIMITS, options: { fast?: boolean } = {}): ParsedPlan {
  const lineCounter = new LineCounter();
  const refuse = (problem: ParseProblem): ParsedPlan => {
    const doc = parseDocument('', { lineCounter: new LineCounter() });
    return { text, doc, data: undefined, index: buildPositionIndex(doc, new LineCounter()), problems: [problem] };
  };
  const depthLimit = Math.min(limits.maxDepth, HARD_MAX_DEPTH);
  const tooDeep = (at: { line: number; column: number }) =>
    refuse({
      ruleId: 'yaml/limit',
      severity: 'error',
      message: `nesting is deeper than the maximum depth of ${depthLimit} levels; the file was not parsed`,
      hint:
        depthLimit < HARD_MAX_DEPTH
          ? `A strategy plan needs only a few levels; if this is intended, ${howToRaise('maxDepth')} (at most ${HARD_MAX_DEPTH}).`
          : `${HARD_MAX_DEPTH} levels is the most the parser accepts; flatten the document.`,
      line: at.line,
      column: at.column,
    });
  // The limit is on the nesting of the data, whichever parser read it (firstTooDeep). Plans are
  // simple block YAML: most are read by the fast parser (fast-yaml.ts, iterative, so any depth is
  // safe for it), which gives the same data and positions and returns undefined for anything it
  // does not handle (or that `yaml` would warn of). `yaml`'s parser is recursive: a line-by-line
  // pre-scan (maxDepth) refuses deep text before it sees it.
  const fast = options.fast === false ? undefined : parseFast(text);
  if (fast) {
    const deep = firstTooDeep(fast.data, depthLimit);
    return deep === undefined ? { text, data: fast.data, index: fast.index, problems: textProblems(text) } : tooDeep(fast.index.locate(deep));
  }
  const depth = maxDepth(text, depthLimit);
  if (depth) return tooDeep(depth);
  try {
    const parsed = parseChecked(text, limits, lineCounter);
    const deep = firstTooDeep(parsed.data, depthLimit);
    if (deep !== undefined) return tooDeep(parsed.index.locate(deep));
    if (parsed.data !== undefined) parsed.problems.push(...textProblems(text));
    return parsed;
  } catch (e) {
    // The pre-scan keeps nesting far below the parser's recursion limit; this is the last guard.
    const overflow = e instanceof RangeError;
    return refuse({
      ruleId: overflow ? 'yaml/limit' : 'yaml/syntax',
      severity: 'error',
      message: overflow ? 'the document is nested too deeply to be parsed' : 'the file cannot be parsed as YAML',
      line: 1,
      column: 1,
    });
  }
}

/** How `yaml` reads a plan (the fast path in fast-yaml.ts must agree with it; its tests use this too). */
export const PLAN_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: true,
  strict: true,
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  keepSourceTokens: false,
  // The library's own warnings (a collection used as a key) would go to stderr raw, quoting the key:
  // the data says the same, and the schema reports the key (src/util/safe-text.ts, SECURITY.md).
  logLevel: 'error',
};

function parseChecked(text: string, limits: Limits, lineCounter: LineCounter): ParsedPlan {
  const problems: ParseProblem[] = [];
  const doc = parseYamlDocument(text, { ...PLAN_YAML_OPTIONS, lineCounter });
  const at = (e: { pos: [number, number] }) => lineCounter.linePos(e.pos[0]);
  const syntax: YamlError[] = [];
  for (const e of doc.errors) {
    const p = at(e);
    if (/call stack/i.test(e.message)) {
      problems.push({
        ruleId: 'yaml/limit',
        severity: 'error',
        message: 'the document is nested too deeply to be parsed',
        line: p?.line ?? 1,
        column: p?.col ?? 1,
      });
      continue;
    }
    syntax.push({ line: p?.line ?? 1, column: p?.col ?? 1, message: e.message, code: e.code });
  }
  // One finding per root cause, with the parser's cascade folded into it (diagnose.ts).
  if (syntax.length) problems.push(...diagnoseSyntax(text, syntax, yamlErrors));
  for (const w of doc.warnings) {
    const p = at(w);
    const isTag = w.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(w.message);
    problems.push({
      ruleId: 'yaml/syntax',
      severity: isTag ? 'error' : 'warning',
      message: isTag
        ? 'custom YAML tags are not allowed in a plan (a plan is data: nothing in it is constructed or executed)'
        : cleanMessage({ line: 0, column: 0, message: w.message, code: w.code }),
      hint: isTag ? 'Remove the `!tag` and write the value as a plain string, number or list.' : undefined,
      line: p?.line ?? 1,
      column: p?.col ?? 1,
    });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      // Aliases count the size of what they expand to (yaml's own count stays as a second guard).
      checkAliasExpansion(doc, limits.maxAliases);
      data = doc.toJS({ maxAliasCount: limits.maxAliases });
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      const unresolved = /^Unresolved alias.*: (.*)$/.exec(msg);
      if (unresolved) {
        const p = firstAlias(doc, lineCounter, unresolved[1]);
        problems.push({
          ruleId: 'yaml/syntax',
          severity: 'error',
          message: 'an alias (`*name`) refers to an anchor (`&name`) that is not defined before it',
          hint: 'Define the anchor first, or write the value out.',
          line: p?.line ?? 1,
          column: p?.col ?? 1,
        });
      } else {
        const alias = /alias/i.test(msg);
        const p = alias ? firstAlias(doc, lineCounter) : undefined;
        problems.push({
          ruleId: 'yaml/limit',
          severity: 'error',
          message: alias
            ? `aliases expand to more than the maximum alias count of ${limits.maxAliases} (possible alias bomb); the file was not expanded`
            : e instanceof RangeError
              ? 'the document is nested too deeply to be converted to data'
              : 'the document cannot be converted to data',
          hint: alias ? `Write the values out instead of using anchors and aliases (*name), or ${howToRaise('maxAliases')}.` : undefined,
          line: p?.line ?? 1,
          column: p?.col ?? 1,
        });
      }
    }
  }
  return { text, doc, data, index: buildPositionIndex(doc, lineCounter), problems };
}

/**
 * Where the first collection (in document order) nested deeper than `limit` levels starts (`{a: 1}`
 * is one level, `{a: [1]}` two), as a pointer, or undefined; without recursion. Only collections
 * are stacked, and a pointer is made only for the one found. A mapping's value is located at its
 * key, so a collection under a key is pointed at by its first entry: the first line too deep.
 */
function firstTooDeep(data: unknown, limit: number): string | undefined {
  interface Entry {
    value: object;
    depth: number;
    parent: Entry | undefined;
    key: string;
  }
  if (data === null || typeof data !== 'object') return undefined;
  const stack: Entry[] = [{ value: data, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.depth > limit) {
      const tokens: string[] = [];
      for (let x: Entry | undefined = e; x?.parent; x = x.parent) tokens.push(x.key);
      tokens.reverse();
      const first = Array.isArray(e.value) ? (e.value.length > 0 ? '0' : undefined) : Object.keys(e.value)[0];
      if (e.parent && !Array.isArray(e.parent.value) && first !== undefined) tokens.push(first);
      return pointer(...tokens);
    }
    // Children pushed last to first, so that the first one is looked at first.
    if (Array.isArray(e.value)) {
      for (let i = e.value.length - 1; i >= 0; i--) {
        const v: unknown = e.value[i];
        if (v !== null && typeof v === 'object') stack.push({ value: v, depth: e.depth + 1, parent: e, key: String(i) });
      }
    } else {
      const entries = Object.entries(e.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i];
        if (v !== null && typeof v === 'object') stack.push({ value: v, depth: e.depth + 1, parent: e, key });
      }
    }
  }
  return undefined;
}

/** Position of the first alias (`*name`) in the document, or of the first one naming `source`. */
function firstAlias(doc: Document, lineCounter: LineCounter, source?: string): { line: number; col: number } | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (source !== undefined && node.source !== source) return undefined;
      if (node.range) found = node.range[0];
      return visit.BREAK;
    },
  });
  return found === undefined ? undefined : lineCounter.linePos(found);
}

/** The syntax errors of text parsed as a plan (the diagnosis parses repaired copies with it). */
export function yamlErrors(text: string): YamlError[] {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseYamlDocument(text, { ...PLAN_YAML_OPTIONS, lineCounter });
  } catch {
    return [{ line: 1, column: 1, message: 'the file cannot be parsed as YAML', code: 'IMPOSSIBLE' }];
  }
  return doc.errors.map((e) => {
    const p = lineCounter.linePos(e.pos[0]);
    return { line: p.line, column: p.col, message: e.message, code: e.code };
  });
}

/**
 * What a scan of the text finds in a plan that parses: values wrapped in curly quotes (YAML keeps
 * the quotes as part of the text, so `type: “clinic”` is not `clinic`), and leftover `# TODO`
 * comments. Each scan starts only when the text holds the characters it looks for.
 */
function textProblems(text: string): ParseProblem[] {
  const out: ParseProblem[] = [];
  const curly = curlyQuotedValues(text);
  if (curly.length) {
    const lines = curly.map((e) => e.line);
    const many = new Set(lines).size > 1;
    out.push({
      ruleId: 'yaml/curly-quotes',
      severity: 'warning',
      message: `${linesText(lines)} ${many ? 'wrap values' : 'wraps a value'} in curly quotes (${text[curly[0].start]} ${text[curly[0].end - 1]}), which YAML keeps as part of the text: the quotes become part of the value`,
      hint: 'Use straight quotes ("…") or none; `strategy-lint --fix` does it for you (word processors turn " into “ ” as you type).',
      line: curly[0].line,
      column: curly[0].column,
      lines,
    });
  }
  const todos = todoComments(text);
  if (todos.length) {
    out.push({
      ruleId: 'yaml/todo',
      severity: 'info',
      message: `${todos.length === 1 ? 'a `# TODO` comment is' : `${todos.length} \`# TODO\` comments are`} left in the plan (${linesText(todos.map((t) => t.line))}): ${todos.length === 1 ? 'a decision' : 'decisions'} still to make`,
      hint: 'Make the decision, write it in the plan and delete the marker. `strategy-lint init` marks with TODO the fields only you can fill in.',
      line: todos[0].line,
      column: todos[0].column,
    });
  }
  return out;
}

/**
 * Cheap pre-scan of the nesting depth so a 10,000-deep document is refused before the (recursive)
 * parser sees it. Block levels are tracked as a stack of indentation columns (each `- ` of a
 * compact sequence opens one more), flow levels by `[` and `{` that start a collection; quoted
 * strings, comments and block scalars are skipped. Linear in the size of the text.
 */
export function maxDepth(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: string | null = null;
  /** Indentation of the line that opened a block scalar (`|` or `>`); deeper lines are its text. */
  let blockScalar = -1;
  let line = 1;
  for (let i = 0; i <= text.length; line++) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = text.length;
    let j = i;
    while (j < eol && text[j] === ' ') j++;
    const blank = j >= eol || text[j] === '\r' || text[j] === '#';
    const indent = j - i;
    if (blockScalar >= 0 && (blank || indent > blockScalar)) {
      i = eol + 1;
      continue;
    }
    blockScalar = -1;
    if (!quote && flow === 0 && !blank) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // A compact sequence opens one level per dash: `- - - x`.
      while (text[j] === '-' && (j + 1 >= eol || text[j + 1] === ' ' || text[j + 1] === '\r')) {
        j++;
        while (j < eol && text[j] === ' ') j++;
        if (j >= eol) break;
        indents.push(j - i);
        if (indents.length > limit) return { line, column: j - i + 1 };
      }
      if (indents.length > limit) return { line, column: j - i + 1 };
    }
    for (let k: number = quote ? i : j; k < eol; k++) {
      const ch: string = text[k];
      if (quote) {
        if (quote === '"' && ch === '\\') k++;
        else if (ch === quote) {
          if (quote === "'" && text[k + 1] === "'") k++;
          else quote = null;
        }
        continue;
      }
      if (ch === '#' && (k === i || text[k - 1] === ' ' || text[k - 1] === '\t')) break;
      if ((ch === '"' || ch === "'") && startsNode(text, k, i)) quote = ch;
      else if ((ch === '[' || ch === '{') && startsNode(text, k, i)) {
        flow++;
        if (indents.length + flow > limit) return { line, column: k - i + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
      else if ((ch === '|' || ch === '>') && flow === 0 && startsNode(text, k, i) && /^[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(k, eol))) {
        blockScalar = indent;
        break;
      }
    }
    i = eol + 1;
  }
  return undefined;
}

/** Whether position k starts a node: only spaces, or an indicator (`:` `-` `?` `,` `[` `{`), before it. */
function startsNode(text: string, k: number, lineStart: number): boolean {
  let p = k - 1;
  while (p >= lineStart && (text[p] === ' ' || text[p] === '\t')) p--;
  return p < lineStart || ':-?,[{'.includes(text[p]);
}
