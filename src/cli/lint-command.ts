// The default command: strategy-lint [paths...]
import type { Command } from 'commander';
import { createSpool, expandPaths, openAtomic, writeFailure, type AtomicFile, type Spool } from '../load/files.js';
import { limitsFromFlags, type LimitFlags } from '../load/load.js';
import { ruleCatalog, TOOL } from '../engine/lint.js';
import { lintMany, PARALLEL_THRESHOLD } from '../engine/many.js';
import { createProgress, type Progress } from './progress.js';
import { SCORING_MODEL } from '../score/score.js';
import { createConfigResolver, isConfigError, type CliSettings, type ConfigError } from '../config/load.js';
import { baselineBuilder, baselinePath, readBaseline, writeBaseline, type Baseline } from '../config/baseline.js';
import {
  addToSummary,
  emptySummary,
  FORMAT_PARTS,
  FORMATTERS,
  FORMAT_NAMES,
  type FormatOptions,
  type ReportHead,
  type ReportParts,
  type RunSummary,
} from '../report/index.js';
import { oneLine, stripControl } from '../util/text.js';
import { safeText, safeWriter } from '../util/safe-text.js';
import { redactPatientData } from '../util/phi.js';
import type { FileReport, Report } from '../types.js';
import type { IO } from './main.js';
import { appendFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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
            return l?.files.length ? { base: l.base, patterns: l.files } : undefined;
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
          const r = await fixFile(resolveFrom(io.cwd, file), oneLine(file), fixMode === 'write', cliLimits.maxFileBytes, expanded.roots.get(file));
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
          io.stderr(
            `strategy-lint: nothing to fix: --fix has no safe change to make in ${n === 1 ? oneLine(expanded.files[0]) : `${n} files`}${fixMode === 'write' ? '' : ' (no diff printed)'}\n`,
          );
        }
        if (fixMode === 'dry-run') return setCode(usageError ? 2 : 0);
      }
      const color = Boolean(opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb'));
      const formatOptions = { color, cwd: io.cwd };
      const output = (opts as { output?: string }).output;
      // GitHub shows only the first annotations of a step: the job summary gets the whole report.
      const stepSummary = opts.format === 'github' && io.env.GITHUB_ACTIONS === 'true' ? io.env.GITHUB_STEP_SUMMARY : undefined;
      // Streaming: a format written in parts (src/report/index.ts: stylish, json, sarif, junit) is
      // written file by file as the reports arrive, to stdout and to --output FILE alike, and the run
      // keeps only counts and paths (SARIF: a few fields per file). Only what needs the whole report
      // (html, markdown and github, and the GitHub step summary) collects every report.
      // (A configuration problem cannot cut a streamed report short: expandPaths has already loaded
      // every file's configuration, through configIgnored; test/streaming.test.ts holds this.)
      const formatParts = await FORMAT_PARTS[opts.format]?.();
      // stdout gets the chosen format, or with --output the stylish report; FILE gets the chosen format.
      const parts = output === undefined ? formatParts : await FORMAT_PARTS.stylish();
      const fileParts = output === undefined ? undefined : formatParts;
      const collect = stepSummary !== undefined || !parts || (output !== undefined && !fileParts);
      // --output FILE: written to a temporary file beside it, renamed over it once complete (openAtomic).
      let outFile: AtomicFile | undefined;
      let outProblem: string | undefined;
      if (output !== undefined) {
        const opened = openAtomic(resolveFrom(io.cwd, output), { makeDirectories: true });
        if ('problem' in opened) outProblem = opened.problem;
        else outFile = opened;
      }
      const head = { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog() };
      // A format written in parts streams into FILE; the others (html, markdown, github) are written whole at the end.
      const toFile =
        outFile && fileParts
          ? streamWriter(
              fileParts,
              safeWriter((s) => outFile!.write(s)),
              head,
              { color: false, cwd: io.cwd },
            )
          : undefined;
      const toStdout = streamWriter(parts, (s) => io.stdout(s), head, formatOptions);
      let stopped: string | undefined;
      // A run that holds its reports stops at half the heap: the report is yet to be made from them.
      const memory = memoryGuard(collect ? 0.5 : 0.85);
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
            // Reports written as they arrive are dropped at once: sharing their strings would only keep them.
            share: collect,
            onProgress: (done, total) => progress.update(done, total),
          },
        );
        try {
          let done = 0;
          for await (const { file, result: r } of many) {
            done++;
            if ('ioError' in r) {
              io.stderr(`strategy-lint: ${oneLine(file)}: ${r.ioError}\n`);
              usageError = true;
              continue;
            }
            onFile(r, progress);
            // A reader slower than the lint (a pipe): wait for it rather than hold the report in memory.
            await io.drained?.();
            // Running out of memory is a clear stop (exit 2), never a crash of the process.
            const full = memory.exhausted();
            if (full) {
              stopped = `stopped after ${done} of ${expanded.files.length} files: ${full}; write the report with a format that is written file by file (stylish, json, sarif, junit), or lint fewer files per run`;
              break;
            }
          }
        } finally {
          progress.end();
        }
        return { maxWarnings };
      };
      // --quiet: errors only in the report; pass/fail and scores are unchanged.
      const shown = (f: FileReport): FileReport =>
        mine.quiet ? { ...f, findings: f.findings.filter((x) => x.severity === 'error' || x.severity === 'critical') } : f;
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
          toStdout.file(file, summary.files);
        }
        toFile?.file(file, summary.files);
        if (collect) collected.push(file);
        addToSummary(summary, file);
      };
      const abandon = (message: string) => {
        outFile?.abort();
        toFile?.dispose();
        toStdout.dispose();
        return usage(message);
      };
      let linted: Awaited<ReturnType<typeof lintAll>>;
      try {
        if (mine.baselineWrite !== undefined) {
          // First pass: the baseline's counts, built as the reports arrive (no report is kept).
          const builder = baselineBuilder(io.cwd);
          await lintAll(baseline, (r) => builder.add(r));
          if (stopped) return abandon(stopped);
          const doc = builder.done();
          try {
            await writeBaseline(resolveFrom(io.cwd, mine.baselineWrite), doc);
          } catch (e) {
            return abandon(`--baseline-write ${oneLine(mine.baselineWrite)}: ${oneLine((e as Error).message)}`);
          }
          const n = doc.findings.reduce((s, e) => s + e.count, 0);
          const files = builder.files();
          io.stderr(
            `strategy-lint: wrote ${n} finding${n === 1 ? '' : 's'} of ${files} file${files === 1 ? '' : 's'} to the baseline ${oneLine(mine.baselineWrite)}\n`,
          );
          baseline = await readBaseline(resolveFrom(io.cwd, mine.baselineWrite));
        }
        linted = await lintAll(baseline, take);
      } catch (e) {
        outFile?.abort();
        toFile?.dispose();
        toStdout.dispose();
        if (isConfigError(e)) return configFailed(e);
        throw e;
      }
      if (stopped) return abandon(stopped);
      if (baseline && mine.baseline !== undefined) {
        let gone = 0;
        for (const p of lintedPaths) for (const c of baseline.get(baselinePath(io.cwd, p))?.values() ?? []) gone += c;
        io.stderr(
          `strategy-lint: the baseline ${oneLine(mine.baseline)} hid ${hidden} finding${hidden === 1 ? '' : 's'}` +
            (gone ? `; ${gone} recorded finding${gone === 1 ? ' is' : 's are'} fixed (refresh the baseline with --baseline-write)` : '') +
            '\n',
        );
        const unmatched = baselineMismatch(
          baseline,
          lintedPaths.map((p) => baselinePath(io.cwd, p)),
        );
        if (unmatched) io.stderr(`strategy-lint: ${unmatched}\n`);
      }
      const maxWarnings = cli.maxWarnings ?? linted.maxWarnings;
      const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
      // stylish prints nothing for a run without files; the documents are printed regardless.
      const printed = summary.files > 0 || (output === undefined && opts.format !== 'stylish');
      const report: Report | undefined = collect ? { ...head, files: collected } : undefined;
      if (parts) {
        if (printed) toStdout.end(summary);
        else toStdout.dispose();
      } else if (printed) {
        // github's own annotation lines start with `::`: the exit point lets those through (main.ts).
        (opts.format === 'github' ? (io.workflowStdout ?? io.stdout) : io.stdout)((await loadFormatter())(report!, formatOptions));
      }
      if (output !== undefined) {
        // --output FILE: the chosen format goes to FILE (complete, or not at all), the terminal still gets the stylish report.
        if (outFile) {
          if (toFile) outProblem = toFile.end(summary);
          else outFile.write(safeText((await loadFormatter())(report!, { color: false, cwd: io.cwd }), { workflowCommands: opts.format === 'github' }));
          if (outProblem) outFile.abort();
          else outProblem = outFile.commit();
        }
        if (outProblem) {
          io.stderr(`strategy-lint: --output ${oneLine(output)}: ${outProblem}\n`);
          usageError = true;
        }
      }
      if (stepSummary) {
        const markdown = (await FORMATTERS.markdown())(report!, { color: false, cwd: io.cwd });
        const problem = appendFile(resolveFrom(io.cwd, stepSummary), safeText(markdown + '\n'));
        if (problem) io.stderr(`strategy-lint: warning: could not append to GITHUB_STEP_SUMMARY (${problem})\n`);
      }
      if (tooManyWarnings)
        io.stderr(`strategy-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than the maximum of ${maxWarnings} (--max-warnings / max_warnings)\n`);
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

