// Safe reads and writes (issue 19, item 4), through the real CLI: files are written to a temporary
// file beside the target and renamed over it (a write cut short leaves the target as it was), never
// through a symbolic link (`--fix` writes a plan at its real path, inside the tree it was found
// in); a FIFO swapped in for a plan cannot block the reader; a directory that cannot be read is
// reported (exit 2), not skipped; `diff --against` holds the old version to the same limits; a
// report that cannot be written to stdout is exit 2 with a message. Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, cli, EXAMPLE_PLAN, ROOT } from './helpers.js';

const example = fs.readFileSync(EXAMPLE_PLAN, 'utf8');
/** The example plan with a platform alias: `--fix` has one change to make. */
const fixable = example.replace('  - platform: instagram\n', '  - platform: Insta\n');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-safe-io-'));
  fs.chmodSync(tmp, 0o755); // the unreadable-directory case runs as another user
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let dirs = 0;
function dir(files: Record<string, string> = {}): string {
  const d = path.join(tmp, `case-${dirs++}`);
  fs.mkdirSync(d, { recursive: true });
  fs.chmodSync(d, 0o755);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    fs.writeFileSync(path.join(d, name), text);
  }
  return d;
}

const files = (d: string) => fs.readdirSync(d).sort();

/**
 * The program as another user can run it: a copy of bin/ and dist/ under the test's 0755 directory,
 * since the checkout may lie in a directory only its owner can enter (`mktemp -d` makes 0700).
 */
function binForOthers(): string {
  const pkg = path.join(tmp, 'pkg');
  if (!fs.existsSync(pkg)) {
    for (const part of ['bin', 'dist', 'package.json']) {
      fs.cpSync(path.join(path.dirname(BIN), '..', part), path.join(pkg, part), { recursive: true, filter: (src) => !src.includes('code-cache') });
    }
    for (const d of [pkg, path.join(pkg, 'bin'), path.join(pkg, 'dist')]) fs.chmodSync(d, 0o755);
  }
  return path.join(pkg, 'bin', path.basename(BIN));
}

function bin(args: string[], cwd: string, extra: { stdio?: any; uid?: number; gid?: number; shell?: string } = {}) {
  const r = extra.shell
    ? spawnSync('bash', ['-c', extra.shell], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, STRATEGY_LINT_CODE_CACHE: '0' } })
    : spawnSync(process.execPath, [extra.uid !== undefined ? binForOthers() : BIN, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        stdio: extra.stdio,
        uid: extra.uid,
        gid: extra.gid,
        env: { PATH: process.env.PATH, STRATEGY_LINT_CODE_CACHE: '0' },
      });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

