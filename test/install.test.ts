// Installing the way teams install linters, from a git URL at a commit, with nothing but Node and
// npm: `npm install git+file://…#<sha>` into a project, `npm install -g` of the same, and the
// pre-commit framework running the hook from a clone at a commit. Also that the committed dist/
// is what the sources build to (installing from git uses dist/ as committed: no build step).
//
// These tests install the commit at HEAD of this repository (what a user's URL would name), not
// the working tree. The pre-commit test runs when `pre-commit` is on PATH (or $PRE_COMMIT names
// it); .ci/run installs it and sets STRATEGY_LINT_REQUIRE_PRE_COMMIT=1, so CI never skips it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EXAMPLE_PLAN, ROOT } from './helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quietNpm = { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_loglevel: 'error' };
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() === 'true';

function run(cmd: string, args: string[], opts: SpawnSyncOptions & { cwd: string }) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, ...opts, env: { ...process.env, ...quietNpm, ...opts.env } });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A plan that fails: its only goal's deadline lies after the plan period (smart/time-bound). */
const BAD_PLAN = 'version: 1\norganization: {name: Bad Clinic}\nperiod: {start: 2027-01-01, end: 2027-12-31}\ngoals:\n  - id: a\n    deadline: 2099-01-01\n';

describe('committed dist/', () => {
  it.runIf(inGit)('matches a fresh build of the sources (npm test builds first; stage dist/ with the change)', () => {
    // Working tree against the index: the build that `npm test` just ran must leave dist/ as staged.
    const changed = git(['diff', '--name-only', '--', 'dist'], ROOT);
    const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'dist'], ROOT);
    expect({ changed, untracked }, 'dist/ differs from the build of the sources: run `npm run build` and commit dist/').toEqual({ changed: '', untracked: '' });
    for (const f of ['dist/strategy-lint.cjs', 'dist/strategy-lint.cjs.id', 'dist/strategy-lint.mjs', 'dist/strategy-lint-worker.mjs']) {
      expect(git(['ls-files', '--', f], ROOT), `${f} is committed`).toBe(f);
    }
  });
});

describe.runIf(inGit)('installing from a git URL at a commit', () => {
  let work: string;
  let clone: string;
  let sha: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'sl-git-'));
    clone = path.join(work, 'strategy-lint');
    sha = git(['rev-parse', 'HEAD'], ROOT);
    git(['clone', '--quiet', '--no-hardlinks', ROOT, clone], work);
  }, 120_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('npm install git+file://…#<sha> into a project, then npx strategy-lint lints a plan', () => {
    const app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    const install = run(NPM, ['install', '--save-dev', `git+file://${clone}#${sha}`], { cwd: app });
    expect(install.code, install.out).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'));
    expect(manifest.devDependencies['strategy-lint']).toContain(sha);
    // No build ran and no dev dependency came along: only the runtime dependencies are installed.
    expect(existsSync(path.join(app, 'node_modules/esbuild'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules/typescript'))).toBe(false);
    writeFileSync(path.join(app, 'plan.strategy.yaml'), readFileSync(EXAMPLE_PLAN, 'utf8'));
    const good = run(NPM, ['exec', '--no', '--', 'strategy-lint', 'plan.strategy.yaml', '--no-color'], { cwd: app });
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('plan.strategy.yaml');
    expect(good.stdout).toMatch(/Overall\s+\d+/);
    writeFileSync(path.join(app, 'bad.strategy.yaml'), BAD_PLAN);
    const bad = run(NPM, ['exec', '--no', '--', 'strategy-lint', 'bad.strategy.yaml', '--format', 'json'], { cwd: app });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'smart/time-bound')).toBe(true);
  });

  it('npm install -g --install-links git+file://…#<sha> puts a working strategy-lint on PATH', () => {
    // --install-links: without it npm 10/11 link a global git dependency to its temporary clone,
    // which npm deletes after the install (pre-commit passes the same flag).
    const prefix = path.join(work, 'global');
    const install = run(NPM, ['install', '-g', '--install-links', '--prefix', prefix, `git+file://${clone}#${sha}`], { cwd: work });
    expect(install.code, install.out).toBe(0);
    const bin = path.join(prefix, 'bin/strategy-lint');
    const r = run(bin, [EXAMPLE_PLAN, '--format', 'json'], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).files[0].score).toBeGreaterThan(90);
  });

  it('the GitHub Action runs the committed bundle from its checkout: no npm ci, no build, no node_modules', () => {
    const action = parseYaml(readFileSync(path.join(clone, 'action.yml'), 'utf8'));
    const scripts = action.runs.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(scripts).not.toMatch(/\bnpm\b|\bnpx\b|build/);
    expect(existsSync(path.join(clone, 'node_modules'))).toBe(false);
    // The lint step's script, run as the runner would: inputs as environment variables.
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    const plans = path.join(work, 'action-plans');
    mkdirSync(plans);
    writeFileSync(path.join(plans, 'good.strategy.yaml'), readFileSync(EXAMPLE_PLAN, 'utf8'));
    writeFileSync(path.join(plans, 'bad.strategy.yaml'), BAD_PLAN);
    const output = path.join(work, 'github-output');
    const summary = path.join(work, 'step-summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const r = run('bash', ['-e', '-c', step.run], {
      cwd: plans,
      env: {
        SL_BIN: path.join(clone, 'bin/strategy-lint.js'),
        SL_PATHS: '.',
        SL_MIN_SCORE: '',
        SL_CONFIG: '',
        SL_MAX_WARNINGS: '',
        SL_FAIL_ON: 'error',
        SL_FORMAT: 'github',
        SL_SARIF: 'strategy-lint.sarif',
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
      },
    });
    expect(r.code, r.out).toBe(0); // the step records the exit code; a later step fails the job
    expect(readFileSync(output, 'utf8')).toContain('exit-code=1');
    expect(r.stdout).toMatch(/^::error file=bad\.strategy\.yaml,line=\d+/m);
    const sarif = JSON.parse(readFileSync(path.join(plans, 'strategy-lint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'smart/time-bound')).toBe(true);
    expect(readFileSync(summary, 'utf8')).toContain('bad.strategy.yaml');

    // `paths` with one path a line: every line is linted, a path may hold spaces.
    writeFileSync(path.join(plans, 'My Plan.strategy.yaml'), BAD_PLAN);
    writeFileSync(output, '');
    const lines = run('bash', ['-e', '-c', step.run], {
      cwd: plans,
      env: {
        SL_BIN: path.join(clone, 'bin/strategy-lint.js'),
        SL_PATHS: '  good.strategy.yaml\n\nMy Plan.strategy.yaml  \n',
        SL_FORMAT: 'github',
        SL_SARIF: 'two.sarif',
        SL_FAIL_ON: 'error',
        GITHUB_OUTPUT: output,
      },
    });
    expect(lines.code, lines.out).toBe(0);
    const linted = JSON.parse(readFileSync(path.join(plans, 'two.sarif'), 'utf8')).runs[0].properties.files.map((f: { path: string }) => f.path);
    expect([...linted].sort()).toEqual(['My Plan.strategy.yaml', 'good.strategy.yaml']);
  });
});

