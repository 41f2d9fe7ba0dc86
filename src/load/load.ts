// Read a plan file and parse it with positions. Nothing in a plan is executed: the YAML core
// schema builds only maps, sequences and scalars; tags that would construct objects are findings.
import { promises as fs } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { buildPositionIndex, type PositionIndex } from './pointer.js';

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

export interface SourceProblem {
  /** `io` for a file that cannot be read at all (usage error), `content` for bytes that are not a plan. */
  kind: 'io' | 'content';
  message: string;
  line?: number;
  column?: number;
}

/** A problem found while parsing, located in the source. */
export interface ParseProblem {
  ruleId: 'yaml/syntax' | 'yaml/limit';
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  line: number;
  column: number;
}

export interface ParsedPlan {
  text: string;
  doc: Document;
  /** The plain data, or undefined when the document has errors. */
  data: unknown;
  index: PositionIndex;
  problems: ParseProblem[];
}

/** Reads a file as UTF-8 text, refusing what is not a readable, reasonably sized text file. */
export async function readSource(
  path: string,
  limits: Limits = DEFAULT_LIMITS,
): Promise<{ text: string } | { problem: SourceProblem }> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    return { problem: { kind: 'io', message: ioMessage(e, 'cannot read file') } };
  }
  if (stat.isDirectory()) return { problem: { kind: 'io', message: 'is a directory, not a plan file' } };
  if (!stat.isFile()) return { problem: { kind: 'io', message: 'is not a regular file' } };
  if (stat.size > limits.maxFileBytes) {
    return {
      problem: {
        kind: 'content',
        message: `file is ${stat.size} bytes, above the limit of ${limits.maxFileBytes} bytes (limits.max_file_bytes / --max-file-size)`,
        line: 1,
        column: 1,
      },
    };
  }
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    return { problem: { kind: 'io', message: ioMessage(e, 'cannot read file') } };
  }
  return decode(buf);
}

/** Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a problem. */
export function decode(buf: Buffer): { text: string } | { problem: SourceProblem } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = buf.subarray(2);
    const swapped = le ? body : Buffer.from(body).swap16();
    return checkText(new TextDecoder('utf-16le').decode(swapped.subarray(0, swapped.length - (swapped.length % 2))));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    return { problem: { kind: 'content', message: 'file is not valid UTF-8 text (save it as UTF-8)', ...at } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(text);
}

function checkText(text: string): { text: string } | { problem: SourceProblem } {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    const column = nul - before.lastIndexOf('\n');
    return { problem: { kind: 'content', message: 'file contains binary data (a NUL byte), not YAML text', line, column } };
  }
  return { text };
}

function firstInvalidUtf8(buf: Buffer): { line: number; column: number } {
  // Decode leniently and find the first replacement character: good enough to point at the line.
  const lenient = new TextDecoder('utf-8').decode(buf);
  const at = lenient.indexOf('\ufffd');
  const before = lenient.slice(0, Math.max(0, at));
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

function ioMessage(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a plan file';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop)';
    default:
      return code ? `${fallback} (${code})` : fallback;
  }
}

/** Parses YAML text into data plus a position index; syntax errors become problems, never exceptions. */
export function parsePlan(text: string, limits: Limits = DEFAULT_LIMITS): ParsedPlan {
  const lineCounter = new LineCounter();
  const problems: ParseProblem[] = [];
  const depth = maxDepth(text, limits.maxDepth);
  if (depth) {
    const doc = parseDocument('', { lineCounter });
    problems.push({
      ruleId: 'yaml/limit',
      severity: 'error',
      message: `nesting is deeper than the limit of ${limits.maxDepth} levels (limits.max_depth)`,
      hint: 'A strategy plan needs only a few levels; raise limits.max_depth in the configuration if this is intended.',
      line: depth.line,
      column: depth.column,
    });
    return { text, doc, data: undefined, index: buildPositionIndex(doc, lineCounter), problems };
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    keepSourceTokens: false,
  });
  const at = (e: { pos: [number, number] }) => lineCounter.linePos(e.pos[0]);
  for (const e of doc.errors) {
    const p = at(e);
    problems.push({
      ruleId: 'yaml/syntax',
      severity: 'error',
      message: cleanYamlMessage(e.message, e.code),
      line: p?.line ?? 1,
      column: p?.col ?? 1,
    });
  }
  for (const w of doc.warnings) {
    const p = at(w);
    const isTag = w.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(w.message);
    problems.push({
      ruleId: 'yaml/syntax',
      severity: isTag ? 'error' : 'warning',
      message: isTag
        ? 'custom YAML tags are not allowed in a plan (a plan is data: nothing in it is constructed or executed)'
        : cleanYamlMessage(w.message, w.code),
      hint: isTag ? 'Remove the `!tag` and write the value as a plain string, number or list.' : undefined,
      line: p?.line ?? 1,
      column: p?.col ?? 1,
    });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliases });
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      problems.push({
        ruleId: 'yaml/limit',
        severity: 'error',
        message: /alias/i.test(msg)
          ? `too many alias references (above the limit of ${limits.maxAliases}, limits.max_aliases): possible alias bomb`
          : 'the document cannot be converted to data',
        hint: 'Write the values out instead of using anchors and aliases, or raise limits.max_aliases.',
        line: 1,
        column: 1,
      });
    }
  }
  return { text, doc, data, index: buildPositionIndex(doc, lineCounter), problems };
}

/** yaml's messages carry positions and source excerpts; keep only the human sentence. */
function cleanYamlMessage(message: string, code: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?.*$/, '').trim();
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'duplicate key: a key appears twice in the same mapping (the second would silently replace the first)',
    TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; indent with spaces',
    MULTIPLE_DOCS: 'the file holds several YAML documents; a plan is one document',
  };
  if (code === 'MULTIPLE_DOCS' || /multiple documents/i.test(first)) return known.MULTIPLE_DOCS;
  return known[code] ?? first;
}

/** Cheap pre-scan of flow/indent nesting so a 10,000-deep document is refused before parsing. */
function maxDepth(text: string, limit: number): { line: number; column: number } | undefined {
  let flow = 0;
  let line = 1;
  let col = 0;
  let inQuote: string | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    col++;
    if (ch === '\n') {
      line++;
      col = 0;
      lineStart = true;
      indent = 0;
      if (inQuote === "'" || inQuote === '"') continue;
      continue;
    }
    if (lineStart) {
      if (ch === ' ' || ch === '-') {
        indent++;
        if (indent / 2 > limit) return { line, column: col };
        continue;
      }
      lineStart = false;
    }
    if (inQuote) {
      if (ch === inQuote) inQuote = null;
      continue;
    }
    if (ch === '#') {
      // Comment to end of line.
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      col += nl - i - 1;
      i = nl - 1;
      continue;
    }
    if (ch === '"' || ch === "'") inQuote = ch;
    else if (ch === '[' || ch === '{') {
      flow++;
      if (flow > limit) return { line, column: col };
    } else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
  }
  return undefined;
}
