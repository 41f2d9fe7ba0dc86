// `--fix`: mechanical, safe fixes, computed from the plan by this one module (rules stay pure
// checkers). A fix only ever rewrites a value that is already there into the form the format
// expects; it never adds a value a human must decide (a target, a consent, an amount).
//
// Fixes:
// - platform aliases (`Twitter` -> `x`, `FB` -> `facebook`, `LinkedIn` -> `linkedin`, ...) wherever
//   a platform is named: channels[].platform, budget.lines[].channel, content.calendar[].channel;
// - any allowed value of the schema written in another case or with other separators
//   (`type: Clinic` -> `clinic`, `category: Paid_Media` -> `paid-media`);
// - an id and its references that differ only in case or separators (`New_Parents` referenced as
//   `new-parents`): the id and every reference to it become the same kebab-case id.
//
// Edits are applied to the source text at the value's exact range (found with yaml's Document
// API), so comments, quoting, key order and formatting are kept byte for byte everywhere else.
import { promises as fs } from 'node:fs';
import { isScalar, isSeq, isMap, parseDocument, Scalar, type Document } from 'yaml';
import { canonicalPlatform } from '../knowledge/platforms.js';
import { planSchema } from '../schema/validate.js';
import { quote } from '../util/text.js';
import { DEFAULT_LIMITS } from '../load/load.js';
import { readRegularFile } from '../load/files.js';
import { pointer } from '../load/pointer.js';

export interface FixEdit {
  /** JSON Pointer of the value. */
  pointer: string;
  line: number;
  column: number;
  from: string;
  to: string;
  /** One line for people: what was changed and why. */
  description: string;
  start: number;
  end: number;
}

export interface FixResult {
  edits: FixEdit[];
  /** The fixed text (equal to the input when there is nothing to fix). */
  output: string;
}

type Path = (string | number)[];

function platformIds(): string[] {
  return (planSchema()?.properties?.channels?.items?.properties?.platform?.enum ?? []) as string[];
}

const isKebab = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
const idKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const kebab = (s: string) =>
  s
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** The string scalars found at a path pattern (`*` walks every item of a list). */
function scalarsAt(doc: Document, pattern: Path): { path: Path; node: Scalar<string> }[] {
  const out: { path: Path; node: Scalar<string> }[] = [];
  const walk = (node: unknown, i: number, path: Path) => {
    if (i === pattern.length) {
      if (isScalar(node) && typeof node.value === 'string') out.push({ path, node: node as Scalar<string> });
      return;
    }
    const step = pattern[i];
    if (step === '*') {
      if (isSeq(node)) node.items.forEach((item, k) => walk(item, i + 1, [...path, k]));
      return;
    }
    if (isMap(node)) walk(node.get(step, true), i + 1, [...path, step]);
  };
  walk(doc.contents, 0, []);
  return out;
}

/** Calls `visit` for every string scalar whose schema lists allowed string values. */
function walkEnums(node: unknown, schema: any, path: Path, visit: (path: Path, node: Scalar<string>, allowed: string[]) => void): void {
  if (!schema || typeof schema !== 'object') return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && Array.isArray(schema.enum) && !schema.enum.includes(node.value)) {
      visit(path, node as Scalar<string>, schema.enum.filter((v: unknown): v is string => typeof v === 'string'));
    }
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => walkEnums(item, schema.items, [...path, i], visit));
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k === undefined) continue;
      const sub = schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, k) ? schema.properties[k] : typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      walkEnums(pair.value, sub, [...path, k], visit);
    }
  }
}