/** pre-commit, from $PRE_COMMIT or PATH. */
function preCommit(): string | undefined {
  const candidates = [process.env.PRE_COMMIT, 'pre-commit'].filter((c): c is string => !!c);
  return candidates.find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0);
}
const PRE_COMMIT = inGit ? preCommit() : undefined;
const requirePreCommit = process.env.STRATEGY_LINT_REQUIRE_PRE_COMMIT === '1';

describe('pre-commit', () => {
  it.runIf(requirePreCommit)('is available where CI requires it', () => {
    expect(PRE_COMMIT, 'pre-commit not found: .ci/run installs it into a venv and puts it on PATH').toBeDefined();
  });

  describe.runIf(!!PRE_COMMIT)('the hook, installed by the pre-commit framework from a clone at a commit', () => {
    let work: string;
    let repo: string;
    let env: NodeJS.ProcessEnv;
    beforeAll(() => {
      work = mkdtempSync(path.join(tmpdir(), 'sl-precommit-'));
      const clone = path.join(work, 'strategy-lint');
      git(['clone', '--quiet', '--no-hardlinks', ROOT, clone], work);
      const sha = git(['rev-parse', 'HEAD'], ROOT);
      repo = path.join(work, 'plans');
      mkdirSync(repo);
      env = {
        PRE_COMMIT_HOME: path.join(work, 'cache'),
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: work,
      };
      git(['init', '--quiet', '-b', 'main'], repo);
      writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: file://${clone}\n    rev: ${sha}\n    hooks:\n      - id: strategy-lint\n`);
      writeFileSync(path.join(repo, 'clinic.strategy.yaml'), readFileSync(EXAMPLE_PLAN, 'utf8'));
      writeFileSync(path.join(repo, 'notes.yaml'), 'not: a plan\n'); // not a plan file name: not linted
      const installed = run(PRE_COMMIT!, ['install', '--install-hooks'], { cwd: repo, env });
      if (installed.code !== 0) throw new Error(`pre-commit install failed:\n${installed.out}`);
    }, 600_000);
    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('pre-commit run --all-files passes on a good plan', () => {
      git(['add', '-A'], repo);
      const r = run(PRE_COMMIT!, ['run', '--all-files'], { cwd: repo, env });
      expect(r.code, r.out).toBe(0);
      expect(r.stdout).toMatch(/strategy-lint\.+Passed/);
    });

    it('a commit with a good plan goes through; a failing plan blocks the commit and says why', () => {
      git(['add', '-A'], repo);
      const ok = run('git', ['commit', '-m', 'good plan'], { cwd: repo, env });
      expect(ok.code, ok.out).toBe(0);
      const before = git(['rev-parse', 'HEAD'], repo);

      writeFileSync(path.join(repo, 'strategy-2028.yaml'), BAD_PLAN);
      git(['add', 'strategy-2028.yaml'], repo);
      const blocked = run('git', ['commit', '-m', 'bad plan'], { cwd: repo, env });
      expect(blocked.code).not.toBe(0);
      expect(blocked.out).toMatch(/strategy-lint\.+Failed/);
      expect(blocked.out).toContain('strategy-2028.yaml');
      expect(blocked.out).toContain('smart/time-bound');
      expect(git(['rev-parse', 'HEAD'], repo)).toBe(before);
    });
  });
});
