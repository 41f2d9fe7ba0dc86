// The package as users get it: `npm pack` produces a tarball that installs into an empty
// directory and runs. Also the integration files at the repository root (.pre-commit-hooks.yaml,
// action.yml). Needs `npm run build` first (npm test does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers.js';
import { PLAN_FILE } from '../src/load/files.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

describe('npm pack', () => {
  let work: string;
  let tarball: string;
  let files: string[];
  let app: string;

  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist/strategy-lint.cjs'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    work = mkdtempSync(path.join(tmpdir(), 'sl-pack-'));
    // --ignore-scripts: the build already ran; pack what it produced.
    const out = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      env: npmEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const info = JSON.parse(out.slice(out.indexOf('[')))[0];
    tarball = path.join(work, info.filename);
    files = info.files.map((f: { path: string }) => f.path);
    app = path.join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'sl-pack-test', version: '1.0.0', private: true }));
    const install = (extra: string[]) =>
      spawnSync(NPM, ['install', ...extra, '--no-audit', '--no-fund', '--no-package-lock', tarball], {
        cwd: app,
        env: npmEnv,
        encoding: 'utf8',
        timeout: 240_000,
      });
    // Dependencies come from the npm cache; when it lacks something, fall back to the registry.
    let r = install(['--offline']);
    if (r.status !== 0) r = install([]);
    if (r.status !== 0) throw new Error(`npm install of the tarball failed:\n${r.stderr}`);
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the built CLI, the schema, the example and the docs, and no sources or tests', () => {
    for (const f of ['bin/strategy-lint.js', 'schemas/strategy.schema.json', 'examples/lakeside-pediatrics.strategy.yaml', 'README.md', 'package.json']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('dist/'))).toBe(true);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('installs from the tarball into an empty directory and lints the example (exit 0)', () => {
    const bin = path.join(app, 'node_modules/.bin/strategy-lint');
    const example = path.join(app, 'node_modules/strategy-lint/examples/lakeside-pediatrics.strategy.yaml');
    const r = spawnSync(bin, [example, '--no-color'], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Overall');
    expect(r.stdout).toContain('all passed');
  });

  it('the installed package writes SARIF and fails a bad plan with exit 1', () => {
    const bin = path.join(app, 'node_modules/.bin/strategy-lint');
    writeFileSync(path.join(app, 'bad.strategy.yaml'), 'version: 1\norganization: {name: X}\ngoals:\n  - id: a\n    deadline: 2099-01-01\n');
    const r = spawnSync(bin, ['--format', 'sarif', 'bad.strategy.yaml'], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].results.length).toBeGreaterThan(0);
  });
});

describe('integration files', () => {
  it('.pre-commit-hooks.yaml runs strategy-lint with language node on plan file names', () => {
    const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'strategy-lint', language: 'node', entry: 'strategy-lint', pass_filenames: true });
    // pre-commit matches `files` (a Python regex) against repository paths; `(?i)` = the i flag.
    const files = new RegExp(String(hook.files).replace(/^\(\?i\)/, ''), 'i');
    const names = [
      'plans/clinic.strategy.yaml',
      'strategy-2027.yaml',
      'a/b/Strategy.yml',
      'x.strategy.yml',
      'plans/notes.yaml',
      'strategy/readme.md',
      'mystrategy.yaml',
      'a.strategy.yaml.bak',
    ];
    for (const n of names) expect([n, files.test(n)]).toEqual([n, PLAN_FILE.test(path.basename(n))]);
  });

  it('action.yml is a composite action that writes and uploads SARIF', () => {
    const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'min-score', 'format']));
    const uses = action.runs.steps.map((s: any) => s.uses).filter(Boolean);
    expect(uses.some((u: string) => u.startsWith('actions/setup-node@'))).toBe(true);
    expect(uses.some((u: string) => u.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    const lint = action.runs.steps.find((s: any) => s.id === 'lint');
    expect(lint.run).toContain('--format sarif --output "$SL_SARIF"');
    // Inputs reach the script through the environment, never spliced into it.
    expect(lint.run).not.toContain('${{');
  });
});
