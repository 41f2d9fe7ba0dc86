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
//   `new-parents`): the id and every reference to it become the same kebab-case id;
// - Word artefacts (src/load/diagnose.ts): non-breaking spaces in the indentation, en dashes and
//   bullets as list markers, values in curly quotes; applied first, each kind only when it
//   removes parser errors (or, in a file that parses, always for curly quotes), so a file that
//   does not parse because of them parses after the fix;
// - values of the wrong type or form whose corrected value is certain (src/schema/suggest.ts):
//   `$18,000` -> 18000 in a USD budget, `12%` -> 12 on a goal measured in percent, `yes`/`ja` ->
//   true, `30.06.2027` -> 2027-06-30, `7pm-10pm` -> "19:00-22:00", `age: 25-40` -> [25, 40];
// - an unknown key whose "did you mean" is unambiguous (`buget:` -> `budget:`), when the key it
//   becomes is not already in the mapping.
//
// Edits are applied to the source text at the value's exact range (found with yaml's Document
// API), so comments, quoting, key order and formatting are kept byte for byte everywhere else.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, isMap, Scalar, type Document } from 'yaml';
import { canonicalPlatform } from '../knowledge/platforms.js';
import { planSchema, renameTarget, validatePlan } from '../schema/validate.js';
import { suggestValue } from '../schema/suggest.js';
import { quote } from '../util/text.js';
import { DEFAULT_LIMITS, yamlErrors } from '../load/load.js';
import { repairArtefacts } from '../load/diagnose.js';
import { readRegularFile, writeFailure, writeFileAtomic } from '../load/files.js';
import { pointer } from '../load/pointer.js';
import { parseYamlDocument } from '../load/yaml-document.js';
import { parseFast } from '../load/fast-yaml.js';

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
  /** `to` is YAML text that replaces the whole scalar, quotes included (a number, a list, a quoted string). */
  raw?: boolean;
  /** The edit renames a key (the pointer is the key's). */
  key?: boolean;
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

/** Calls `visit` for every string scalar whose schema lists allowed string values it is not one of. */
function walkEnums(node: unknown, schema: any, path: Path, visit: (path: Path, node: Scalar<string>, allowed: string[]) => void): void {
  walkValues(node, schema, path, (p, n, s) => {
    if (typeof n.value === 'string' && Array.isArray(s.enum) && !s.enum.includes(n.value)) {
      visit(
        p,
        n as Scalar<string>,
        s.enum.filter((v: unknown): v is string => typeof v === 'string'),
      );
    }
  });
}

/** Calls `visit` for every scalar with its schema (where the schema describes it). */
function walkValues(node: unknown, schema: any, path: Path, visit: (path: Path, node: Scalar, schema: any) => void): void {
  if (!schema || typeof schema !== 'object') return;
  if (isScalar(node)) {
    visit(path, node, schema);
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => walkValues(item, schema.items, [...path, i], visit));
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k === undefined) continue;
      const sub =
        schema.properties && Object.hasOwn(schema.properties, k)
          ? schema.properties[k]
          : typeof schema.additionalProperties === 'object'
            ? schema.additionalProperties
            : undefined;
      walkValues(pair.value, sub, [...path, k], visit);
    }
  }
}

/** Calls `visit` for every key of a mapping whose schema does not define it (and allows no others). */
function walkKeys(node: unknown, schema: any, path: Path, visit: (path: Path, key: Scalar, known: string[], present: Set<string>) => void): void {
  if (!schema || typeof schema !== 'object') return;
  if (isSeq(node)) {
    node.items.forEach((item, i) => walkKeys(item, schema.items, [...path, i], visit));
    return;
  }
  if (!isMap(node)) return;
  const known = Object.keys(schema.properties ?? {});
  const present = new Set(node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter(Boolean));
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const k = String(pair.key.value);
    if (schema.properties && Object.hasOwn(schema.properties, k)) walkKeys(pair.value, schema.properties[k], [...path, k], visit);
    else if (typeof schema.additionalProperties === 'object') walkKeys(pair.value, schema.additionalProperties, [...path, k], visit);
    else if (schema.additionalProperties === false && typeof pair.key.value === 'string') visit([...path, k], pair.key, known, present);
  }
}