describe('--fix never writes through a symbolic link out of the tree it scans', () => {
  it('a plan that links to a file outside the scanned directory is reported, and the file is left alone', async () => {
    const outside = dir({ 'victim.strategy.yaml': fixable });
    const repo = dir({ 'plans/own.strategy.yaml': fixable });
    fs.symlinkSync(path.join(outside, 'victim.strategy.yaml'), path.join(repo, 'plans/linked.strategy.yaml'));
    const r = await cli(['--fix', 'plans'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/linked.strategy.yaml: could not write the fixes (a symbolic link leads outside the directory it was found in');
    expect(fs.readFileSync(path.join(outside, 'victim.strategy.yaml'), 'utf8')).toBe(fixable);
    // The plan inside the tree is fixed; the link is still a link.
    expect(fs.readFileSync(path.join(repo, 'plans/own.strategy.yaml'), 'utf8')).toContain('  - platform: instagram\n');
    expect(fs.lstatSync(path.join(repo, 'plans/linked.strategy.yaml')).isSymbolicLink()).toBe(true);
  });

  it('a link inside the tree is fixed at the file it points to, and stays a link', async () => {
    const repo = dir({ 'plans/real.yaml': fixable });
    fs.symlinkSync('real.yaml', path.join(repo, 'plans/alias.strategy.yaml'));
    const r = await cli(['--fix', 'plans'], { cwd: repo });
    expect(r.stderr).toContain('plans/alias.strategy.yaml: fixed 1 problem');
    expect(fs.readFileSync(path.join(repo, 'plans/real.yaml'), 'utf8')).toBe(example);
    expect(fs.lstatSync(path.join(repo, 'plans/alias.strategy.yaml')).isSymbolicLink()).toBe(true);
    expect(files(path.join(repo, 'plans'))).toEqual(['alias.strategy.yaml', 'real.yaml']); // no temporary file left
  });

  it('keeps the mode of the plan it rewrites', async () => {
    const repo = dir({ 'a.strategy.yaml': fixable });
    fs.chmodSync(path.join(repo, 'a.strategy.yaml'), 0o640);
    await cli(['--fix', 'a.strategy.yaml'], { cwd: repo });
    expect(fs.statSync(path.join(repo, 'a.strategy.yaml')).mode & 0o777).toBe(0o640);
  });

  it('a write cut short by a file-size limit leaves the plan whole (the issue: 360 KB cut to 102 KB)', () => {
    // A plan of about 360 KB with one fix, rewritten under `ulimit -f 200` (100 KB).
    const padding = Array.from({ length: 5000 }, (_, i) => `# note ${i}: ${'x'.repeat(60)}`).join('\n');
    const big = `${fixable}${padding}\n`;
    const repo = dir({ 'big.strategy.yaml': big });
    const r = bin([], repo, { shell: `ulimit -f 200; "${process.execPath}" "${BIN}" --fix big.strategy.yaml` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('big.strategy.yaml: could not write the fixes (the file would exceed the maximum file size allowed (EFBIG))');
    expect(fs.readFileSync(path.join(repo, 'big.strategy.yaml'), 'utf8')).toBe(big);
    expect(files(repo)).toEqual(['big.strategy.yaml']);
  });
});

describe('--output and --baseline-write', () => {
  it('refuse a target that is a symbolic link, and leave what it points to alone', async () => {
    const d = dir({ 'a.strategy.yaml': example, 'target.txt': 'keep\n' });
    fs.symlinkSync('target.txt', path.join(d, 'report.sarif'));
    fs.symlinkSync('target.txt', path.join(d, 'baseline.json'));
    const out = await cli(['-f', 'sarif', '-o', 'report.sarif', 'a.strategy.yaml'], { cwd: d });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--output report.sarif: is a symbolic link');
    const base = await cli(['--baseline-write', 'baseline.json', 'a.strategy.yaml'], { cwd: d });
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('--baseline-write baseline.json: is a symbolic link');
    expect(fs.readFileSync(path.join(d, 'target.txt'), 'utf8')).toBe('keep\n');
  });

  it('refuse a FIFO at once instead of waiting for a reader', async (ctx) => {
    const d = dir({ 'a.strategy.yaml': example });
    if (spawnSync('mkfifo', [path.join(d, 'out.json')]).status !== 0) return ctx.skip();
    const r = await cli(['-f', 'json', '-o', 'out.json', 'a.strategy.yaml'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output out.json: is not a regular file');
  });

  it('replace the file whole: a report that cannot be completed leaves the old one', () => {
    const d = dir({ 'a.strategy.yaml': example, 'report.json': 'the old report\n' });
    // A JSON report of the example plan is far above 1 KB (ulimit -f counts 512-byte blocks).
    const r = bin([], d, { shell: `ulimit -f 2; "${process.execPath}" "${BIN}" -f json -o report.json a.strategy.yaml` });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output report.json: the file would exceed the maximum file size allowed (EFBIG)');
    expect(fs.readFileSync(path.join(d, 'report.json'), 'utf8')).toBe('the old report\n');
    expect(files(d)).toEqual(['a.strategy.yaml', 'report.json']);
  });
});

describe('reading', () => {
  it('a FIFO swapped in after the check is not read: the opened file is what is checked', () => {
    // The race, made certain: statSync says "a regular file" for a path that is a FIFO with no
    // writer. A reader that stats, then reads, blocks forever (the child is killed at 20 s).
    const d = dir();
    const fifo = path.join(d, 'plan.strategy.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const script = `
      import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      const realStat = fs.statSync;
      const regular = realStat(${JSON.stringify(EXAMPLE_PLAN)});
      fs.statSync = (p, ...rest) => (p === ${JSON.stringify(fifo)} ? regular : realStat(p, ...rest));
      syncBuiltinESMExports();
      const { readRegularFile } = await import(${JSON.stringify(path.join(ROOT, 'build/load/files.js'))});
      console.log(JSON.stringify(readRegularFile(${JSON.stringify(fifo)}, 5 * 1024 * 1024)));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal, 'the reader blocked on the FIFO').toBeNull();
    expect(JSON.parse(r.stdout)).toEqual({ failure: { kind: 'not-regular' } });
  });

  it('a directory that cannot be read is reported (exit 2), its siblings still linted', () => {
    const d = dir({ 'plans/open/a.strategy.yaml': example, 'plans/locked/b.strategy.yaml': example });
    for (const p of ['plans', 'plans/open']) fs.chmodSync(path.join(d, p), 0o755);
    fs.chmodSync(path.join(d, 'plans/open/a.strategy.yaml'), 0o644);
    fs.chmodSync(path.join(d, 'plans/locked'), 0o000);
    try {
      // As root, permissions do not stop reading: run as `nobody`.
      const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = bin(['plans'], d, asOther);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('strategy-lint: plans/locked: cannot read this directory (permission denied): the plans in it were not linted');
      expect(r.stdout).toContain('plans/open/a.strategy.yaml');
    } finally {
      fs.chmodSync(path.join(d, 'plans/locked'), 0o755);
    }
  });
});

describe('diff --against holds the old version to the same limits', () => {
  it('an old version above the file-size limit is not read or linted', (ctx) => {
    const d = dir({ '.strategy-lint.yaml': 'limits:\n  max_file_bytes: 20000\n' });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: d, encoding: 'utf8', env: { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', HOME: d } });
    if (git('init', '-q').status !== 0) return ctx.skip();
    const plan = path.join(d, 'plan.strategy.yaml');
    fs.writeFileSync(plan, `${example}${'# padding\n'.repeat(3000)}`); // about 36 KB, above the limit
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'big');
    fs.writeFileSync(plan, example);
    const r = bin(['diff', '--against', 'HEAD', 'plan.strategy.yaml', '--format', 'json'], d);
    expect(r.stderr).toBe('');
    const file = JSON.parse(r.stdout).files[0];
    // The old version has no score: it was not linted (before, it was linted whatever its size).
    expect(file.old.score).toBeNull();
    expect(file.removed).toEqual([
      expect.objectContaining({
        ruleId: 'yaml/limit',
        message: expect.stringMatching(/^file is \d+ bytes, above the maximum file size of 20000 bytes; it was not linted$/),
      }),
    ]);
  });
});

describe('a report that cannot be written', () => {
  it('to stdout (a full disk) is exit 2 with a message, whatever the lint found', (ctx) => {
    if (!fs.existsSync('/dev/full')) return ctx.skip();
    const d = dir({ 'a.strategy.yaml': example });
    for (const format of ['stylish', 'json', 'sarif']) {
      const fd = fs.openSync('/dev/full', 'w');
      try {
        const r = bin(['-f', format, 'a.strategy.yaml'], d, { stdio: ['ignore', fd, 'pipe'] });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('strategy-lint: cannot write the output to standard output: no space left on the device (ENOSPC)');
      } finally {
        fs.closeSync(fd);
      }
    }
  });
});
