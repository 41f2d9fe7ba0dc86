// Hostile input: every file of test/fixtures/hostile (and the big or filesystem-dependent cases
// generated here in a temporary directory) goes through the REAL CLI process. Whatever the input,
// the process must end with a defined exit code (1: the file is not a valid plan, 2: I/O or
// usage), print no stack trace, name the file (with line and column where there is one) and stay
// inside generous time and memory guards. Needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, cli, EXAMPLE_PLAN, lint, ROOT } from './helpers.js';
import { lintText } from '../src/engine/lint.js';
import { defaultConfig } from '../src/config/config.js';
import { DEFAULT_LIMITS, HARD_MAX_DEPTH, maxDepth, parseLimitValue, parsePlan } from '../src/load/load.js';

const HOSTILE = path.join(ROOT, 'test/fixtures/hostile');
/** Guards, not benchmarks: a run that needs more is a bug (a hang or a blow-up), not a slow machine. */
const TIME_GUARD_MS = 60_000;
const HEAP_MB = 256;
const RSS_GUARD_KB = 600 * 1024;

let tmp: string;
let runs = 0;

/** Records the child's peak memory (KB) into $RSS_FILE when it exits, without changing its behaviour. */
const RSS_PRELOAD =
  "data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>{try{writeFileSync(process.env.RSS_FILE,String(process.resourceUsage().maxRSS))}catch{}})";

function run(args: string[], cwd = ROOT) {
  const rssFile = path.join(tmp, `rss-${runs++}`);
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', RSS_PRELOAD, BIN, '--no-color', ...args], {
    cwd,
    env: { PATH: process.env.PATH, RSS_FILE: rssFile },
    encoding: 'utf8',
    timeout: TIME_GUARD_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const maxRssKb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : undefined;
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', maxRssKb, error: r.error };
}

type Outcome = ReturnType<typeof run>;

