// Each speed trick can be switched off (src/engine/speed.ts lists them), and switching it off
// changes no output: the same reports, byte for byte, through the real CLI process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cliProcess, ROOT } from './helpers.js';
import { MIRRORS_YAML_VERSION } from '../src/load/fast-yaml.js';

const files = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
/** Plans of every kind: good and flawed examples, other languages, hostile and broken files. */
const PLANS = [...files('examples'), ...files('test/fixtures/lang'), ...files('test/fixtures/hostile')];

const json = (env: NodeJS.ProcessEnv, args: string[] = []) => {
  const r = cliProcess(['--format', 'json', ...args, ...PLANS], { env });
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return r.stdout;
};

describe('speed switches change no output', () => {
  it(`STRATEGY_LINT_FAST_YAML=0: every plan read by yaml alone (${PLANS.length} files)`, () => {
    const fast = json({});
    expect(JSON.parse(fast).files).toHaveLength(PLANS.length);
    expect(json({ STRATEGY_LINT_FAST_YAML: '0' })).toBe(fast);
  });

  it('STRATEGY_LINT_CODE_CACHE=0: the CLI compiled without the code cache', () => {
    expect(json({ STRATEGY_LINT_CODE_CACHE: '0' })).toBe(json({}));
  });

  it('STRATEGY_LINT_JOBS: one thread and three threads give the same reports in the same order', () => {
    expect(json({ STRATEGY_LINT_JOBS: '3' })).toBe(json({ STRATEGY_LINT_JOBS: '1' }));
  });
});

describe('the code cache', () => {
  let pkg: string;
  beforeAll(() => {
    // A copy of the installed layout (bin/ + dist/ without a cache), as after `npm install`.
    pkg = mkdtempSync(path.join(tmpdir(), 'sl-cache-'));
    cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true, filter: (src) => !src.includes('code-cache') });
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
  });
  afterAll(() => {
    if (pkg) rmSync(pkg, { recursive: true, force: true });
  });
  const lint = (env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [path.join(pkg, 'bin/strategy-lint.js'), path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
    });
  const cacheFiles = () => (existsSync(path.join(pkg, 'dist/code-cache')) ? readdirSync(path.join(pkg, 'dist/code-cache')) : []);

  it('is not written with STRATEGY_LINT_CODE_CACHE=0, is written by the first run, and is then reused', () => {
    expect(lint({ STRATEGY_LINT_CODE_CACHE: '0' }).status).toBe(0);
    expect(cacheFiles()).toEqual([]);
    const first = lint();
    expect(first.status).toBe(0);
    const written = cacheFiles();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version}-${process.arch}\\.bin$`));
    const file = path.join(pkg, 'dist/code-cache', written[0]);
    const mtime = statSync(file).mtimeMs;
    const second = lint();
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(cacheFiles()).toEqual(written); // no partial file left behind
  });

  it('a damaged cache is ignored (V8 would crash on it) and rewritten', () => {
    expect(lint().status).toBe(0);
    const [name] = cacheFiles();
    const file = path.join(pkg, 'dist/code-cache', name);
    const bytes = readFileSync(file);
    for (let i = 1000; i < 1400; i++) bytes[i] ^= 0x5a;
    writeFileSync(file, bytes);
    const r = lint();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('all passed');
    expect(readFileSync(file).equals(bytes)).toBe(false);
    expect(lint().status).toBe(0);
  });
});

describe('the fast YAML path is pinned to the yaml version it mirrors', () => {
  it('package.json pins yaml exactly, and the installed yaml is that version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/yaml/package.json'), 'utf8')).version;
    expect(pkg.dependencies.yaml, 'upgrade yaml on purpose: re-run test/fast-yaml.test.ts, then update MIRRORS_YAML_VERSION').toBe(MIRRORS_YAML_VERSION);
    expect(installed).toBe(MIRRORS_YAML_VERSION);
  });
});
