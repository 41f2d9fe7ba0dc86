// Streaming output: stylish and json print each file as its report arrives. What is printed must
// be byte for byte what the whole-report path prints (--output FILE, --baseline-write still take
// that path), with the same exit codes, and the JSON document must stay JSON.stringify(doc, null, 2).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintMany, type ManyFile, type ManyResult } from '../src/engine/many.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif, sarifParts } from '../src/report/sarif.js';
import { formatJunit, junitParts } from '../src/report/junit.js';
import { addToSummary, emptySummary } from '../src/report/index.js';
import { ruleCatalog } from '../src/engine/lint.js';
import { XMLParser } from 'fast-xml-parser';
import { spawnSync } from 'node:child_process';
import { escapeJsonControls } from '../src/util/text.js';
import { BIN, cli, cliProcess, planYaml } from './helpers.js';
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
  for (const format of ['stylish', 'json', 'sarif', 'junit']) {
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
    const doc = (s: string) =>
      JSON.parse(s).files.map((f: { path: string; findings: unknown[]; suppressed: unknown[] }) => [f.path, f.findings.length + f.suppressed.length]);
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
    for await (const r of lintMany(
      names.map((f) => ({ file: f, abs: path.join(dir, f) })),
      { jobs: 1 },
    ))
      reports.push(r.result as FileReport);
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

describe('SARIF and JUnit written in parts', () => {
  it('the CLI writes the SARIF document of its reports, to stdout and to --output FILE', async () => {
    const reports: FileReport[] = [];
    for await (const r of lintMany(
      names.map((f) => ({ file: f, abs: path.join(dir, f) })),
      { jobs: 1 },
    ))
      reports.push(r.result as FileReport);
    for (const args of [[], ['--output', 'out/streamed.sarif']]) {
      const r = await cli([...names, '--format', 'sarif', ...args], { cwd: dir });
      const text = args.length ? readFileSync(path.join(dir, 'out/streamed.sarif'), 'utf8') : r.stdout;
      const doc = JSON.parse(text);
      expect(text).toBe(escapeJsonControls(JSON.stringify(doc, null, 2)) + '\n');
      const results = doc.runs[0].results;
      expect(results).toHaveLength(reports.reduce((n, f) => n + f.findings.length, 0));
      // Every result names its rule's index in the run (the index is set up before the first file).
      for (const x of results) expect(doc.runs[0].tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
    }
  });

  it('are the documents of the whole-report formatters, for 0, 1 and many files', async () => {
    const reports: FileReport[] = [];
    for await (const r of lintMany(
      names.map((f) => ({ file: f, abs: path.join(dir, f) })),
      { jobs: 1 },
    ))
      reports.push(r.result as FileReport);
    const head = { tool: { name: 'strategy-lint', version: '9.9.9' }, scoringModel: 'm \u0085', rules: ruleCatalog() };
    const options = { color: false, cwd: dir };
    for (const files of [[], reports.slice(0, 1), reports]) {
      const report = { ...head, files } as Report;
      // Written in parts the way the CLI writes them: file parts, trailers and start kept apart.
      for (const [parts, whole] of [
        [sarifParts(), formatSarif(report, options)],
        [junitParts(), formatJunit(report, options)],
      ] as const) {
        const summary = emptySummary();
        let start = parts.startAfterFiles ? '' : parts.start(head, options);
        const bodies: string[] = [];
        const trailers: string[] = [];
        for (const f of files) {
          bodies.push(parts.file(f, summary.files, options));
          if (parts.fileTrailer) trailers.push(parts.fileTrailer(f, summary.files, options));
          addToSummary(summary, f);
        }
        if (parts.startAfterFiles) start = parts.start(head, options);
        const text = start + bodies.join('') + (parts.endStart?.(summary, options) ?? '') + trailers.join('') + parts.end(summary, options);
        expect(text).toBe(whole);
      }
      // SARIF is JSON.stringify(doc, null, 2), every finding a result, every file an entry.
      const sarif = formatSarif(report, options);
      const doc = JSON.parse(sarif);
      expect(sarif).toBe(escapeJsonControls(JSON.stringify(doc, null, 2)) + '\n');
      expect(doc.runs[0].results).toHaveLength(files.reduce((n, f) => n + f.findings.length, 0));
      expect(doc.runs[0].properties.files.map((f: { path: string }) => f.path)).toEqual(files.map((f) => f.path));
      // JUnit: the totals on <testsuites> are the sums over the suites written before them.
      const xml = new XMLParser({ ignoreAttributes: false }).parse(formatJunit(report, options));
      const suites = [xml.testsuites.testsuite ?? []].flat();
      expect(Number(xml.testsuites['@_tests'])).toBe(suites.reduce((n: number, x: any) => n + Number(x['@_tests']), 0));
      expect(Number(xml.testsuites['@_failures'])).toBe(suites.reduce((n: number, x: any) => n + Number(x['@_failures']), 0));
    }
  });
});

describe('bounded memory: a report over many files never exhausts the heap (needs npm run build)', () => {
  // 400 plans with 300 findings each: 120,000 results, about 140 MB of SARIF. Held whole, as
  // before issue 19, that report took the process past a 64 MB heap (V8's "heap limit" crash,
  // exit 134); written file by file it takes a few megabytes.
  let many: string;
  beforeAll(async () => {
    many = mkdtempSync(path.join(tmpdir(), 'sl-stream-memory-'));
    const { manyFindingPlans } = await import('../bench/hostile.mjs' as string);
    for (const [name, text] of manyFindingPlans(400, 300) as [string, string][]) writeFileSync(path.join(many, name), text);
  });
  afterAll(() => rmSync(many, { recursive: true, force: true }));

  const small = (args: string[]) =>
    spawnSync(process.execPath, ['--max-old-space-size=64', BIN, ...args], {
      cwd: many,
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 512 * 1024 * 1024,
      env: { PATH: process.env.PATH, STRATEGY_LINT_JOBS: '1', STRATEGY_LINT_CODE_CACHE: '0' },
    });
  const noCrash = (r: ReturnType<typeof small>) => {
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/FATAL ERROR|heap out of memory|JavaScript heap/);
  };

  it('SARIF on stdout and JUnit into --output FILE finish in a 64 MB heap', () => {
    const sarif = small(['-f', 'sarif', '.']);
    noCrash(sarif);
    expect(sarif.status).toBe(1);
    const doc = JSON.parse(sarif.stdout);
    expect(doc.runs[0].properties.files).toHaveLength(400);
    expect(doc.runs[0].results.length).toBeGreaterThanOrEqual(400 * 300);
    const junit = small(['-f', 'junit', '-o', 'out/report.xml', '.']);
    noCrash(junit);
    expect(junit.status).toBe(1);
    const xml = readFileSync(path.join(many, 'out/report.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="strategy-lint" tests="')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(400);
  });

  it('a format that needs the whole report stops with exit 2 and a message before the heap runs out', () => {
    const r = small(['-f', 'html', '.']);
    noCrash(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^strategy-lint: stopped after \d+ of 400 files: memory is nearly exhausted \(\d+ MB used of a \d+ MB heap\); write the report with a format that is written file by file/m,
    );
  });
});
