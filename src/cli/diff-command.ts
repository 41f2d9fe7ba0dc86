// `strategy-lint diff OLD NEW` and `strategy-lint diff --against REF PATH...`: the score change
// between two versions of a plan and the findings added and removed (see src/report/diff.ts).
import path from 'node:path';
import type { Command } from 'commander';
import { expandPaths, readFailureText, readRegularFile } from '../load/files.js';
import { decode, DEFAULT_LIMITS } from '../load/load.js';
import { lintBytes, lintFile, lintText, TOOL } from '../engine/lint.js';
import { SCORING_MODEL } from '../score/score.js';
import { createConfigResolver, isConfigError } from '../config/load.js';
import type { ResolvedConfig } from '../config/config.js';
import { compareFiles, formatDiffJson, formatDiffStylish, type FileDiff, type Side } from '../report/diff.js';
import { stripControl } from '../util/text.js';
import type { FileReport } from '../types.js';
import type { IO } from './main.js';

const DIFF_FORMATS = ['stylish', 'json'];

interface DiffOptions {
  against?: string;
  format: string;
  failOnDrop?: boolean;
  color?: boolean;
  /** A path (--config), false (--no-config) or undefined (discover). */
  config?: string | boolean;
}

/** Runs git without a shell; resolves to its stdout bytes or a one-line error. */
async function git(
  args: string[],
  cwd: string,
  maxBytes = 64 * 1024 * 1024,
): Promise<{ out: Buffer } | { error: string; missing?: boolean; noGit?: boolean; tooLarge?: boolean }> {
  // Loaded on use: child_process costs every other command start-up time.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    // Output beyond maxBytes stops git: an old version above the file-size limit is never read whole.
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: maxBytes, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve({ out: stdout });
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ error: 'git is not installed or not on PATH', noGit: true });
      if ((err as NodeJS.ErrnoException).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ error: 'too large', tooLarge: true });
      const msg = stripControl(stderr.toString('utf8')).trim().split('\n')[0] ?? '';
      // "fatal: path 'x' does not exist in 'REF'" / "exists on disk, but not in 'REF'": a plan added since REF.
      resolve({ error: msg.replace(/^fatal: /, ''), missing: /does not exist in|exists on disk, but not in/.test(msg) });
    });
  });
}

export function registerDiff(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('diff')
    .description('show the score change and the findings added and removed between two versions of a plan')
    .argument('[paths...]', 'OLD NEW (two plan files), or with --against: the plans to compare with their version at REF')
    .option('--against <ref>', 'compare each PATH with its version at git revision REF (e.g. origin/main)')
    .option('-f, --format <name>', `output format: ${DIFF_FORMATS.join(', ')}`, 'stylish')
    .option('--fail-on-drop', "exit 1 when a plan's overall score drops (or it can no longer be scored)")
    .option('-c, --config <path>', 'use this configuration file for both versions instead of looking for .strategy-lint.yaml')
    .option('--no-config', 'ignore every configuration file (defaults only)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .action(async (paths: string[], opts: DiffOptions) => {
      const usage = (msg: string) => {
        io.stderr(`strategy-lint diff: ${msg}\n`);
        setCode(2);
      };
      if (!DIFF_FORMATS.includes(opts.format)) return usage(`unknown format "${stripControl(opts.format)}"; use one of ${DIFF_FORMATS.join(', ')}`);
      // Each version is linted with the configuration that applies to its path (with --against: the
      // plan's current path, for both), so the scores are the ones `strategy-lint` prints.
      const resolver = createConfigResolver({
        cwd: io.cwd,
        explicit: typeof opts.config === 'string' ? opts.config : undefined,
        disabled: opts.config === false,
      });
      const configFor = async (file: string): Promise<ResolvedConfig> => (await resolver.forFile(path.resolve(io.cwd, file))).config;
      const lintPath = async (file: string): Promise<FileReport | string> => {
        const r = await lintFile(path.resolve(io.cwd, file), { config: await configFor(file) });
        return 'ioError' in r ? `${stripControl(file)}: ${r.ioError}` : r;
      };
      let diffs: FileDiff[] | string;
      try {
        diffs = await collect(paths, opts, io.cwd, lintPath, configFor);
      } catch (e) {
        if (!isConfigError(e)) throw e;
        for (const p of e.problems.slice(0, 20)) io.stderr(`strategy-lint diff: ${stripControl(p.file)}:${p.line}:${p.column}: ${stripControl(p.message)}\n`);
        return setCode(2);
      }
      if (typeof diffs === 'string') return usage(diffs);
      const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
      io.stdout(opts.format === 'json' ? formatDiffJson(diffs, TOOL, SCORING_MODEL) : formatDiffStylish(diffs, Boolean(color)));
      setCode(opts.failOnDrop && diffs.some((d) => d.dropped) ? 1 : 0);
    });
}

/**
 * A saved `strategy-lint --format json` report of one plan, as one side of a diff (with the scoring
 * model that made it); a string is a usage error. The report is data: read within the size limit,
 * checked for its shape, never executed.
 */
