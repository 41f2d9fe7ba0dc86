// The default command: strategy-lint [paths...]
import type { Command } from 'commander';
import { expandPaths } from '../load/files.js';
import { limitsFromFlags, type LimitFlags } from '../load/load.js';
import { ruleCatalog, TOOL } from '../engine/lint.js';
import { lintMany, PARALLEL_THRESHOLD } from '../engine/many.js';
import { createProgress, type Progress } from './progress.js';
import { SCORING_MODEL } from '../score/score.js';
import { createConfigResolver, isConfigError, type CliSettings, type ConfigError } from '../config/load.js';
import { baselinePath, buildBaseline, readBaseline, writeBaseline, type Baseline } from '../config/baseline.js';
import { addToSummary, emptySummary, FORMAT_PARTS, FORMATTERS, FORMAT_NAMES } from '../report/index.js';
import { oneLine, stripControl } from '../util/text.js';
import { safeText } from '../util/safe-text.js';
import { redactPatientData } from '../util/phi.js';
import type { FileReport, Report } from '../types.js';
import type { IO } from './main.js';
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadKnowledge } from '../knowledge/load.js';
import { fixFile } from '../engine/fix.js';

export function registerLint(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .argument('[paths...]', 'plan files or directories to lint')
    .option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')}`, 'stylish')
    .option('-o, --output <file>', 'write the --format report to FILE; the terminal still gets the stylish report')
    .option('--min-score <n>', 'fail a file that scores below N (0-100)')
    .option('--max-warnings <n>', 'fail the run when all files together have more than N warnings')
    .option('--fail-on <level>', 'which findings fail a file: error (default) or warning')
    .option('--quiet', 'report errors only (warnings and info still count for --max-warnings)')
    .option('-c, --config <path>', 'use this configuration file instead of looking for .strategy-lint.yaml')
    .option('--no-config', 'ignore every configuration file (defaults only)')
    .option('--no-inline-config', 'ignore every # strategy-lint-disable comment (e.g. for a compliance review)')
    .option('--baseline <file>', 'hide the findings recorded in this baseline file; fail only on new ones')
    .option('--baseline-write <file>', "record today's findings in this baseline file")
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--fix', 'apply safe, mechanical fixes (platform aliases, id case/separators) in place, then lint')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them (no lint report)')
    .option('--knowledge <file>', 'replace the built-in platform facts with a JSON or YAML file of the same shape')
    .option('--max-file-size <size>', 'largest plan file read, in bytes or with a unit (default 5MB)')
    .option('--max-aliases <n>', 'most YAML alias expansions in one plan (default 100)')
    .option('--max-depth <n>', 'deepest nesting accepted (default 64, at most 500)')
    .option('--max-findings <n>', 'most findings reported per file (default 500)')
    .action(async (paths: string[], opts: { format: string; minScore?: string; color?: boolean; knowledge?: string }) => {
      const usage = (msg: string) => {
        io.stderr(`strategy-lint: ${msg}\n`);
        setCode(2);
      };
      const loadFormatter = FORMATTERS[opts.format];
      if (!loadFormatter) return usage(`unknown format "${oneLine(opts.format)}"; use one of ${FORMAT_NAMES.join(', ')}`);
      const cli: CliSettings = {};
      const mine = opts as LintOptions;
      if (opts.minScore !== undefined) {
        const n = Number(opts.minScore);
        if (!Number.isFinite(n) || n < 0 || n > 100) return usage(`--min-score must be a number from 0 to 100, got "${oneLine(opts.minScore)}"`);
        cli.minScore = n;
      }
      if (mine.maxWarnings !== undefined) {
        const n = Number(mine.maxWarnings);
        if (!Number.isInteger(n) || n < 0) return usage(`--max-warnings must be a whole number of 0 or more, got "${oneLine(mine.maxWarnings)}"`);
        cli.maxWarnings = n;
      }
      if (mine.failOn !== undefined) {
        if (mine.failOn !== 'error' && mine.failOn !== 'warning') return usage(`--fail-on must be error or warning, got "${oneLine(mine.failOn)}"`);
        cli.failOn = mine.failOn;
      }
      if (mine.inlineConfig === false) cli.inlineConfig = false;
      const cliLimits = limitsFromFlags(opts as LimitFlags);
      if (typeof cliLimits === 'string') return usage(cliLimits);
      if (opts.knowledge !== undefined) {
        try {
          cli.knowledge = await loadKnowledge(resolveFrom(io.cwd, opts.knowledge), opts.knowledge);
        } catch (e) {
          return usage(oneLine((e as Error).message));
        }
      }
      if (mine.baseline !== undefined && mine.baselineWrite !== undefined) return usage('give either --baseline or --baseline-write, not both');
      let baseline: Baseline | undefined;
      if (mine.baseline !== undefined) {
        try {
          baseline = await readBaseline(resolveFrom(io.cwd, mine.baseline));
        } catch (e) {
          return usage(`--baseline ${oneLine(mine.baseline)}: ${oneLine((e as Error).message)}`);
        }
      }
      const resolver = createConfigResolver({
        cwd: io.cwd,
        explicit: typeof mine.config === 'string' ? mine.config : undefined,
        disabled: mine.config === false,
        cli,
      });
      const configFailed = (e: ConfigError) => {
        for (const p of e.problems.slice(0, 20)) io.stderr(`strategy-lint: ${oneLine(p.file)}:${p.line}:${p.column}: ${oneLine(p.message)}\n`);
        if (e.problems.length > 20) io.stderr(`strategy-lint: ${e.problems.length - 20} more configuration problems not shown\n`);
        setCode(2);
      };
      let expanded: Awaited<ReturnType<typeof expandPaths>>;
      try {
        if (paths.length === 0) {
          // No paths: lint the default plan names under the working directory, if a configuration says this is a project.
          // --baseline-write records a project's findings: without paths it lints the plans under the
          // working directory, as a configuration would.
          if (mine.baselineWrite === undefined && !(await resolver.forDir(io.cwd))) {
            return usage('no plan given; usage: strategy-lint [options] <plan.yaml|dir|glob>... (see --help); without paths, a .strategy-lint.yaml is needed');
          }
          paths = ['.'];
        }
        expanded = await expandPaths(paths, io.cwd, {
          extraPatterns: async (dir) => {
            const l = await resolver.forDir(dir);
            return l && l.files.length ? { base: l.base, patterns: l.files } : undefined;
          },
          configIgnored: (abs) => resolver.isIgnored(abs),
        });
      } catch (e) {
        if (isConfigError(e)) return configFailed(e);
        throw e;
      }
      for (const f of expanded.ignored) io.stderr(`strategy-lint: ${oneLine(f)}: ignored by the configuration's \`ignore\` (not linted)\n`);
      let usageError = false;
      for (const e of expanded.errors) {
        io.stderr(`strategy-lint: ${oneLine(e.path)}: ${e.message}\n`);
        usageError = true;
      }
      const fixMode = (opts as { fixDryRun?: boolean }).fixDryRun ? 'dry-run' : (opts as { fix?: boolean }).fix ? 'write' : undefined;
      let fixed = 0;
      if (fixMode) {
        // Fixes first (see src/engine/fix.ts); a dry run prints the diffs and stops there.
        for (const file of expanded.files) {
          const r = await fixFile(resolveFrom(io.cwd, file), oneLine(file), fixMode === 'write');
          if (fixMode === 'dry-run') io.stdout(redactDiff(stripControl(r.diff)));
          else if (r.edits.length) {
            io.stderr(`strategy-lint: ${oneLine(file)}: fixed ${r.edits.length} problem${r.edits.length === 1 ? '' : 's'}\n`);
            for (const e of r.edits) io.stderr(`  ${oneLine(file)}:${e.line}:${e.column}  ${oneLine(e.description)}\n`);
          }
          fixed += r.edits.length;
          if (r.problem && fixMode === 'write') {
            io.stderr(`strategy-lint: ${oneLine(file)}: could not write the fixes (${r.problem})\n`);
            usageError = true;
          }
        }
        if (fixed === 0 && expanded.files.length > 0) {
          const n = expanded.files.length;
          io.stderr(`strategy-lint: nothing to fix: --fix has no safe change to make in ${n === 1 ? oneLine(expanded.files[0]) : `${n} files`}${fixMode === 'write' ? '' : ' (no diff printed)'}\n`);
        }
        if (fixMode === 'dry-run') return setCode(usageError ? 2 : 0);
      }
      const color = Boolean(opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'));
      const formatOptions = { color, cwd: io.cwd };
      const output = (opts as { output?: string }).output;
      // GitHub shows only the first annotations of a step: the job summary gets the whole report.
      const stepSummary = opts.format === 'github' && io.env.GITHUB_ACTIONS === 'true' ? io.env.GITHUB_STEP_SUMMARY : undefined;
      // Streaming: a format written in parts (src/report/index.ts) prints each file as its report
      // arrives, and the run keeps only counts and paths. Whatever needs the whole report (--output,
      // --baseline-write, the step summary, formats without parts) collects every report instead.
      // (A configuration problem cannot cut a streamed report short: expandPaths has already loaded
      // every file's configuration, through configIgnored; test/streaming.test.ts holds this.)
      const parts = output === undefined && mine.baselineWrite === undefined && !stepSummary ? await FORMAT_PARTS[opts.format]?.() : undefined;
      const lintAll = async (baseline: Baseline | undefined, onFile: (r: FileReport, progress: Progress) => void): Promise<{ maxWarnings?: number }> => {
        let maxWarnings: number | undefined;
        // In input order; on worker threads above PARALLEL_THRESHOLD files (src/engine/many.ts).
        const progress = createProgress(io);
        const many = lintMany(
          expanded.files.map((file) => ({ file, abs: resolveFrom(io.cwd, file) })),
          {
            optionsFor: async ({ file, abs }) => {
              const resolved = (await resolver.forFile(abs)).config;
              const config = { ...resolved, limits: { ...resolved.limits, ...cliLimits } };
              if (config.maxWarnings !== undefined) maxWarnings = Math.min(maxWarnings ?? Infinity, config.maxWarnings);
              return { config, baseline: baseline?.get(baselinePath(io.cwd, file)) };
            },
            // Source text is kept for code frames on small runs only (memory on large ones).
            keepSource: expanded.files.length <= PARALLEL_THRESHOLD,
            // Reports printed as they arrive are dropped at once: sharing their strings would only keep them.
            share: !parts,
            onProgress: (done, total) => progress.update(done, total),
          },
        );
        try {
          for await (const { file, result: r } of many) {
            if ('ioError' in r) {
              io.stderr(`strategy-lint: ${oneLine(file)}: ${r.ioError}\n`);
              usageError = true;
              continue;
            }
            onFile(r, progress);
          }
        } finally {
          progress.end();
        }
        return { maxWarnings };
      };
      const head = { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog() };
      // --quiet: errors only in the report; pass/fail and scores are unchanged.
      const shown = (f: FileReport): FileReport => (mine.quiet ? { ...f, findings: f.findings.filter((x) => x.severity === 'error' || x.severity === 'critical') } : f);
      const collected: FileReport[] = [];
      const lintedPaths: string[] = [];
      const summary = emptySummary();
      let warnings = 0;
      let hidden = 0;
      const take = (r: FileReport, progress: Progress) => {
        lintedPaths.push(r.path);
        warnings += r.findings.filter((x) => x.severity === 'warning').length;
        hidden += (r.suppressed ?? []).filter((x) => x.kind === 'baseline').length;
        const file = shown(r);
        if (parts) {
          if (io.isTTY) progress.end(); // the progress line stays below the report
          io.stdout((summary.files === 0 ? parts.start(head, formatOptions) : '') + parts.file(file, summary.files, formatOptions));
        } else collected.push(file);
        addToSummary(summary, file);
      };
      let linted: Awaited<ReturnType<typeof lintAll>>;
      try {
        if (mine.baselineWrite !== undefined) {
          const first: FileReport[] = [];
          await lintAll(baseline, (r) => first.push(r));
          const doc = buildBaseline(io.cwd, first);
          try {
            await writeBaseline(resolveFrom(io.cwd, mine.baselineWrite), doc);
          } catch (e) {
            return usage(`--baseline-write ${oneLine(mine.baselineWrite)}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
          }
          const n = doc.findings.reduce((s, e) => s + e.count, 0);
          io.stderr(`strategy-lint: wrote ${n} finding${n === 1 ? '' : 's'} of ${first.length} file${first.length === 1 ? '' : 's'} to the baseline ${oneLine(mine.baselineWrite)}\n`);
          baseline = await readBaseline(resolveFrom(io.cwd, mine.baselineWrite));
        }
        linted = await lintAll(baseline, take);
      } catch (e) {
        if (isConfigError(e)) return configFailed(e);
        throw e;
      }
      if (baseline && mine.baseline !== undefined) {
        let gone = 0;
        for (const p of lintedPaths) for (const c of baseline.get(baselinePath(io.cwd, p))?.values() ?? []) gone += c;
        io.stderr(
          `strategy-lint: the baseline ${oneLine(mine.baseline)} hid ${hidden} finding${hidden === 1 ? '' : 's'}` +
            (gone ? `; ${gone} recorded finding${gone === 1 ? ' is' : 's are'} fixed (refresh the baseline with --baseline-write)` : '') + '\n',
        );
        const unmatched = baselineMismatch(baseline, lintedPaths.map((p) => baselinePath(io.cwd, p)));
        if (unmatched) io.stderr(`strategy-lint: ${unmatched}\n`);
      }
      const maxWarnings = cli.maxWarnings ?? linted.maxWarnings;
      const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
      // stylish prints nothing for a run without files; the documents are printed regardless.
      const printed = summary.files > 0 || opts.format !== 'stylish';
      if (parts) {
        if (printed) io.stdout((summary.files === 0 ? parts.start(head, formatOptions) : '') + parts.end(summary, formatOptions));
      } else {
        const report: Report = { ...head, files: collected };
        if (output !== undefined) {
          // --output FILE: the chosen format goes to FILE, the terminal still gets the stylish report.
          const format = await loadFormatter();
          const problem = writeFileSafely(resolveFrom(io.cwd, output), safeText(format(report, { color: false, cwd: io.cwd }), { workflowCommands: opts.format === 'github' }), false);
          if (problem) {
            io.stderr(`strategy-lint: --output ${oneLine(output)}: ${problem}\n`);
            usageError = true;
          }
          if (collected.length > 0) io.stdout((await FORMATTERS.stylish())(report, formatOptions));
        } else if (printed) {
          // github's own annotation lines start with `::`: the exit point lets those through (main.ts).
          (opts.format === 'github' ? (io.workflowStdout ?? io.stdout) : io.stdout)((await loadFormatter())(report, formatOptions));
        }
        if (stepSummary) {
          const markdown = (await FORMATTERS.markdown())(report, { color: false, cwd: io.cwd });
          const problem = writeFileSafely(resolveFrom(io.cwd, stepSummary), safeText(markdown + '\n'), true);
          if (problem) io.stderr(`strategy-lint: warning: could not append to GITHUB_STEP_SUMMARY (${problem})\n`);
        }
      }
      if (tooManyWarnings) io.stderr(`strategy-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than the maximum of ${maxWarnings} (--max-warnings / max_warnings)\n`);
      setCode(usageError ? 2 : summary.failed > 0 || tooManyWarnings ? 1 : 0);
    });
}

/**
 * A `--fix-dry-run` diff with probable patient information hidden in the plan's lines (context,
 * removed and added lines; comments too), whatever kind: such a diff is for reading, not applying.
 */
function redactDiff(diff: string): string {
  return diff
    .split('\n')
    .map((line) => (/^(?:\+\+\+|---) /.test(line) || !/^[ +-]/.test(line) ? line : line[0] + redactPatientData(line.slice(1))))
    .join('\n');
}

/** Writes (or appends) a report file, creating its directory; returns a message instead of throwing. */
function writeFileSafely(file: string, text: string, append: boolean): string | undefined {
  try {
    makeParents(dirname(file));
    (append ? appendFileSync : writeFileSync)(file, text, 'utf8');
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot write (${code ?? 'error'})`;
  }
}

/**
 * Creates the missing directories above a report file one level at a time. (Node's recursive mkdir
 * can spin forever under pseudo file systems such as /proc; a plain mkdir fails at once there.)
 */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      statSync(d);
      break;
    } catch {
      if (dirname(d) === d || missing.length > 64) break;
      missing.unshift(d);
    }
  }
  for (const d of missing) mkdirSync(d);
}

/** The options this file's owner added (the action's `opts` type is shared with other options). */
interface LintOptions {
  maxWarnings?: string;
  failOn?: string;
  quiet?: boolean;
  config?: string | boolean;
  inlineConfig?: boolean;
  baseline?: string;
  baselineWrite?: string;
}

/**
 * Why a baseline matched nothing, when none of the files it records was linted under the name it
 * records: baselines name files relative to the directory they were written from, so a run from
 * another directory finds none of them. Undefined when some recorded file was linted.
 */
export function baselineMismatch(baseline: Baseline, linted: string[]): string | undefined {
  const recorded = [...baseline.keys()];
  if (recorded.length === 0 || linted.length === 0 || linted.some((p) => baseline.has(p))) return undefined;
  // The directory it was written from, when a linted file is a recorded one under another prefix.
  let from: string | undefined;
  for (const l of linted) {
    for (const r of recorded) {
      if (r.endsWith('/' + l)) from = `the directory that holds \`${oneLine(r.slice(0, -l.length))}\``;
      else if (l.endsWith('/' + r)) from = `\`${oneLine(l.slice(0, -r.length - 1))}\``;
      if (from) break;
    }
    if (from) break;
  }
  const n = recorded.length;
  return (
    `none of the ${n} file${n === 1 ? '' : 's'} the baseline records (e.g. \`${oneLine(recorded[0])}\`) was linted under that name, so it hid nothing. ` +
    `A baseline names files relative to the directory it was written from: ${from ? `run from ${from}` : 'run from that directory'}, or write it again from here with --baseline-write.`
  );
}

function resolveFrom(cwd: string, file: string): string {
  return file.startsWith('/') ? file : `${cwd}/${file}`;
}
