// Baselines: `--baseline-write FILE` records today's findings, `--baseline FILE` hides the ones
// that still match. A finding matches by rule, file (relative to the working directory) and
// node path (JSON Pointer), never by line, so an edit elsewhere does not resurrect it; matching
// counts, so a second finding of a rule at the same node is new. No plan text is stored.
import path from 'node:path';
import type { FileReport } from '../types.js';
import { readFailureText, readRegularFile, writeFileAtomic } from '../load/files.js';
import { escapeJsonControls } from '../util/text.js';
import { canonicalRuleId } from '../rules/index.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  file: string;
  ruleId: string;
  pointer: string;
  count: number;
}

export interface BaselineDocument {
  tool: 'strategy-lint';
  version: number;
  findings: BaselineEntry[];
}

/** Per file (relative, `/`-separated): remaining count by `ruleId \0 pointer`. */
export type Baseline = Map<string, Map<string, number>>;

export const baselineKey = (ruleId: string, pointer: string) => `${ruleId}\u0000${pointer}`;

/** The path a baseline records for a file: relative to the working directory, with `/`. */
export function baselinePath(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** Findings a baseline may record and hide: everything but YAML errors, invalid values and limits. */
const BASELINABLE = (ruleId: string) => !ruleId.startsWith('yaml/') && ruleId !== 'schema/invalid';

/**
 * A baseline built file by file, as reports arrive: only the counts are kept, never a report (a
 * `--baseline-write` over thousands of files holds no more than the baseline itself).
 */
export function baselineBuilder(cwd: string): { add(file: FileReport): void; files(): number; done(): BaselineDocument } {
  const counts = new Map<string, BaselineEntry>();
  let n = 0;
  return {
    add(f) {
      n++;
      const file = baselinePath(cwd, f.path);
      for (const x of f.findings) {
        // A file that is not a valid plan always fails: its syntax and schema errors are never recorded.
        if (!BASELINABLE(x.ruleId)) continue;
        const key = `${file}\u0000${baselineKey(x.ruleId, x.pointer)}`;
        const e = counts.get(key);
        if (e) e.count++;
        else counts.set(key, { file, ruleId: x.ruleId, pointer: x.pointer, count: 1 });
      }
    },
    files: () => n,
    done() {
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const findings = [...counts.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.pointer, b.pointer));
      return { tool: 'strategy-lint', version: BASELINE_VERSION, findings };
    },
  };
}

export function buildBaseline(cwd: string, files: FileReport[]): BaselineDocument {
  const b = baselineBuilder(cwd);
  for (const f of files) b.add(f);
  return b.done();
}

/**
 * Writes a baseline file atomically (a temporary file beside it, then a rename; never through a
 * symbolic link); throws an Error whose message says why it was not written.
 */
export async function writeBaseline(file: string, doc: BaselineDocument): Promise<void> {
  const problem = writeFileAtomic(file, escapeJsonControls(JSON.stringify(doc, null, 2)) + '\n');
  if (problem) throw new Error(problem);
}

/** Largest baseline file read (a baseline of 10,000 plans with many findings each stays far below). */
const MAX_BASELINE_BYTES = 100 * 1024 * 1024;

/** Reads a baseline file; throws an Error with a one-line message naming the problem. */
export async function readBaseline(file: string): Promise<Baseline> {
  // Read as plans are (readRegularFile): a FIFO or device named as the baseline is refused, never waited on.
  const read = readRegularFile(file, MAX_BASELINE_BYTES);
  if ('failure' in read) {
    const f = read.failure;
    throw new Error(
      f.kind === 'io' && f.code === 'ENOENT'
        ? 'no such file (create it with --baseline-write)'
        : f.kind === 'too-large'
          ? `larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MB: not a baseline this tool wrote`
          : f.kind === 'io'
            ? `cannot read (${f.code ?? 'error'})`
            : readFailureText(f, 'baseline file', MAX_BASELINE_BYTES),
    );
  }
  const text = new TextDecoder('utf-8').decode(read.buf);
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${String((e as Error).message).split('\n')[0]}`);
  }
  if (doc === null || typeof doc !== 'object' || doc.tool !== 'strategy-lint' || !Array.isArray(doc.findings)) {
    throw new Error('not a strategy-lint baseline (expected {"tool": "strategy-lint", "version": 1, "findings": [...]})');
  }
  if (doc.version !== BASELINE_VERSION) throw new Error(`baseline version ${JSON.stringify(doc.version)} is not supported (expected ${BASELINE_VERSION})`);
  const out: Baseline = new Map();
  doc.findings.forEach((e: any, i: number) => {
    if (
      e === null ||
      typeof e !== 'object' ||
      typeof e.file !== 'string' ||
      typeof e.ruleId !== 'string' ||
      typeof e.pointer !== 'string' ||
      !Number.isInteger(e.count) ||
      e.count < 1
    ) {
      throw new Error(`findings[${i}] must be {file, ruleId, pointer, count}`);
    }
    let m = out.get(e.file);
    if (!m) out.set(e.file, (m = new Map()));
    // A baseline written before a rule was renamed still hides that rule's findings.
    const k = baselineKey(canonicalRuleId(e.ruleId), e.pointer);
    m.set(k, (m.get(k) ?? 0) + e.count);
  });
  return out;
}

/** Entries of a baseline that matched nothing in this run (fixed findings). */
export function unusedEntries(baseline: Baseline): number {
  let n = 0;
  for (const m of baseline.values()) for (const c of m.values()) n += c;
  return n;
}
