// Linting many files: worker threads give the same reports, in the same order, as one thread;
// the progress line never reaches CI logs or captured output; the bundle agrees with the source.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintMany, plannedJobs, PARALLEL_THRESHOLD, type ManyFile, type ManyResult } from '../src/engine/many.js';
import { lintFile } from '../src/engine/lint.js';
import { baselineKey } from '../src/config/baseline.js';
import { createProgress } from '../src/cli/progress.js';
import { cli, cliProcess, planYaml } from './helpers.js';
import type { FileReport } from '../src/types.js';

let dir: string;
let files: ManyFile[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sl-many-'));
  mkdirSync(path.join(dir, 'team'), { recursive: true });
  const plans: [string, string][] = [
    ['a.strategy.yaml', planYaml()],
    ['b.strategy.yaml', planYaml((p) => delete p.goals[0].deadline)],
    ['c.strategy.yaml', 'version: 1\norganization: {name: X\n'], // a syntax error
    ['d.strategy.yaml', planYaml((p) => (p.goals[0].target = 'lots'))], // a schema error
    ['team/e.strategy.yaml', planYaml((p) => (p.organization.jurisdictions = ['SE']))],
    ['team/f.strategy.yaml', planYaml((p) => (p.goal = p.goals.splice(0, 1)))],
  ];
  for (let i = 0; i < 3; i++) for (const [n, t] of plans) writeFileSync(path.join(dir, `${i}-${n.replace('/', '-')}`), t);
  files = plans.flatMap((_, k) => [0, 1, 2].map((i) => `${i}-${plans[k][0].replace('/', '-')}`)).map((f) => ({ file: f, abs: path.join(dir, f) }));
  files.splice(7, 0, { file: 'missing.strategy.yaml', abs: path.join(dir, 'missing.strategy.yaml') });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<ManyResult>): Promise<ManyResult[]> {
  const out: ManyResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('lintMany', () => {
  it('reports every file in input order, with the shown path, an I/O error in its place', async () => {
    const out = await collect(lintMany(files, { jobs: 1 }));
    expect(out.map((r) => r.file)).toEqual(files.map((f) => f.file));
    expect(out[7].result).toEqual({ path: 'missing.strategy.yaml', ioError: 'no such file' });
    for (const r of out) expect(r.result.path).toBe(r.file);
    const b = out.find((r) => r.file === '0-b.strategy.yaml')!.result as FileReport;
    expect(b.findings.some((f) => f.ruleId === 'smart/time-bound')).toBe(true);
    expect(b.source).toBeUndefined(); // dropped by default
  });

  it('gives the same reports on worker threads as in one thread (needs npm run build)', async () => {
    const threads: number[] = [];
    const one = await collect(lintMany(files, { jobs: 1, onThreads: (n) => threads.push(n) }));
    const two = await collect(lintMany(files, { jobs: 3, onThreads: (n) => threads.push(n) }));
    expect(threads).toEqual([0, 2]);
    expect(two).toEqual(one);
    const direct = (await lintFile(files[0].abs)) as FileReport;
    delete direct.source;
    expect(one[0].result).toEqual({ ...direct, path: files[0].file });
  });

  it('keeps source text when asked (code frames)', async () => {
    const [r] = await collect(lintMany(files.slice(0, 1), { jobs: 1, keepSource: true }));
    expect((r.result as FileReport).source).toContain('organization:');
  });

  it('decrements baseline counts in the caller’s maps on worker threads as in one thread', async () => {
    const target = files.find((f) => f.file === '0-b.strategy.yaml')!;
    const first = ((await collect(lintMany([target], { jobs: 1 })))[0].result as FileReport).findings[0];
    const key = baselineKey(first.ruleId, first.pointer);
    const run = async (jobs: number) => {
      const maps = new Map(files.map((f) => [f.file, new Map([[key, 5]])]));
      const out = await collect(lintMany(files, { jobs, optionsFor: (f) => ({ baseline: maps.get(f.file) }) }));
      return { out, counts: [...maps].map(([f, m]) => [f, m.get(key)]) };
    };
    const one = await run(1);
    const two = await run(2);
    expect(two.counts).toEqual(one.counts);
    expect(one.counts.find(([f]) => f === '0-b.strategy.yaml')![1]).toBeLessThan(5);
    const hidden = one.out.find((r) => r.file === '0-b.strategy.yaml')!.result as FileReport;
    expect(hidden.findings.some((f) => baselineKey(f.ruleId, f.pointer) === key)).toBe(false);
    expect(two.out).toEqual(one.out);
  });

  it('uses worker threads only when there are enough files to pay for them', () => {
    expect(plannedJobs(1, undefined, {})).toBe(1);
    expect(plannedJobs(PARALLEL_THRESHOLD, undefined, {})).toBe(1);
    expect(plannedJobs(PARALLEL_THRESHOLD + 1, undefined, {})).toBeGreaterThanOrEqual(1);
    expect(plannedJobs(5000, undefined, { STRATEGY_LINT_JOBS: '1' })).toBe(1);
    expect(plannedJobs(10, undefined, { STRATEGY_LINT_JOBS: '3' })).toBe(3);
    expect(plannedJobs(10, undefined, { STRATEGY_LINT_JOBS: 'many' })).toBe(1);
  });
});

describe('progress line', () => {
  const sink = () => {
    let s = '';
    return { stderr: (x: string) => (s += x), text: () => s };
  };

  it('never prints when stderr is not a terminal or in CI', () => {
    let t = 0;
    for (const io of [
      { env: {}, stderrIsTTY: false },
      { env: { CI: 'true' }, stderrIsTTY: true },
      { env: { CI: '' }, stderrIsTTY: true },
    ]) {
      const out = sink();
      const p = createProgress({ ...io, stderr: out.stderr }, { now: () => t });
      t = 5000;
      p.update(10, 100);
      p.end();
      expect(out.text()).toBe('');
    }
  });

  it('never appears for one file, however long it takes', () => {
    let t = 0;
    const out = sink();
    const p = createProgress({ env: {}, stderrIsTTY: true, stderr: out.stderr }, { now: () => t });
    t = 5000;
    p.update(0, 1);
    p.update(1, 1);
    p.end();
    expect(out.text()).toBe('');
  });

  it('appears on a terminal only after a second, then erases itself', () => {
    let t = 0;
    const out = sink();
    const p = createProgress({ env: {}, stderrIsTTY: true, stderr: out.stderr }, { now: () => t });
    t = 500;
    p.update(1, 100);
    expect(out.text()).toBe('');
    t = 1500;
    p.update(40, 100);
    expect(out.text()).toContain('40/100 files (40%)');
    p.end();
    expect(out.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints nothing on stderr for a multi-file CLI run with captured output', async () => {
    const r = await cli([dir, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files).toHaveLength(files.length - 1);
  });
});

describe('the bundled CLI (needs npm run build)', () => {
  it('reports the same on worker threads as in one thread, nothing on stderr', () => {
    const one = cliProcess([dir, '--format', 'json'], { env: { STRATEGY_LINT_JOBS: '1' } });
    const two = cliProcess([dir, '--format', 'json'], { env: { STRATEGY_LINT_JOBS: '2' } });
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
  });

  it('finds what the source finds (the precompiled schema agrees with the runtime one)', async () => {
    const bundled = JSON.parse(cliProcess([dir, '--format', 'json']).stdout);
    const inProcess = JSON.parse((await cli([dir, '--format', 'json'])).stdout);
    expect(bundled.files).toEqual(inProcess.files);
    const d = bundled.files.find((f: FileReport) => f.path.endsWith('0-d.strategy.yaml'));
    expect(d.findings.some((f: { ruleId: string; pointer: string }) => f.ruleId === 'schema/invalid' && f.pointer === '/goals/0/target')).toBe(true);
  });
});
