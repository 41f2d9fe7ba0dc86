// Streaming output: stylish and json print each file as its report arrives. What is printed must
// be byte for byte what the whole-report path prints (--output FILE, --baseline-write still take
// that path), with the same exit codes, and the JSON document must stay JSON.stringify(doc, null, 2).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintMany, type ManyFile, type ManyResult } from '../src/engine/many.js';
import { formatJson } from '../src/report/json.js';
import { escapeJsonControls } from '../src/util/text.js';
import { cli, cliProcess, planYaml } from './helpers.js';
import type { FileReport, Report } from '../src/types.js';

let dir: string;
const names: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sl-stream-'));
  const plans: [string, string][] = [
    ['a.strategy.yaml', planYaml()],
    ['b.strategy.yaml', planYaml((p) => delete p.goals[0].deadline)], // a warning or error from smart/time-bound
    ['c.strategy.yaml', 'version: 1\norganization: {name: X\n'], // a syntax error (code frame)
    ['d.strategy.yaml', planYaml((p) => (p.goals[0].target = 'lots'))], // a schema error
    ['e.strategy.yaml', planYaml((p) => (p.organization.name = 'Clinic \u0085\u202e\u2028 "x"'))], // C1, bidi, U+2028 in a value
    ['f.strategy.yaml', planYaml((p) => (p.goal = p.goals.splice(0, 1)))],
  ];
  for (const [n, t] of plans) {
    writeFileSync(path.join(dir, n), t);
    names.push(n);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same run printed by streaming (stdout) and by the whole-report path (--output FILE). */
async function bothWays(args: string[]) {
  const streamed = await cli(args, { cwd: dir });
  const out = path.join(dir, 'out', `whole-${Math.random().toString(36).slice(2)}.txt`);
  const whole = await cli([...args, '--output', out], { cwd: dir });
  return { streamed, whole, wholeText: readFileSync(out, 'utf8') };
}

describe('streamed output is the whole report, byte for byte', () => {
  for (const format of ['stylish', 'json']) {
    for (const extra of [[], ['--quiet'], ['--max-warnings', '0']]) {
      it(`${format} ${extra.join(' ')}`.trim(), async () => {
        const { streamed, whole, wholeText } = await bothWays([...names, '--format', format, ...extra]);
        expect(streamed.stdout.length).toBeGreaterThan(500);
        expect(streamed.stdout).toBe(wholeText);
        expect(streamed.code).toBe(whole.code);
        expect(streamed.code).toBe(1);
        expect(streamed.stderr).toBe(whole.stderr);
      });
    }
  }

  it('--quiet leaves only errors, in both formats', async () => {
    const { streamed } = await bothWays([...names, '--format', 'json', '--quiet']);
    const doc = JSON.parse(streamed.stdout);
    const severities = new Set(doc.files.flatMap((f: FileReport) => f.findings.map((x) => x.severity)));
    expect([...severities]).toEqual(['error']);
  });

  it('stylish on stdout with --output is the streamed stylish report', async () => {
    const streamed = await cli(names, { cwd: dir });
    const whole = await cli([...names, '--format', 'json', '--output', path.join(dir, 'out', 'r.json')], { cwd: dir });
    expect(whole.stdout).toBe(streamed.stdout);
  });

  it('--baseline-write (whole-report path) prints what a streamed run prints', async () => {
    const streamed = await cli([...names, '--format', 'json'], { cwd: dir });
    const written = await cli([...names, '--format', 'json', '--baseline-write', path.join(dir, 'out', 'baseline.json')], { cwd: dir });
    const doc = (s: string) => JSON.parse(s).files.map((f: { path: string; findings: unknown[]; suppressed: unknown[] }) => [f.path, f.findings.length + f.suppressed.length]);
    expect(doc(written.stdout)).toEqual(doc(streamed.stdout));
    const after = await cli([...names, '--format', 'json', '--baseline', path.join(dir, 'out', 'baseline.json')], { cwd: dir });
    expect(after.stdout).toBe(written.stdout);
    expect(after.code).toBe(written.code);
  });

  it('a run without reports: stylish prints nothing, json an empty document (both ways)', async () => {
    for (const format of ['stylish', 'json']) {
      const { streamed, whole, wholeText } = await bothWays(['missing.strategy.yaml', '--format', format]);
      expect(streamed.code).toBe(2);
      expect(whole.code).toBe(2);
      expect(streamed.stdout).toBe(format === 'json' ? wholeText : '');
    }
    const { streamed } = await bothWays(['missing.strategy.yaml', '--format', 'json']);
    expect(JSON.parse(streamed.stdout).files).toEqual([]);
  });

  it('a broken configuration found late in the run is reported before any output', async () => {
    const sub = path.join(dir, 'late');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, '.strategy-lint.yaml'), 'rules: [not, a, map\n');
    writeFileSync(path.join(sub, 'z.strategy.yaml'), planYaml());
    const r = await cli([...names, 'late/z.strategy.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\.strategy-lint\.yaml:\d+:\d+/);
    rmSync(sub, { recursive: true, force: true });
  });
});

describe('the JSON document written in parts', () => {
  it('is JSON.stringify(doc, null, 2) with C1/bidi controls escaped, for 0, 1 and many files', async () => {
    const reports: FileReport[] = [];
    for await (const r of lintMany(names.map((f) => ({ file: f, abs: path.join(dir, f) })), { jobs: 1 })) reports.push(r.result as FileReport);
    const head = { tool: { name: 'strategy-lint', version: '9.9.9' }, scoringModel: 'm \u0085', rules: [] };
    for (const files of [[], reports.slice(0, 1), reports]) {
      const text = formatJson({ ...head, files } as Report, { color: false, cwd: dir });
      expect(text).toBe(escapeJsonControls(JSON.stringify(JSON.parse(text), null, 2)) + '\n');
      expect(JSON.parse(text).files.map((f: FileReport) => f.path)).toEqual(files.map((f) => f.path));
      expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2028]/);
    }
  });
});