/** Appends to a file that exists (the GitHub step summary); a message instead of throwing. */
function appendFile(file: string, text: string): string | undefined {
  try {
    appendFileSync(file, text, 'utf8');
    return undefined;
  } catch (e) {
    return writeFailure(e);
  }
}

/**
 * Writes a report in parts as the files arrive (see ReportParts): the start with the first file,
 * each file's part, then the end. Parts whose start needs every file (JUnit's totals) keep the
 * files' parts in a spool on disk until the end. `end` returns a message when the spool failed.
 */
function streamWriter(parts: ReportParts | undefined, write: (s: string) => void, head: ReportHead, options: FormatOptions) {
  let started = false;
  let spool: Spool | undefined;
  let trailers: Spool | undefined;
  return {
    file(file: FileReport, index: number) {
      if (!parts) return;
      // The start first: a format's start may set up what its file parts use (SARIF's rule index).
      const prefix = parts.startAfterFiles || started ? '' : parts.start(head, options);
      const text = parts.file(file, index, options);
      if (parts.startAfterFiles) (spool ??= createSpool()).write(text);
      else {
        write(prefix + text);
        started = true;
      }
      if (parts.fileTrailer) (trailers ??= createSpool()).write(parts.fileTrailer(file, index, options));
    },
    end(summary: RunSummary): string | undefined {
      if (!parts) return undefined;
      let problem: string | undefined;
      let before = '';
      if (parts.startAfterFiles) {
        write(parts.start(head, options));
        problem = spool?.drain(write);
        spool = undefined;
      } else if (!started) before = parts.start(head, options);
      started = true;
      if (parts.endStart) {
        write(before + parts.endStart(summary, options));
        before = '';
        problem ??= trailers?.drain(write);
        trailers = undefined;
      }
      write(before + parts.end(summary, options));
      return problem;
    },
    dispose() {
      spool?.dispose();
      trailers?.dispose();
      spool = trailers = undefined;
    },
  };
}