async function savedReport(file: string, cwd: string): Promise<Side | string> {
  const read = readRegularFile(path.resolve(cwd, file), DEFAULT_LIMITS.maxFileBytes);
  if ('failure' in read) return `${stripControl(file)}: ${readFailureText(read.failure, 'report file', DEFAULT_LIMITS.maxFileBytes)}`;
  let doc: any;
  try {
    doc = JSON.parse(read.buf.toString('utf8'));
  } catch {
    return `${stripControl(file)}: not a JSON report (give a plan, or a report written with --format json)`;
  }
  const files = doc?.files;
  if (typeof doc?.scoringModel !== 'string' || !Array.isArray(files))
    return `${stripControl(file)}: not a strategy-lint JSON report (it has no scoringModel and files)`;
  if (files.length !== 1)
    return `${stripControl(file)}: the report holds ${files.length} plans; diff compares one plan (write a report of one plan with --format json)`;
  const f = files[0];
  const bad = `${stripControl(file)}: the report's findings are not in strategy-lint's JSON format`;
  if (!Array.isArray(f?.findings) || !Array.isArray(f?.categories)) return `${stripControl(file)}: the report's file has no findings or categories`;
  if (!(f.score === null || (typeof f.score === 'number' && Number.isFinite(f.score)))) return `${stripControl(file)}: the report's score is not a number`;
  const isText = (v: unknown) => typeof v === 'string';
  const isLine = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const findingOk = (x: any) =>
    x !== null &&
    typeof x === 'object' &&
    isText(x.ruleId) &&
    isText(x.pointer) &&
    isText(x.message) &&
    isText(x.severity) &&
    isLine(x.line) &&
    isLine(x.column);
  const categoryOk = (c: any) => c !== null && typeof c === 'object' && isText(c.id) && (c.score === null || typeof c.score === 'number');
  if (!f.findings.every(findingOk) || !f.categories.every(categoryOk)) return bad;
  return { label: file, report: f as FileReport, scoringModel: doc.scoringModel };
}

/** Lints both versions of every plan and compares them; a string is a usage error (exit 2). */
async function collect(
  paths: string[],
  opts: DiffOptions,
  cwd: string,
  lintPath: (file: string) => Promise<FileReport | string>,
  configFor: (file: string) => Promise<ResolvedConfig>,
): Promise<FileDiff[] | string> {
  if (opts.against === undefined) {
    if (paths.length !== 2) return 'give two plan files (strategy-lint diff OLD NEW), or --against REF with the plans to compare';
    const [oldPath, newPath] = paths;
    // Either side may be a saved `--format json` report of one plan instead of the plan itself.
    const side = async (file: string): Promise<Side | string> => {
      if (/\.json$/i.test(file)) return savedReport(file, cwd);
      const r = await lintPath(file);
      return typeof r === 'string' ? r : { label: file, report: r, scoringModel: SCORING_MODEL };
    };
    const [o, n] = await Promise.all([side(oldPath), side(newPath)]);
    if (typeof o === 'string') return o;
    if (typeof n === 'string') return n;
    return [compareFiles(newPath, o, n)];
  }
  const ref = opts.against;
  // eslint-disable-next-line no-control-regex
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) return `"${stripControl(ref)}" is not a git revision`;
  if (paths.length === 0) return 'give the plans to compare with their version at the revision (strategy-lint diff --against REF PATH...)';
  const verified = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  if ('error' in verified)
    return verified.noGit ? verified.error : `unknown git revision "${stripControl(ref)}" (or ${stripControl(cwd)} is not in a git repository)`;
  const expanded = await expandPaths(paths, cwd);
  if (expanded.errors.length) return expanded.errors.map((e) => `${stripControl(e.path)}: ${e.message}`).join('; ');
  const diffs: FileDiff[] = [];
  for (const file of expanded.files) {
    const n = await lintPath(file);
    if (typeof n === 'string') return n;
    const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
    // The old version is held to the limits of the new one (the file size too, before it is read).
    const config = await configFor(file);
    const shown = await git(['show', `${ref}:./${rel}`], cwd, config.limits.maxFileBytes);
    let o: FileReport | null = null;
    if ('error' in shown && shown.tooLarge) {
      const size = await git(['cat-file', '-s', `${ref}:./${rel}`], cwd);
      const bytes = 'out' in size ? Number(size.out.toString('utf8').trim()) : NaN;
      const r = lintBytes(Buffer.alloc(0), `${ref}:${file}`, { config }, Number.isFinite(bytes) ? bytes : config.limits.maxFileBytes + 1);
      if ('ioError' in r) return `${stripControl(file)} at ${stripControl(ref)}: ${r.ioError}`;
      o = r;
    } else if ('error' in shown) {
      // A plan added since REF has no old version: every finding is new.
      if (!shown.missing) return `cannot read ${stripControl(file)} at ${stripControl(ref)}: ${shown.error}`;
    } else {
      const decoded = decode(shown.out);
      if ('problem' in decoded) return `${stripControl(file)} at ${stripControl(ref)}: ${decoded.problem.message}`;
      o = lintText(decoded.text, `${ref}:${file}`, { config });
    }
    diffs.push(compareFiles(file, { label: `${ref}:${file}`, report: o }, { label: file, report: n }));
  }
  return diffs;
}