describe('lintMany with a slow reader (back-pressure on worker threads)', () => {
  it('yields every report, in order, the same as one thread (needs npm run build)', async () => {
    const files: ManyFile[] = [];
    for (let i = 0; i < 60; i++) files.push({ file: names[i % names.length], abs: path.join(dir, names[i % names.length]) });
    const slow = async (it: AsyncIterable<ManyResult>) => {
      const out: ManyResult[] = [];
      for await (const r of it) {
        out.push(r);
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      return out;
    };
    const threads: number[] = [];
    const two = await slow(lintMany(files, { jobs: 2, share: false, onThreads: (n) => threads.push(n) }));
    const one = await slow(lintMany(files, { jobs: 1 }));
    expect(threads).toEqual([1]);
    expect(two).toEqual(one);
  });

  it('streams on worker threads in the real binary: the same bytes as the whole report', () => {
    const many = mkdtempSync(path.join(tmpdir(), 'sl-stream-many-'));
    try {
      const list: string[] = [];
      for (let i = 0; i < 210; i++) {
        const n = `${String(i).padStart(3, '0')}-${names[i % names.length]}`;
        writeFileSync(path.join(many, n), readFileSync(path.join(dir, names[i % names.length])));
        list.push(n);
      }
      for (const format of ['stylish', 'json']) {
        const streamed = cliProcess([...list, '--format', format], { cwd: many, env: { STRATEGY_LINT_JOBS: '2' } });
        const whole = cliProcess([...list, '--format', format, '--output', 'out/whole.txt'], { cwd: many, env: { STRATEGY_LINT_JOBS: '2' } });
        expect(streamed.code).toBe(1);
        expect(whole.code).toBe(1);
        expect(streamed.stdout).toBe(readFileSync(path.join(many, 'out/whole.txt'), 'utf8'));
      }
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});
