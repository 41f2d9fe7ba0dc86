// `strategy-lint diff`: the score change between two versions of a plan and the findings added
// and removed. Findings are matched by rule and JSON Pointer (never by line), so an edit elsewhere
// in the file neither adds nor removes a finding. Pure functions: the command does the I/O.
import { Chalk } from 'chalk';
import { escapeJsonControls, stripControl } from '../util/text.js';
import { CATEGORIES, type CategoryId, type FileReport, type Finding, type FindingCategory } from '../types.js';

export interface Side {
  /** What the user named: a path, or `REF:path`. */
  label: string;
  /** null when the version does not exist (a plan added since REF). */
  report: FileReport | null;
  /** The scoring model that scored it (a saved JSON report may come from an older model). */
  scoringModel?: string;
}

export interface ScoreChange {
  old: number | null;
  new: number | null;
  /** new - old, or null when either side has no score. */
  delta: number | null;
}

export interface DiffFinding {
  ruleId: string;
  category: FindingCategory;
  severity: Finding['severity'];
  message: string;
  pointer: string;
  line: number;
  column: number;
}

export interface FileDiff {
  path: string;
  old: { label: string; score: number | null; grade: string | null; exists: boolean };
  new: { label: string; score: number | null; grade: string | null; exists: boolean };
  overall: ScoreChange;
  categories: (ScoreChange & { id: CategoryId })[];
  added: DiffFinding[];
  removed: DiffFinding[];
  /** The overall score dropped, or the plan became unscorable (what `--fail-on-drop` fails on). */
  dropped: boolean;
  /**
   * The two sides were scored by different scoring models (a saved report of an older version):
   * their scores are not comparable, so no drop is reported; the findings still are.
   */
  modelChanged?: { old: string; new: string };
}

const change = (a: number | null, b: number | null): ScoreChange => ({ old: a, new: b, delta: a === null || b === null ? null : b - a });

const key = (f: Finding) => `${f.ruleId}\u0000${f.pointer}${f.pointer === '' ? '\u0000' + f.message : ''}`;

const slim = (f: Finding): DiffFinding => ({
  ruleId: f.ruleId,
  category: f.category,
  severity: f.severity,
  message: f.message,
  pointer: f.pointer,
  line: f.line,
  column: f.column,
});

/** Findings of `a` not matched in `b`, counting repeats (a multiset difference by rule and pointer). */
function minus(a: Finding[], b: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const f of b) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  const out: Finding[] = [];
  for (const f of a) {
    const n = counts.get(key(f)) ?? 0;
    if (n > 0) counts.set(key(f), n - 1);
    else out.push(f);
  }
  return out;
}

export function compareFiles(path: string, oldSide: Side, newSide: Side): FileDiff {
  const o = oldSide.report;
  const n = newSide.report;
  const catScore = (r: FileReport | null, id: CategoryId) => r?.categories.find((c) => c.id === id)?.score ?? null;
  const overall = change(o?.score ?? null, n?.score ?? null);
  const modelChanged =
    oldSide.scoringModel && newSide.scoringModel && oldSide.scoringModel !== newSide.scoringModel
      ? { old: oldSide.scoringModel, new: newSide.scoringModel }
      : undefined;
  return {
    path,
    old: { label: oldSide.label, score: o?.score ?? null, grade: o?.grade ?? null, exists: o !== null },
    new: { label: newSide.label, score: n?.score ?? null, grade: n?.grade ?? null, exists: n !== null },
    overall,
    categories: CATEGORIES.map((id) => ({ id, ...change(catScore(o, id), catScore(n, id)) })),
    added: minus(n?.findings ?? [], o?.findings ?? []).map(slim),
    removed: minus(o?.findings ?? [], n?.findings ?? []).map(slim),
    dropped: !modelChanged && ((overall.delta !== null && overall.delta < 0) || (overall.old !== null && overall.new === null)),
    ...(modelChanged ? { modelChanged } : {}),
  };
}

export function formatDiffJson(diffs: FileDiff[], tool: { name: string; version: string }, scoringModel: string): string {
  // Control, bidi and invisible characters of file names and messages as \u escapes (the same data once parsed).
  return escapeJsonControls(JSON.stringify({ tool, scoringModel, dropped: diffs.some((d) => d.dropped), files: diffs }, null, 2)) + '\n';
}

const clean = (s: string) => stripControl(s).replace(/[\r\n]+/g, ' ');

export function formatDiffStylish(diffs: FileDiff[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const num = (v: number | null) => (v === null ? 'n/a' : String(v));
  const delta = (d: number | null) => (d === null ? '' : d > 0 ? c.green(`+${d}`) : d < 0 ? c.red(String(d)) : c.dim('±0'));
  const sev = (s: Finding['severity']) => (s === 'critical' ? c.red.bold : s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue)(s.padEnd(8));
  const out: string[] = [];
  for (const d of diffs) {
    out.push(c.underline(clean(d.path)) + c.dim(`  ${clean(d.old.label)} → ${clean(d.new.label)}`));
    if (!d.old.exists) out.push(c.dim('  (no old version: every finding is new)'));
    if (d.modelChanged) {
      out.push(
        c.yellow(
          `  the scoring model changed (${clean(d.modelChanged.old)} → ${clean(d.modelChanged.new)}): the scores are not comparable, so no drop is reported; compare the findings`,
        ),
      );
    }
    const row = (name: string, ch: ScoreChange) => `    ${name.padEnd(13)} ${num(ch.old).padStart(4)} → ${num(ch.new).padEnd(4)} ${delta(ch.delta)}`;
    out.push('  ' + c.bold('Scores'));
    for (const cat of d.categories) out.push(row(cat.id, cat));
    out.push(c.bold(row('overall', d.overall)) + (d.old.grade || d.new.grade ? `  grade ${d.old.grade ?? '–'} → ${d.new.grade ?? '–'}` : ''));
    const list = (title: string, mark: string, fs: DiffFinding[]) => {
      if (fs.length === 0) return;
      out.push('  ' + c.bold(`${title} (${fs.length})`));
      for (const f of fs) out.push(`    ${mark} ${c.dim(`${f.line}:${f.column}`.padEnd(7))} ${sev(f.severity)} ${clean(f.message)}  ${c.dim(f.ruleId)}`);
    };
    list('Added findings', c.red('+'), d.added);
    list('Removed findings', c.green('-'), d.removed);
    if (d.added.length === 0 && d.removed.length === 0) out.push(c.dim('  no findings added or removed'));
    out.push('');
  }
  const dropped = diffs.filter((d) => d.dropped).length;
  const changed = diffs.filter((d) => d.modelChanged).length;
  if (changed)
    out.push(
      c.yellow(
        `! ${changed} file${changed === 1 ? ' was' : 's were'} scored by another scoring model on one side: no score change is reported for ${changed === 1 ? 'it' : 'them'}`,
      ),
    );
  out.push(
    dropped
      ? c.red(`✖ the score dropped in ${dropped} of ${diffs.length} file${diffs.length === 1 ? '' : 's'}`)
      : c.green(`✔ no score dropped (${diffs.length} file${diffs.length === 1 ? '' : 's'})`),
  );
  return out.join('\n') + '\n';
}
