import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { tree, lateDeadline } from './fixtures/config/tree.js';

/** Two plans, each with one smart/time-bound finding made a warning by the configuration. */
const warned = () => tree({ '.strategy-lint.yaml': 'rules: {smart/time-bound: warning}\n', 'a.strategy.yaml': lateDeadline, 'b.strategy.yaml': lateDeadline });
const countOf = (stdout: string, severity: string) =>
  JSON.parse(stdout).files.reduce((s: number, f: any) => s + f.findings.filter((x: any) => x.severity === severity).length, 0);

describe('--max-warnings', () => {
  it('fails the run when all files together have more warnings than N', async () => {
    const root = warned();
    const all = await cli(['--format', 'json', '.'], { cwd: root });
    expect(all.code).toBe(0);
    const warnings = countOf(all.stdout, 'warning');
    expect(warnings).toBeGreaterThanOrEqual(2);
    expect((await cli(['--max-warnings', String(warnings), '.'], { cwd: root })).code).toBe(0);
    const over = await cli(['--max-warnings', String(warnings - 1), '.'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`${warnings} warnings, more than the maximum of ${warnings - 1}`);
  });

  it('max_warnings in the configuration; the command line wins', async () => {
    const root = tree({ '.strategy-lint.yaml': 'max_warnings: 0\nrules: {smart/time-bound: warning}\n', 'a.strategy.yaml': lateDeadline });
    expect((await cli(['.'], { cwd: root })).code).toBe(1);
    expect((await cli(['--max-warnings', '100', '.'], { cwd: root })).code).toBe(0);
  });

  it('a bad value is a usage error', async () => {
    for (const v of ['-1', 'many', '1.5']) expect((await cli(['--max-warnings', v, '.'], { cwd: warned() })).code).toBe(2);
  });
});

describe('--fail-on', () => {
  it('warning makes warnings fail a file; error (the default) does not', async () => {
    const root = warned();
    expect((await cli(['.'], { cwd: root })).code).toBe(0);
    expect((await cli(['--fail-on', 'error', '.'], { cwd: root })).code).toBe(0);
    const r = await cli(['--format', 'json', '--fail-on', 'warning', '.'], { cwd: root });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.every((f: any) => f.passed === false)).toBe(true);
    const bad = await cli(['--fail-on', 'info', '.'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on must be error or warning');
  });
});

describe('--quiet', () => {
  it('reports errors only; pass/fail and scores are unchanged', async () => {
    const root = tree({ 'a.strategy.yaml': lateDeadline, '.strategy-lint.yaml': 'rules: {governance/why: [warning, {minWords: 500}]}\n' });
    const loud = await cli(['--format', 'json', '.'], { cwd: root });
    const quiet = await cli(['--format', 'json', '--quiet', '.'], { cwd: root });
    expect(countOf(loud.stdout, 'warning')).toBeGreaterThan(0);
    expect(countOf(quiet.stdout, 'warning')).toBe(0);
    expect(countOf(quiet.stdout, 'info')).toBe(0);
    expect(countOf(quiet.stdout, 'error')).toBe(countOf(loud.stdout, 'error'));
    expect(JSON.parse(quiet.stdout).files[0].score).toBe(JSON.parse(loud.stdout).files[0].score);
    expect(quiet.code).toBe(loud.code);
    expect(quiet.code).toBe(1);
  });
});

describe('--min-score and exit codes', () => {
  it('0 pass, 1 below the minimum, 2 for a bad value', async () => {
    const root = warned();
    const score = JSON.parse((await cli(['--format', 'json', 'a.strategy.yaml'], { cwd: root })).stdout).files[0].score;
    expect((await cli(['--min-score', String(score), 'a.strategy.yaml'], { cwd: root })).code).toBe(0);
    expect((await cli(['--min-score', String(score + 1), 'a.strategy.yaml'], { cwd: root })).code).toBe(1);
    expect((await cli(['--min-score', '101', 'a.strategy.yaml'], { cwd: root })).code).toBe(2);
  });

  it('a usage error (2) wins over a failing file (1)', async () => {
    const root = tree({ 'a.strategy.yaml': lateDeadline });
    const r = await cli(['a.strategy.yaml', 'missing.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('a.strategy.yaml');
  });
});
