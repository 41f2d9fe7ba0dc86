// The default command: strategy-lint [paths...]
import type { Command } from 'commander';
import { expandPaths } from '../load/files.js';
import { lintFile, ruleCatalog, TOOL } from '../engine/lint.js';
import { SCORING_MODEL } from '../score/score.js';
import { defaultConfig } from '../config/config.js';
import { FORMATTERS, FORMAT_NAMES } from '../report/index.js';
import { stripControl } from '../util/text.js';
import type { FileReport, Report } from '../types.js';
import type { IO } from './main.js';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadKnowledge } from '../knowledge/load.js';
import { fixFile } from '../engine/fix.js';

export function registerLint(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .argument('[paths...]', 'plan files or directories to lint')
    .option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')}`, 'stylish')
    .option('-o, --output <file>', 'write the --format report to FILE; the terminal still gets the stylish report')
    .option('--min-score <n>', 'fail a file that scores below N (0-100)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--fix', 'apply safe, mechanical fixes (platform aliases, id case/separators) in place, then lint')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them (no lint report)')
    .option('--knowledge <file>', 'replace the built-in platform facts with a JSON or YAML file of the same shape')
    .action(async (paths: string[], opts: { format: string; minScore?: string; color?: boolean; knowledge?: string }) => {
      const usage = (msg: string) => {
        io.stderr(`strategy-lint: ${msg}\n`);
        setCode(2);
      };
      const loadFormatter = FORMATTERS[opts.format];
      if (!loadFormatter) return usage(`unknown format "${stripControl(opts.format)}"; use one of ${FORMAT_NAMES.join(', ')}`);
      const config = defaultConfig();
      if (opts.minScore !== undefined) {
        const n = Number(opts.minScore);
        if (!Number.isFinite(n) || n < 0 || n > 100) return usage(`--min-score must be a number from 0 to 100, got "${stripControl(opts.minScore)}"`);
        config.minScore = n;
      }
      if (opts.knowledge !== undefined) {
        try {
          config.knowledge = await loadKnowledge(resolveFrom(io.cwd, opts.knowledge), opts.knowledge);
        } catch (e) {
          return usage(stripControl((e as Error).message));
        }
      }
      if (paths.length === 0) return usage('no plan given; usage: strategy-lint [options] <plan.yaml|dir>... (see --help)');
      const expanded = await expandPaths(paths, io.cwd);
      let usageError = false;
      for (const e of expanded.errors) {
        io.stderr(`strategy-lint: ${stripControl(e.path)}: ${e.message}\n`);
        usageError = true;
      }
      const fixMode = (opts as { fixDryRun?: boolean }).fixDryRun ? 'dry-run' : (opts as { fix?: boolean }).fix ? 'write' : undefined;
      if (fixMode) {
        // Fixes first (see src/engine/fix.ts); a dry run prints the diffs and stops there.
        for (const file of expanded.files) {
          const r = await fixFile(resolveFrom(io.cwd, file), stripControl(file), fixMode === 'write');
          if (fixMode === 'dry-run') io.stdout(stripControl(r.diff));
          else if (r.edits.length) io.stderr(`strategy-lint: ${stripControl(file)}: fixed ${r.edits.length} problem${r.edits.length === 1 ? '' : 's'}\n`);
          if (r.problem && fixMode === 'write') io.stderr(`strategy-lint: ${stripControl(file)}: could not apply fixes (${r.problem})\n`);
        }
        if (fixMode === 'dry-run') return setCode(usageError ? 2 : 0);
      }
      const files: FileReport[] = [];
      for (const file of expanded.files) {
        const r = await lintFile(resolveFrom(io.cwd, file), { config });
        if ('ioError' in r) {
          io.stderr(`strategy-lint: ${stripControl(file)}: ${r.ioError}\n`);
          usageError = true;
          continue;
        }
        files.push({ ...r, path: file });
      }
      const report: Report = { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files };
      const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
      const output = (opts as { output?: string }).output;
      if (output !== undefined) {
        // --output FILE: the chosen format goes to FILE, the terminal still gets the stylish report.
        const format = await loadFormatter();
        const problem = await writeFileSafely(resolveFrom(io.cwd, output), format(report, { color: false, cwd: io.cwd }), false);
        if (problem) {
          io.stderr(`strategy-lint: --output ${stripControl(output)}: ${problem}\n`);
          usageError = true;
        }
        if (files.length > 0) io.stdout((await FORMATTERS.stylish())(report, { color: Boolean(color), cwd: io.cwd }));
      } else if (files.length > 0 || opts.format !== 'stylish') {
        const format = await loadFormatter();
        io.stdout(format(report, { color: Boolean(color), cwd: io.cwd }));
      }
      // GitHub shows only the first annotations of a step: the job summary gets the whole report.
      const summary = io.env.GITHUB_STEP_SUMMARY;
      if (opts.format === 'github' && io.env.GITHUB_ACTIONS === 'true' && summary) {
        const markdown = (await FORMATTERS.markdown())(report, { color: false, cwd: io.cwd });
        const problem = await writeFileSafely(resolveFrom(io.cwd, summary), markdown + '\n', true);
        if (problem) io.stderr(`strategy-lint: warning: could not append to GITHUB_STEP_SUMMARY (${problem})\n`);
      }
      setCode(usageError ? 2 : files.some((f) => !f.passed) ? 1 : 0);
    });
}

/** Writes (or appends) a report file, creating its directory; returns a message instead of throwing. */
async function writeFileSafely(file: string, text: string, append: boolean): Promise<string | undefined> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await (append ? appendFile : writeFile)(file, text, 'utf8');
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EISDIR' ? 'is a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot write (${code ?? 'error'})`;
  }
}

function resolveFrom(cwd: string, file: string): string {
  return file.startsWith('/') ? file : `${cwd}/${file}`;
}