/** Whether a scalar value fails its schema's type, date format or pattern (the fixes of suggest.ts). */
function violates(value: unknown, schema: any): boolean {
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (types.length && !types.includes(type) && !(type === 'integer' && types.includes('number'))) return true;
  if (typeof value !== 'string') return false;
  if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  if (typeof schema.pattern === 'string') {
    try {
      return !new RegExp(schema.pattern, 'u').test(value);
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Computes the fixes for plan text. Never throws. Word artefacts are repaired first (the edits
 * keep every line where it was); the value fixes need text that then parses cleanly.
 */
export function computeFixes(text: string): FixResult {
  if (clearlyNothingToFix(text)) return { edits: [], output: text };
  const artefacts: FixEdit[] = [];
  let repaired: string | undefined;
  try {
    const r = repairArtefacts(text, yamlErrors);
    if (r) {
      repaired = r.text;
      // One entry per line and kind (four non-breaking spaces of one indentation are one fix).
      const seen = new Set<string>();
      for (const e of r.edits) {
        const key = `${e.line}\u0000${e.description}`;
        if (seen.has(key)) continue;
        seen.add(key);
        artefacts.push({
          pointer: '',
          line: e.line,
          column: e.column,
          from: text.slice(e.start, e.end),
          to: e.to,
          description: e.description,
          start: e.start,
          end: e.end,
        });
      }
    }
  } catch {
    // Never a reason to fail: the value fixes below still run on the text as it is.
  }
  // A fix can bring values into view (a renamed section's values are then checked): up to three
  // passes, as ESLint makes several. Every edit keeps the lines, so lines are the file's.
  let output = repaired ?? text;
  const edits = [...artefacts];
  for (let pass = 0; pass < 3; pass++) {
    const values = computeValueFixes(output);
    if (values.edits.length === 0 || values.output === output) break;
    edits.push(...values.edits);
    output = values.output;
  }
  return { edits: edits.sort((a, b) => a.line - b.line || a.column - b.column), output };
}

function computeValueFixes(text: string): FixResult {
  const none = { edits: [], output: text };
  let doc: Document;
  try {
    doc = parseYamlDocument(text, {
      uniqueKeys: true,
      strict: true,
      schema: 'core',
      customTags: [],
      resolveKnownTags: false,
      prettyErrors: false,
      logLevel: 'error',
    });
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
  for (const pattern of [
    ['channels', '*', 'platform'],
    ['budget', 'lines', '*', 'channel'],
    ['content', 'calendar', '*', 'channel'],
  ] as Path[]) {
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
    {
      ids: ['goals', '*', 'id'],
      refs: [
        ['channels', '*', 'goals', '*'],
        ['budget', 'lines', '*', 'goals', '*'],
        ['measurement', 'kpis', '*', 'goal'],
      ],
      what: 'goal',
    },
    { ids: ['audiences', '*', 'id'], refs: [['channels', '*', 'audiences', '*']], what: 'audience' },
  ];
  for (const fam of families) {
    const ids = scalarsAt(doc, fam.ids);
    // Ids and references grouped by key once (filtering every reference for each id was ids x refs).
    const group = (list: typeof ids) => {
      const m = new Map<string, typeof ids>();
      for (const x of list) {
        const k = idKey(x.node.value);
        const l = m.get(k);
        if (l) l.push(x);
        else m.set(k, [x]);
      }
      return m;
    };
    const byKey = group(ids);
    const refsByKey = group(fam.refs.flatMap((p) => scalarsAt(doc, p)));
    for (const [key, sameKey] of byKey) {
      if (sameKey.length !== 1 || key === '') continue; // ambiguous: two ids would merge; a human decides
      const id = sameKey[0];
      const mine = refsByKey.get(key) ?? [];
      const broken = mine.filter((r) => r.node.value !== id.node.value);
      if (broken.length === 0) continue;
      const to = isKebab(id.node.value) ? id.node.value : (broken.find((r) => isKebab(r.node.value))?.node.value ?? kebab(id.node.value));
      if (!isKebab(to)) continue;
      plan(id.path, id.node, to, `${fam.what} id ${quote(id.node.value)} becomes \`${to}\`, as its references write it`);
      for (const r of mine) plan(r.path, r.node, to, `reference to ${fam.what} ${quote(r.node.value)} becomes \`${to}\``);
    }
  }

  // Values of the wrong type or form whose corrected value is certain (suggest.ts, `safe`).
  const raw = new Map<Scalar, { path: Path; to: string; why: string }>();
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliases });
  } catch {
    data = undefined;
  }
  if (data !== undefined) {
    walkValues(doc.contents, planSchema(), [], (path, node, schema) => {
      if (planned.has(node as Scalar<string>) || !violates(node.value, schema)) return;
      const s = suggestValue(node.value, schema, path.map(String), data);
      if (s?.safe) raw.set(node, { path, to: s.yaml, why: `${quote(node.value)} is written \`${s.yaml}\`` });
    });
  }

  // Unknown keys whose "did you mean" is unambiguous: `buget:` -> `budget:`.
  const renames = new Map<Scalar, { path: Path; to: string; why: string }>();
  walkKeys(doc.contents, planSchema(), [], (path, key, known, present) => {
    const to = renameTarget(String(key.value), known, present);
    if (to) renames.set(key, { path, to, why: `unknown key ${quote(key.value)} renamed \`${to}\`` });
  });

  // Turn planned changes into text edits at each value's range, keeping its quoting style.
  const edits: FixEdit[] = [];
  const lineColumn = positions(text);
  for (const [node, p] of [...raw, ...renames]) {
    const range = node.range;
    if (!range || (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE && node.type !== Scalar.PLAIN)) continue;
    const [start, end] = range;
    if (/[\r\n]/.test(text.slice(start, end))) continue;
    const isKey = renames.has(node);
    edits.push({
      pointer: pointer(...p.path),
      ...lineColumn(start),
      from: String(node.value),
      to: p.to,
      description: p.why,
      start,
      end,
      raw: !isKey,
      key: isKey || undefined,
    });
  }
  for (const [node, p] of planned) {
    const range = node.range;
    if (!range) continue;
    const [start, end] = range;
    const source = text.slice(start, end);
    if (/[\r\n]/.test(source)) continue; // multi-line scalars are left alone
    // Plain and quoted scalars only (the quoting is kept, see replacementFor); block scalars are left alone.
    if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE && node.type !== Scalar.PLAIN) continue;
    edits.push({ pointer: pointer(...p.path), ...lineColumn(start), from: node.value, to: p.to, description: p.why, start, end });
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
  const check = parseYamlDocument(output, { uniqueKeys: true, strict: true, schema: 'core', logLevel: 'error' });
  if (check.errors.length > 0) return none;
  return { edits, output };
}

/** Line and column (1-based) of an offset, by binary search over line starts found once (not a split of the text per edit). */
function positions(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function replacementFor(e: FixEdit, text: string): string {
  if (e.raw) return e.to;
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

/**
 * The fast path of `--fix` and `--fix-dry-run`: yaml's Document API (what the fixes edit with) is
 * about 25 times slower than the fast parser, and computeFixes parses with it several times. A
 * plan the fast parser reads parses cleanly, so no Word artefact but curly quotes needs repair;
 * when it also holds no curly quote, passes the schema (a miscased allowed value, a platform
 * alias, a value of the wrong type or form and an unknown key are all schema errors) and no
 * reference differs from its id only in case or separators, computeFixes finds nothing to fix.
 * Conservative: `false` only means "compute the fixes". test/fix-fast-path.test.ts holds it
 * against computeFixes; a new kind of fix must be added here too.
 */
export function clearlyNothingToFix(text: string): boolean {
  if (/[\u201c\u201d\u201e\u2018\u2019\u201a]/.test(text)) return false;
  const fast = parseFast(text);
  const data = fast?.data as Record<string, any> | undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  if (validatePlan(data).findings.length > 0) return false;
  const at = (root: unknown, path: Path): string[] => {
    let level: unknown[] = [root];
    for (const step of path) {
      const next: unknown[] = [];
      for (const v of level) {
        if (step === '*') {
          if (Array.isArray(v)) next.push(...v);
        } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, step)) next.push((v as any)[step]);
      }
      level = next;
    }
    return level.filter((v): v is string => typeof v === 'string');
  };
  // Platform aliases where the schema takes any text (budget lines, calendar entries).
  const known = platformIds();
  for (const pattern of [
    ['channels', '*', 'platform'],
    ['budget', 'lines', '*', 'channel'],
    ['content', 'calendar', '*', 'channel'],
  ] as Path[]) {
    for (const v of at(data, pattern)) {
      const to = canonicalPlatform(v, known);
      if (to && to !== v) return false;
    }
  }
  const families: { ids: Path; refs: Path[] }[] = [
    {
      ids: ['goals', '*', 'id'],
      refs: [
        ['channels', '*', 'goals', '*'],
        ['budget', 'lines', '*', 'goals', '*'],
        ['measurement', 'kpis', '*', 'goal'],
      ],
    },
    { ids: ['audiences', '*', 'id'], refs: [['channels', '*', 'audiences', '*']] },
  ];
  for (const fam of families) {
    const ids = new Set(at(data, fam.ids));
    const keys = new Set([...ids].map(idKey));
    for (const ref of fam.refs) for (const r of at(data, ref)) if (!ids.has(r) && keys.has(idKey(r))) return false;
  }
  return true;
}

export interface FixFileResult {
  edits: FixEdit[];
  diff: string;
  /** A file that could not be written back (reading problems are left to the lint, which reports them). */
  problem?: string;
}

/**
 * Fixes a file on disk (or only computes the diff when `write` is false). Never throws. The fixed
 * text replaces the file atomically (a temporary file in its directory, then a rename: a failed
 * write leaves the plan as it was), at the file's real path, which must lie inside `root` (the real
 * path of the tree the file was found in; by default its own directory): a symbolic link that
 * leads elsewhere is reported, not written through.
 */
export async function fixFile(file: string, shownPath: string, write: boolean, maxBytes = DEFAULT_LIMITS.maxFileBytes, root?: string): Promise<FixFileResult> {
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
    let tree = root;
    if (tree === undefined) {
      try {
        tree = realpathSync.native(path.dirname(path.resolve(file)));
      } catch (e) {
        return { edits: [], diff, problem: writeFailure(e) };
      }
    }
    const problem = writeFileAtomic(file, bom + output, { root: tree });
    if (problem) return { edits: [], diff, problem };
  }
  return { edits, diff };
}