/** Computes the fixes for plan text. Never throws; text that does not parse cleanly gets no fix. */
export function computeFixes(text: string): FixResult {
  const none = { edits: [], output: text };
  let doc: Document;
  try {
    doc = parseDocument(text, { uniqueKeys: true, strict: true, schema: 'core', customTags: [], resolveKnownTags: false, prettyErrors: false });
  } catch {
    return none;
  }
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return none;
  const planned = new Map<Scalar<string>, { path: Path; to: string; why: string }>();
  const plan = (path: Path, node: Scalar<string>, to: string, why: string) => {
    if (node.value !== to && !planned.has(node)) planned.set(node, { path, to, why });
  };

  // Platform aliases.
  const known = platformIds();
  for (const pattern of [['channels', '*', 'platform'], ['budget', 'lines', '*', 'channel'], ['content', 'calendar', '*', 'channel']] as Path[]) {
    for (const { path, node } of scalarsAt(doc, pattern)) {
      const to = canonicalPlatform(node.value, known);
      if (to && to !== node.value) plan(path, node, to, `platform ${quote(node.value)} is written \`${to}\``);
    }
  }

  // Allowed values written in another case or with other separators (`Clinic`, `Paid_Media`),
  // wherever the schema lists the allowed values.
  walkEnums(doc.contents, planSchema(), [], (path, node, allowed) => {
    const key = idKey(node.value);
    const matches = allowed.filter((v) => idKey(v) === key);
    if (matches.length === 1 && matches[0] !== node.value) plan(path, node, matches[0], `${quote(node.value)} is written \`${matches[0]}\``);
  });

  // Ids and their references that differ only in case or separators.
  const families: { ids: Path; refs: Path[]; what: string }[] = [
    { ids: ['goals', '*', 'id'], refs: [['channels', '*', 'goals', '*'], ['budget', 'lines', '*', 'goals', '*'], ['measurement', 'kpis', '*', 'goal']], what: 'goal' },
    { ids: ['audiences', '*', 'id'], refs: [['channels', '*', 'audiences', '*']], what: 'audience' },
  ];
  for (const fam of families) {
    const ids = scalarsAt(doc, fam.ids);
    const byKey = new Map<string, typeof ids>();
    for (const id of ids) byKey.set(idKey(id.node.value), [...(byKey.get(idKey(id.node.value)) ?? []), id]);
    const refs = fam.refs.flatMap((p) => scalarsAt(doc, p));
    for (const [key, sameKey] of byKey) {
      if (sameKey.length !== 1 || key === '') continue; // ambiguous: two ids would merge; a human decides
      const id = sameKey[0];
      const mine = refs.filter((r) => idKey(r.node.value) === key);
      const broken = mine.filter((r) => r.node.value !== id.node.value);
      if (broken.length === 0) continue;
      const to = isKebab(id.node.value) ? id.node.value : (broken.find((r) => isKebab(r.node.value))?.node.value ?? kebab(id.node.value));
      if (!isKebab(to)) continue;
      plan(id.path, id.node, to, `${fam.what} id ${quote(id.node.value)} becomes \`${to}\`, as its references write it`);
      for (const r of mine) plan(r.path, r.node, to, `reference to ${fam.what} ${quote(r.node.value)} becomes \`${to}\``);
    }
  }

  // Turn planned changes into text edits at each value's range, keeping its quoting style.
  const edits: FixEdit[] = [];
  for (const [node, p] of planned) {
    const range = node.range;
    if (!range) continue;
    const [start, end] = range;
    const source = text.slice(start, end);
    if (/[\r\n]/.test(source)) continue; // multi-line scalars are left alone
    // Plain and quoted scalars only (the quoting is kept, see replacementFor); block scalars are left alone.
    if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE && node.type !== Scalar.PLAIN) continue;
    const before = text.slice(0, start);
    const line = before.split('\n').length;
    const column = start - before.lastIndexOf('\n');
    edits.push({ pointer: pointer(...p.path), line, column, from: node.value, to: p.to, description: p.why, start, end });
  }
  edits.sort((a, b) => a.start - b.start);
  let output = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    output += text.slice(at, e.start) + replacementFor(e, text);
    at = e.end;
  }
  output += text.slice(at);
  // Safety: the fixed text must still be one clean YAML document.
  const check = parseDocument(output, { uniqueKeys: true, strict: true, schema: 'core' });
  if (check.errors.length > 0) return none;
  return { edits, output };
}

function replacementFor(e: FixEdit, text: string): string {
  const src = text.slice(e.start, e.end);
  if (src.startsWith('"')) return JSON.stringify(e.to);
  if (src.startsWith("'")) return `'${e.to.replace(/'/g, "''")}'`;
  return e.to;
}

/** A unified diff of two versions of a file (fixes keep the line count; other changes show as one hunk). */
export function unifiedDiff(before: string, after: string, path: string, context = 3): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  const header = `--- a/${path}\n+++ b/${path}\n`;
  if (a.length !== b.length) {
    return header + `@@ -1,${a.length} +1,${b.length} @@\n` + a.map((l) => '-' + l).join('\n') + '\n' + b.map((l) => '+' + l).join('\n') + '\n';
  }
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const lo = Math.max(0, i - context);
    const hi = Math.min(a.length - 1, i + context);
    const last = hunks[hunks.length - 1];
    if (last && lo <= last[1] + 1) last[1] = hi;
    else hunks.push([lo, hi]);
  }
  let out = header;
  for (const [lo, hi] of hunks) {
    const n = hi - lo + 1;
    out += `@@ -${lo + 1},${n} +${lo + 1},${n} @@\n`;
    for (let i = lo; i <= hi; i++) out += a[i] === b[i] ? ` ${a[i]}\n` : `-${a[i]}\n+${b[i]}\n`;
  }
  return out;
}

export interface FixFileResult {
  edits: FixEdit[];
  diff: string;
  /** A file that could not be written back (reading problems are left to the lint, which reports them). */
  problem?: string;
}

/** Fixes a file on disk (or only computes the diff when `write` is false). Never throws. */
export async function fixFile(file: string, shownPath: string, write: boolean, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<FixFileResult> {
  // A file that cannot be read, is not a regular file or is above the size limit is not fixed; the
  // lint that follows reports why.
  const read = readRegularFile(file, maxBytes);
  if ('failure' in read) return { edits: [], diff: '' };
  const buf = read.buf;
  // Only UTF-8 text is rewritten (anything else could not be written back unchanged).
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return { edits: [], diff: '' };
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return { edits: [], diff: '' };
  }
  if (raw.includes('\u0000')) return { edits: [], diff: '' };
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? raw.slice(1) : raw;
  const { edits, output } = computeFixes(text);
  if (edits.length === 0) return { edits, diff: '' };
  const diff = unifiedDiff(text, output, shownPath);
  if (write) {
    try {
      await fs.writeFile(file, bom + output, 'utf8');
    } catch (e) {
      return { edits: [], diff, problem: (e as NodeJS.ErrnoException).code ?? 'cannot write' };
    }
  }
  return { edits, diff };
}