/**
 * Whether the heap is nearly full, checked after each file: a run that holds reports (html,
 * markdown, github, the step summary) over more files than memory allows stops with a message and
 * exit 2, instead of dying with V8's "heap limit" crash (exit 134). The limit that matters is the
 * old generation's: V8's heap_size_limit also counts the young generation's reserve (3 semi-spaces
 * of 16 MB on 64-bit). What is used may be garbage V8 has not collected yet: over `share` of the
 * limit, a full collection is made (once per crossing) and what is still used decides.
 */
function memoryGuard(share: number): { exhausted(): string | undefined } {
  const limit = () => {
    const h = getHeapStatistics();
    return { used: h.used_heap_size, old: h.heap_size_limit - Math.min(48 * 1024 * 1024, h.heap_size_limit / 2) };
  };
  return {
    exhausted() {
      let h = limit();
      if (h.used <= share * h.old) return undefined;
      collectGarbage();
      h = limit();
      if (h.used <= share * h.old) return undefined;
      const mb = (n: number) => Math.round(n / 1024 / 1024);
      return `memory is nearly exhausted (${mb(h.used)} MB used of a ${mb(h.old)} MB heap)`;
    },
  };
}

/** A full garbage collection (V8's gc(), reached without --expose-gc on the command line); a no-op where unavailable. */
let gcFunction: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gcFunction === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gcFunction = runInNewContext('gc') as () => void;
    } catch {
      gcFunction = null;
    }
  }
  gcFunction?.();
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