/** What every run must satisfy, whatever the input. */
function expectControlled(r: Outcome, code: 1 | 2) {
  expect(r.error, 'the process did not finish inside the time guard').toBeUndefined();
  expect(r.signal, 'killed by a signal').toBeNull();
  expect(r.code).toBe(code);
  for (const text of [r.stderr, r.stdout]) {
    expect(text).not.toMatch(/\n\s+at .+[(:]\d+/); // stack frame
    expect(text).not.toMatch(/\b(Type|Range|Reference|Syntax)?Error: /);
    expect(text).not.toMatch(/internal error/);
    expect(text).not.toMatch(/FATAL ERROR|heap out of memory/);
  }
  expect(r.maxRssKb, 'peak memory was recorded').toBeTypeOf('number');
  expect(r.maxRssKb!).toBeLessThan(RSS_GUARD_KB);
}

/** The stylish report names `file:line:col` with the rule on the same line. */
function expectFinding(r: Outcome, file: string, ruleId: string, line?: number, column?: number) {
  const where = `${file}:${line ?? '\\d+'}:${column ?? '\\d+'}`;
  expect(r.stdout).toMatch(new RegExp(`${where.replace(/\./g, '\\.')}\\s+error .*${ruleId.replace('/', '\\/')}`));
}

interface Case {
  file: string;
  ruleId: string;
  line?: number;
  column?: number;
  /** A phrase the message must contain. */
  says?: RegExp;
}

// Every committed fixture is a file that is not a valid plan: exit 1 with a located finding.
const CASES: Case[] = [
  { file: 'empty.yaml', ruleId: 'schema/invalid', line: 1, column: 1, says: /holds no plan/ },
  { file: 'only-comments.yaml', ruleId: 'schema/invalid', line: 1, column: 1, says: /holds no plan/ },
  { file: 'top-level-list.yaml', ruleId: 'schema/invalid', line: 1, column: 1, says: /holds a list/ },
  { file: 'top-level-scalar.yaml', ruleId: 'schema/invalid', line: 1, column: 1, says: /single string/ },
  { file: 'multiple-documents.yaml', ruleId: 'yaml/syntax', line: 4, column: 1, says: /several YAML documents/ },
  { file: 'syntax-unclosed-quote.yaml', ruleId: 'yaml/syntax', says: /quote/ },
  { file: 'syntax-unclosed-flow.yaml', ruleId: 'yaml/syntax', says: /end with a \]/ },
  { file: 'syntax-bad-indent.yaml', ruleId: 'yaml/syntax', line: 4, column: 1 },
  { file: 'syntax-compact-mapping.yaml', ruleId: 'yaml/syntax', line: 2, column: 15 },
  { file: 'syntax-undefined-alias.yaml', ruleId: 'yaml/syntax', line: 3, column: 9, says: /anchor .* not defined/ },
  { file: 'tabs.yaml', ruleId: 'yaml/syntax', line: 3, column: 1, says: /tabs/ },
  { file: 'duplicate-keys.yaml', ruleId: 'yaml/syntax', line: 5, column: 3, says: /duplicate key/ },
  { file: 'alias-bomb.yaml', ruleId: 'yaml/limit', line: 3, column: 11, says: /maximum alias count of 100[\s\S]*--max-aliases/ },
  { file: 'binary.yaml', ruleId: 'yaml/syntax', line: 3, column: 1, says: /binary data/ },
  { file: 'invalid-utf8.yaml', ruleId: 'yaml/syntax', line: 3, column: 12, says: /not valid UTF-8/ },
  // UTF-16 with a byte-order mark is decoded and linted: the finding is on the right line.
  { file: 'utf16le-bom.yaml', ruleId: 'schema/invalid', line: 4, column: 3, says: /`type`/ },
  { file: 'utf16be-bom.yaml', ruleId: 'schema/invalid', line: 4, column: 3, says: /`type`/ },
  // CRLF: the example plan with one deadline moved out of the period, on line 32.
  { file: 'crlf.yaml', ruleId: 'smart/time-bound', line: 32, column: 5, says: /2031-09-30/ },
  { file: 'proto-keys.yaml', ruleId: 'schema/unknown-key', line: 6, column: 1, says: /unknown section `__proto__`/ },
  { file: 'tag-js-function.yaml', ruleId: 'yaml/syntax', line: 3, column: 9, says: /custom YAML tags/ },
  { file: 'tag-binary.yaml', ruleId: 'yaml/syntax', line: 3, column: 9, says: /custom YAML tags/ },
  { file: 'tag-unknown.yaml', ruleId: 'yaml/syntax', line: 2, column: 15, says: /custom YAML tags/ },
  { file: 'wrong-types.yaml', ruleId: 'schema/invalid', line: 3, column: 3, says: /`name` should be text, but is a number/ },
  { file: 'dates-other-formats.yaml', ruleId: 'schema/invalid', line: 8, column: 5, says: /YYYY-MM-DD, but is `Jan 31 2027`/ },
  { file: 'data-keywords.yaml', ruleId: 'schema/invalid', line: 1, column: 1, says: /`version` must be 1/ },
];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-lint-hostile-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('hostile corpus through the real CLI', () => {
  it('covers every committed fixture', () => {
    const files = fs.readdirSync(HOSTILE).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  for (const c of CASES) {
    it(`${c.file}: exit 1 with ${c.ruleId}${c.line ? ` at ${c.line}:${c.column}` : ''}`, () => {
      const r = run([path.join('test/fixtures/hostile', c.file)]);
      expectControlled(r, 1);
      const rel = `test/fixtures/hostile/${c.file}`;
      expectFinding(r, rel, c.ruleId, c.line, c.column);
      if (c.says) expect(r.stdout).toMatch(c.says);
    });
  }

  it('CRLF line endings give the same findings at the same positions as LF', () => {
    const crlf = fs.readFileSync(path.join(HOSTILE, 'crlf.yaml'), 'utf8');
    expect(crlf).toContain('\r\n');
    const a = lintText(crlf, 'p.yaml');
    const b = lintText(crlf.replace(/\r\n/g, '\n'), 'p.yaml');
    const strip = (r: typeof a) => r.findings.map((f) => [f.ruleId, f.line, f.column, f.message]);
    expect(strip(a)).toEqual(strip(b));
    expect(a.score).toBe(b.score);
  });

  it('custom tags construct nothing: the !!js/function body never runs and the value is not a function', () => {
    const text = fs.readFileSync(path.join(HOSTILE, 'tag-js-function.yaml'), 'utf8');
    const parsed = parsePlan(text);
    const name = (parsed.data as any)?.organization?.name;
    expect(typeof name).not.toBe('function');
    expect(parsed.problems.some((p) => p.ruleId === 'yaml/syntax' && /custom YAML tags/.test(p.message))).toBe(true);
  });

  it('$data, $ref and $schema in a plan are plain unknown values, never schema keywords', () => {
    const r = lint(fs.readFileSync(path.join(HOSTILE, 'data-keywords.yaml'), 'utf8'));
    const at = (ruleId: string, line: number) => r.findings.some((f) => f.ruleId === ruleId && f.line === line);
    expect(at('schema/invalid', 1)).toBe(true); // version: {$data: …} is not the number 1
    expect(at('schema/unknown-key', 2)).toBe(true); // $schema
    expect(at('schema/unknown-key', 3)).toBe(true); // $ref: not followed
    expect(at('schema/invalid', 5)).toBe(true); // name: {$data: "/why"} is not text
  });
});

describe('__proto__, constructor and prototype keys pollute nothing', () => {
  it('leaves Object.prototype untouched in-process (engine and CLI)', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const text = fs.readFileSync(path.join(HOSTILE, 'proto-keys.yaml'), 'utf8');
    const report = lintText(text, 'proto.yaml');
    const viaCli = await cli([path.join('test/fixtures/hostile/proto-keys.yaml'), '--format', 'json']);
    expect(viaCli.code).toBe(1);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
    expect(([] as any).polluted).toBeUndefined();
    expect(typeof ({} as any).constructor).toBe('function');
    // The keys are reported as what they are: unknown keys, located.
    const unknown = report.findings.filter((f) => f.ruleId === 'schema/unknown-key').map((f) => f.line);
    expect(unknown).toEqual(expect.arrayContaining([4, 5, 6, 8, 11]));
  });

  it('keeps __proto__ as an own data key of the parsed plan', () => {
    const data = parsePlan(fs.readFileSync(path.join(HOSTILE, 'proto-keys.yaml'), 'utf8')).data as any;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(data.polluted).toBeUndefined();
  });
});

describe('generated hostile input (big or filesystem-dependent)', () => {
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('a 50 MB file is refused by its size before it is read or parsed', () => {
    write('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 'why: padding\n'));
    const r = run(['huge.yaml'], tmp);
    expectControlled(r, 1);
    expectFinding(r, 'huge.yaml', 'yaml/limit', 1, 1);
    expect(r.stdout).toMatch(/above the maximum file size of 5242880 bytes/);
    expect(r.stdout).toMatch(/--max-file-size/);
  });

  it('a single 5 MB line is linted, and the report stays small (the line is clipped, never echoed)', () => {
    write('long-line.yaml', `version: 1\norganization: {name: "${'x'.repeat(5_000_000)}", type: 42}\n`);
    const r = run(['long-line.yaml'], tmp);
    expectControlled(r, 1);
    expectFinding(r, 'long-line.yaml', 'schema/invalid', 2, 5_000_026);
    expect(r.stdout.length).toBeLessThan(64 * 1024);
  });

  it('10,000-deep flow nesting is refused by the pre-scan', () => {
    write('deep-flow.yaml', `version: 1\nwhy: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const r = run(['deep-flow.yaml'], tmp);
    expectControlled(r, 1);
    expectFinding(r, 'deep-flow.yaml', 'yaml/limit', 2, 69);
    expect(r.stdout).toMatch(/maximum depth of 64 levels/);
  });

  it('10,000-deep block nesting (compact sequences) is refused by the pre-scan', () => {
    write('deep-seq.yaml', `version: 1\nwhy:\n  ${'- '.repeat(10_000)}x\n`);
    const r = run(['deep-seq.yaml'], tmp);
    expectControlled(r, 1);
    expectFinding(r, 'deep-seq.yaml', 'yaml/limit', 3);
  });

  it('deep block mappings are refused by the pre-scan at the first line too deep', () => {
    // 10,000 indented levels would be 50 MB; 3,000 one-space levels fit under the size limit.
    let text = 'version: 1\n';
    for (let i = 0; i < 3000; i++) text += `${' '.repeat(i)}k${i}:\n`;
    write('deep-map.yaml', text);
    const r = run(['deep-map.yaml'], tmp);
    expectControlled(r, 1);
    expectFinding(r, 'deep-map.yaml', 'yaml/limit', 66, 65);
  });

  it('a directory where a plan file is expected is a usage error (exit 2)', () => {
    fs.mkdirSync(path.join(tmp, 'empty-dir'), { recursive: true });
    const r = run(['empty-dir'], tmp);
    expectControlled(r, 2);
    expect(r.stderr).toMatch(/^strategy-lint: empty-dir: no plan files/m);
    const k = run(['--knowledge', 'empty-dir', EXAMPLE_PLAN], tmp);
    expectControlled(k, 2);
    expect(k.stderr).toMatch(/empty-dir/);
  });

  it('a missing file is a usage error (exit 2) naming the file', () => {
    const r = run(['does-not-exist.strategy.yaml'], tmp);
    expectControlled(r, 2);
    expect(r.stderr).toMatch(/^strategy-lint: does-not-exist\.strategy\.yaml: no such file/m);
  });

  it('an unreadable file is a usage error (exit 2) naming the file', (ctx) => {
    const file = write('locked.strategy.yaml', fs.readFileSync(EXAMPLE_PLAN));
    fs.chmodSync(file, 0o000);
    let readable = false;
    try {
      fs.readFileSync(file);
      readable = true;
    } catch {
      /* expected for a normal user */
    }
    // As root (containers, some CI), permissions do not stop reading: the case cannot be produced.
    if (readable) {
      fs.chmodSync(file, 0o644);
      ctx.skip();
      return;
    }
    const r = run(['locked.strategy.yaml'], tmp);
    fs.chmodSync(file, 0o644);
    expectControlled(r, 2);
    expect(r.stderr).toMatch(/locked\.strategy\.yaml: permission denied/);
  });

  it('a reader that stops early (`| head`) is not a crash: no EPIPE error, the exit code stays', () => {
    const dir = path.join(tmp, 'many');
    fs.mkdirSync(dir, { recursive: true });
    const plan = fs.readFileSync(path.join(HOSTILE, 'wrong-types.yaml'));
    for (let i = 0; i < 80; i++) fs.writeFileSync(path.join(dir, `p${i}.strategy.yaml`), plan);
    // The JSON report of 80 files is far larger than a pipe buffer: node writes into a closed pipe.
    const script = `"${process.execPath}" "${BIN}" --format json many | head -c 100 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { cwd: tmp, encoding: 'utf8', timeout: TIME_GUARD_MS });
    expect(r.error).toBeUndefined();
    expect(r.stderr.trim()).toBe('exit=1');
  });

  it('a symlink loop in a scanned directory ends: each real plan is linted once', () => {
    const dir = path.join(tmp, 'loop');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(EXAMPLE_PLAN, path.join(dir, 'good.strategy.yaml'));
    fs.writeFileSync(path.join(dir, 'bad.strategy.yaml'), 'version: 1\norganization: {name: [x\n');
    fs.symlinkSync('.', path.join(dir, 'self')); // directory loop
    fs.symlinkSync('b.strategy.yaml', path.join(dir, 'a.strategy.yaml')); // file loop a -> b -> a
    fs.symlinkSync('a.strategy.yaml', path.join(dir, 'b.strategy.yaml'));
    const r = run(['loop'], tmp);
    expectControlled(r, 1);
    expect(r.stdout.match(/^loop\/good\.strategy\.yaml$/gm)).toHaveLength(1);
    expect(r.stdout.match(/^loop\/bad\.strategy\.yaml$/gm)).toHaveLength(1);
    expectFinding(r, 'loop/bad.strategy.yaml', 'yaml/syntax');
    // Named directly, the looping link is an I/O error.
    const direct = run(['loop/a.strategy.yaml'], tmp);
    expectControlled(direct, 2);
    expect(direct.stderr).toMatch(/loop\/a\.strategy\.yaml: .*symlink loop|loop\/a\.strategy\.yaml: too many symbolic links/);
  });
});

describe('limits: defaults, flags, messages', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 5 * 1024 * 1024, maxAliases: 100, maxDepth: 64, maxFindings: 500 });
  });

  it('--max-file-size takes bytes or a unit, and a file above it fails with the flag named', () => {
    expect(parseLimitValue('5MB', true)).toBe(5 * 1024 * 1024);
    expect(parseLimitValue('500kb', true)).toBe(500 * 1024);
    expect(parseLimitValue('1GiB', true)).toBe(1024 ** 3);
    expect(parseLimitValue('1200', true)).toBe(1200);
    expect(parseLimitValue('5MB')).toBeUndefined(); // counts take no unit
    expect(parseLimitValue('-1', true)).toBeUndefined();
    const r = run(['--max-file-size', '1KB', EXAMPLE_PLAN]);
    expectControlled(r, 1);
    expect(r.stdout).toMatch(/above the maximum file size of 1024 bytes/);
    expect(r.stdout).toMatch(/--max-file-size or `limits\.max_file_bytes`/);
  });

  it('bad limit values are usage errors (exit 2)', () => {
    for (const args of [
      ['--max-file-size', 'big'],
      ['--max-aliases', '-3'],
      ['--max-depth', '0'],
      ['--max-depth', String(HARD_MAX_DEPTH + 1)],
      ['--max-findings', '2.5'],
    ]) {
      const r = run([...args, EXAMPLE_PLAN]);
      expectControlled(r, 2);
      expect(r.stderr).toContain(args[0]);
    }
  });

  it('--max-aliases can be lowered and raised', () => {
    const aliases = `version: 1\norganization: {name: &n Lakeside}\nwhy: [${Array(150).fill('*n').join(', ')}]\n`;
    const file = path.join(tmp, 'aliases.yaml');
    fs.writeFileSync(file, aliases);
    const low = run([file]);
    expectControlled(low, 1);
    expect(low.stdout).toMatch(/maximum alias count of 100/);
    const raised = run(['--max-aliases', '1000', '--format', 'json', file]);
    expect(raised.code).toBe(1);
    const doc = JSON.parse(raised.stdout);
    expect(doc.files[0].findings.some((f: any) => f.ruleId === 'yaml/limit')).toBe(false);
    expect(doc.files[0].score).not.toBeNull();
  });

  it('--max-depth applies to the example plan, and its message says how to raise it', () => {
    const r = run(['--max-depth', '2', EXAMPLE_PLAN]);
    expectControlled(r, 1);
    expect(r.stdout).toMatch(/maximum depth of 2 levels/);
    expect(r.stdout).toMatch(/--max-depth or `limits\.max_depth`/);
  });

  it('--max-findings truncates the report with a finding that says how many were hidden', () => {
    const r = run(['--max-findings', '2', '--format', 'json', path.join('test/fixtures/hostile/wrong-types.yaml')]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).files[0].findings;
    expect(f).toHaveLength(3);
    expect(f[2].ruleId).toBe('yaml/limit');
    expect(f[2].message).toMatch(/\d+ more findings not shown \(above the maximum of 2 findings per file\)/);
    expect(f[2].hint).toMatch(/--max-findings/);
  });

  it('a raised --max-depth never goes past the parser ceiling: 10,000 levels are still refused cleanly', () => {
    const text = `version: 1\nwhy: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    const report = lintText(text, 'deep.yaml', { config: configWith({ maxDepth: 1_000_000 }) });
    expect(report.score).toBeNull();
    expect(report.findings[0].ruleId).toBe('yaml/limit');
    expect(report.findings[0].message).toMatch(new RegExp(`maximum depth of ${HARD_MAX_DEPTH} levels`));
  });
});

describe('the depth pre-scan does not refuse ordinary plans', () => {
  it('counts the example plan as shallow', () => {
    // Deepest: plan > budget > lines > item > goals: [bookings] = 5 levels.
    expect(maxDepth(fs.readFileSync(EXAMPLE_PLAN, 'utf8'), 5)).toBeUndefined();
    expect(maxDepth(fs.readFileSync(EXAMPLE_PLAN, 'utf8'), 4)).toBeDefined();
  });

  it('ignores brackets and quotes inside text, comments and block scalars', () => {
    const text = [
      'version: 1',
      "why: it's [not a list, and {not a map",
      '# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
      'governance:',
      '  owner: "a [ b { c \\" ["',
      "  agency: 'it''s ['",
      '  executive_sponsor: >',
      `${' '.repeat(300)}deeply indented folded text [[[[`,
      `${' '.repeat(300)}- not - a - sequence`,
      '  team_fte: 1',
      '',
    ].join('\n');
    expect(maxDepth(text, 3)).toBeUndefined();
    expect(parsePlan(text).problems.filter((p) => p.ruleId === 'yaml/limit')).toEqual([]);
  });

  it('counts levels of the data, not of indentation: indentless sequences count, continued text does not', () => {
    const limits = (maxDepth: number) => ({ ...DEFAULT_LIMITS, maxDepth });
    const tooDeep = (text: string, max: number) => parsePlan(text, limits(max)).problems.filter((p) => p.ruleId === 'yaml/limit');
    // Data nine levels deep, written with sequences at their key's indentation (five indent steps).
    const indentless = 'a:\n- b:\n  - c:\n    - d:\n      - e: 1\n';
    expect(tooDeep(indentless, 9)).toEqual([]);
    expect(tooDeep(indentless, 8)).toMatchObject([{ line: 5, column: 9 }]);
    expect(tooDeep(indentless, 6)).toHaveLength(1);
    // Three levels, with a plain scalar continued on ever more indented lines.
    const continued = 'x:\n  y:\n    z: one\n      two\n        three\n';
    expect(tooDeep(continued, 3)).toEqual([]);
    expect(tooDeep(continued, 2)).toHaveLength(1);
    // The same limit when the document takes the full parser (an anchor is outside the fast path).
    const anchored = 'x: &a [1, [2]]\ny: *a\n';
    expect(tooDeep(anchored, 3)).toEqual([]);
    expect(tooDeep(anchored, 2)).toMatchObject([{ line: 1, column: 11 }]);
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const nest = (n: number) => `why: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    // The mapping `why:` is one level, each bracket one more.
    expect(maxDepth(nest(63), 64)).toBeUndefined();
    expect(maxDepth(nest(64), 64)).toEqual({ line: 1, column: 69 });
  });
});

function configWith(limits: Partial<typeof DEFAULT_LIMITS>) {
  // The engine's default configuration with some limits changed, as the CLI's --max-* flags do.
  const config = defaultConfig();
  return { ...config, limits: { ...config.limits, ...limits } };
}

describe('special files named as configuration or knowledge', () => {
  it('a FIFO given as --config or --knowledge is refused at once (exit 2), not read forever', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-fifo-'));
    try {
      const fifo = path.join(dir, 'pipe.yaml');
      if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here: nothing to test
      for (const flag of ['--config', '--knowledge']) {
        const r = spawnSync(process.execPath, [BIN, EXAMPLE_PLAN, flag, fifo], { encoding: 'utf8', timeout: 20_000 });
        expect(r.signal, `${flag} hung`).toBeNull();
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/not a regular file/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wide documents', () => {
  it('locates findings in a mapping with thousands of keys without a cost per key and finding', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `unknown_${i}: x`).join('\n');
    const report = lint(`version: 1\n${keys}\n`);
    const unknown = report.findings.filter((f) => f.ruleId === 'schema/unknown-key');
    expect(unknown.length).toBeGreaterThan(0);
    // Every finding is at its own key's line (line 2 is unknown_0).
    for (const f of unknown.slice(0, 50)) expect(f.line).toBe(Number(/unknown_(\d+)/.exec(f.pointer)![1]) + 2);
  });
});
