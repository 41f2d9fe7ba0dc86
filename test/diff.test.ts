// `strategy-lint diff`: score change, findings added and removed (matched by rule and pointer,
// not by line), --fail-on-drop, --against a git revision, and the usage errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, planYaml } from './helpers.js';
import { lintText } from '../src/engine/lint.js';
import { CATEGORIES } from '../src/types.js';

const goodYaml = planYaml();
const badYaml = planYaml((p) => {
  p.goals[0].deadline = '2029-09-30';
});
const good = lintText(goodYaml, 'good.yaml');
const bad = lintText(badYaml, 'bad.yaml');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sl-diff-'));
  writeFileSync(path.join(dir, 'good.strategy.yaml'), goodYaml);
  writeFileSync(path.join(dir, 'bad.strategy.yaml'), badYaml);
  // The bad plan again, every line moved down by three.
  writeFileSync(path.join(dir, 'bad-moved.strategy.yaml'), '# moved\n# down\n# three lines\n' + badYaml);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const r = await cli(['diff', '--format', 'json', ...args], { cwd: dir });
  return { ...r, doc: r.code === 2 ? undefined : JSON.parse(r.stdout) };
};

describe('diff OLD NEW', () => {
  it('the test plans differ in score', () => {
    expect(bad.score!).toBeLessThan(good.score!);
  });

  it('reports the added finding and the score drop per category and overall', async () => {
    const { code, doc } = await json(['good.strategy.yaml', 'bad.strategy.yaml']);
    expect(code).toBe(0);
    const [d] = doc.files;
    expect(d.overall).toEqual({ old: good.score, new: bad.score, delta: bad.score! - good.score! });
    expect(d.categories.map((c: any) => c.id)).toEqual([...CATEGORIES]);
    const goals = d.categories.find((c: any) => c.id === 'goals');
    const score = (r: typeof good) => r.categories.find((c) => c.id === 'goals')!.score;
    expect(goals).toEqual({ id: 'goals', old: score(good), new: score(bad), delta: score(bad)! - score(good)! });
    expect(d.added.map((f: any) => `${f.ruleId} ${f.pointer}`)).toContain('smart/time-bound /goals/0/deadline');
    expect(d.removed).toEqual([]);
    expect(d.dropped).toBe(true);
    expect(doc.dropped).toBe(true);
  });

  it('the other direction lists it as removed and the score as risen', async () => {
    const { doc } = await json(['bad.strategy.yaml', 'good.strategy.yaml']);
    const [d] = doc.files;
    expect(d.overall.delta).toBe(good.score! - bad.score!);
    expect(d.removed.map((f: any) => f.ruleId)).toContain('smart/time-bound');
    expect(d.added).toEqual([]);
    expect(d.dropped).toBe(false);
  });

  it('matches findings by rule and pointer: moved lines add and remove nothing', async () => {
    expect(bad.findings.length).toBeGreaterThan(0);
    const { doc } = await json(['bad.strategy.yaml', 'bad-moved.strategy.yaml']);
    const [d] = doc.files;
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.overall.delta).toBe(0);
  });

  it('--fail-on-drop exits 1 when the overall score drops, 0 otherwise', async () => {
    expect((await cli(['diff', '--fail-on-drop', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: dir })).code).toBe(1);
    expect((await cli(['diff', '--fail-on-drop', 'bad.strategy.yaml', 'good.strategy.yaml'], { cwd: dir })).code).toBe(0);
    expect((await cli(['diff', '--fail-on-drop', 'bad.strategy.yaml', 'bad-moved.strategy.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('prints a readable report by default', async () => {
    const r = await cli(['diff', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('good.strategy.yaml → bad.strategy.yaml');
    expect(r.stdout).toMatch(new RegExp(`overall +${good.score} → ${bad.score} +-${good.score! - bad.score!}`));
    expect(r.stdout).toContain('Added findings');
    expect(r.stdout).toContain('smart/time-bound');
    expect(r.stdout).toContain('✖ the score dropped in 1 of 1 file');
  });

  it('a missing file, a wrong number of files or an unknown format is exit 2 with a message', async () => {
    const missing = await cli(['diff', 'good.strategy.yaml', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: no such file');
    const one = await cli(['diff', 'good.strategy.yaml'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('give two plan files');
    const fmt = await cli(['diff', '--format', 'sarif', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: dir });
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('unknown format');
  });
});

describe('diff with a configuration', () => {
  let cdir: string;
  beforeAll(() => {
    cdir = mkdtempSync(path.join(tmpdir(), 'sl-diff-config-'));
    writeFileSync(path.join(cdir, 'good.strategy.yaml'), goodYaml);
    writeFileSync(path.join(cdir, 'bad.strategy.yaml'), badYaml);
    writeFileSync(path.join(cdir, '.strategy-lint.yaml'), 'rules:\n  smart/time-bound: off\n');
  });
  afterAll(() => rmSync(cdir, { recursive: true, force: true }));

  it('lints both versions with the discovered configuration; --no-config ignores it', async () => {
    const withConfig = JSON.parse((await cli(['diff', '-f', 'json', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: cdir })).stdout).files[0];
    expect(withConfig.added.map((f: any) => f.ruleId)).not.toContain('smart/time-bound');
    const without = JSON.parse((await cli(['diff', '-f', 'json', '--no-config', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: cdir })).stdout).files[0];
    expect(without.added.map((f: any) => f.ruleId)).toContain('smart/time-bound');
  });

  it('a bad configuration is exit 2 with its position', async () => {
    writeFileSync(path.join(cdir, 'broken.yaml'), 'rules:\n  no/such-rule: error\n');
    const r = await cli(['diff', '--config', 'broken.yaml', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: cdir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:2:\d+: /);
  });
});

describe('diff --against GIT_REF', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'sl-diff-git-'));
    git('init', '-q');
    execFileSync('mkdir', ['-p', path.join(repo, 'plans')]);
    writeFileSync(path.join(repo, 'plans/clinic.strategy.yaml'), goodYaml);
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    // The working tree: the plan got worse, and a new plan appeared.
    writeFileSync(path.join(repo, 'plans/clinic.strategy.yaml'), badYaml);
    writeFileSync(path.join(repo, 'plans/new.strategy.yaml'), goodYaml);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('compares each path with its version at the revision', async () => {
    const r = await cli(['diff', '--against', 'HEAD', '--format', 'json', 'plans/clinic.strategy.yaml'], { cwd: repo });
    expect(r.code).toBe(0);
    const [d] = JSON.parse(r.stdout).files;
    expect(d.old.label).toBe('HEAD:plans/clinic.strategy.yaml');
    expect(d.overall).toEqual({ old: good.score, new: bad.score, delta: bad.score! - good.score! });
    expect(d.added.map((f: any) => f.ruleId)).toContain('smart/time-bound');
  });

  it('works from a subdirectory and with --fail-on-drop', async () => {
    const r = await cli(['diff', '--against', 'HEAD', '--fail-on-drop', 'clinic.strategy.yaml'], { cwd: path.join(repo, 'plans') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HEAD:clinic.strategy.yaml → clinic.strategy.yaml');
  });

  it('a directory expands to its plans; a plan added since the revision has every finding new', async () => {
    const r = await cli(['diff', '--against', 'HEAD', '--format', 'json', 'plans'], { cwd: repo });
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: any) => f.path)).toEqual(['plans/clinic.strategy.yaml', 'plans/new.strategy.yaml']);
    const added = files[1];
    expect(added.old.exists).toBe(false);
    expect(added.overall).toEqual({ old: null, new: good.score, delta: null });
    expect(added.added.length).toBe(good.findings.length);
    expect(added.dropped).toBe(false);
  });

  it('an unknown revision is exit 2 with a clear message', async () => {
    const r = await cli(['diff', '--against', 'no-such-branch', 'plans/clinic.strategy.yaml'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown git revision "no-such-branch"');
    const dash = await cli(['diff', '--against', '--output=x', 'plans/clinic.strategy.yaml'], { cwd: repo });
    expect(dash.code).toBe(2);
  });

  it('outside a git repository is exit 2', async () => {
    const r = await cli(['diff', '--against', 'HEAD', 'good.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown git revision "HEAD"');
  });
});
