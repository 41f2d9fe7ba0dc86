// Output safety: text read from a plan or a file name never reaches an output raw. Terminal escape
// sequences cannot clear the screen, change the title or move the cursor, a line break cannot forge
// a finding or a CI command, markup is escaped in XML/HTML/Markdown, and JSON documents stay valid.
// Every registered format is checked, so formats added later are covered too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { cli, cliProcess, ROOT } from './helpers.js';
import { safeText } from '../src/util/safe-text.js';
import { looksLikePatientData } from '../src/util/phi.js';
import { lintFile, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import { FORMATTERS, FORMAT_NAMES } from '../src/report/index.js';
import { RULES } from '../src/rules/index.js';
import { escapeJsonControls, oneLine, quote, stripControl } from '../src/util/text.js';
import type { FileReport, Report } from '../src/types.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LINK = '[click](javascript:alert(1))';
/** Escape sequences and controls: clear screen, set title (OSC … BEL), carriage return, RTL override, 8-bit CSI. */
const TERMINAL = '\u001b[2J\u001b]0;pwned-title\u0007\rOVERWRITE\u202eevil\u009b31m';
/** A line break followed by what would look like a finding and a GitHub workflow command. */
const FORGE = '\n::error file=forged.yaml,line=1::FORGED-COMMAND\nforged.yaml:1:1  error  FORGED-FINDING\r\n';
const MARKUP = `${SCRIPT}${IMG}${LINK}|`;
// Messages quote at most 60 characters of a value: each payload leads in some field.
const PAYLOAD = `${TERMINAL}${MARKUP}${FORGE}`;
const PAYLOAD_MARKUP = `${MARKUP}${FORGE}${TERMINAL}`;
const PAYLOAD_FORGE = `${FORGE}${TERMINAL}${MARKUP}`;

/** Controls that must never appear in any output (colour codes are added separately, by us). */

const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SGR = /\u001b\[[0-9;]*m/g; // chalk's colours

// Fake patient information (invented, in reserved or test ranges) for the PHI check.
const PHI = { ssn: '123-45-6789', phone: '(555) 010-4477', dob: '03/14/2019', mrn: '00482913', name: 'Jonathan Quibble' };
const PHI_RULE = RULES.some((r) => r.meta.id === 'privacy/phi-in-text');

const y = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar holding s exactly

const PLAN = [
  'version: 1',
  'organization:',
  `  name: ${y(`Lakeside ${PAYLOAD}`)}`,
  `  type: ${y(PAYLOAD)}`,
  '  jurisdictions: [US]',
  '  covered_entity: true',
  `${y(`unknown ${PAYLOAD}`)}: 1`,
  `${y(PAYLOAD_MARKUP)}: 1`,
  `${y(PAYLOAD_FORGE)}: 1`,
  'period: {start: 2027-01-01, end: 2027-12-31}',
  `why: ${y(`Because ${PAYLOAD}`)}`,
  'goals:',
  `  - id: ${y(`goal ${PAYLOAD}`)}`,
  `    unit: ${y(PAYLOAD_MARKUP)}`,
  `    target: ${y(PAYLOAD_FORGE)}`,
  `    statement: ${y(PAYLOAD)}`,
  `    deadline: ${y(`2027-99-99 ${PAYLOAD}`)}`,
  `    ${y(`key ${PAYLOAD}`)}: x`,
  'channels:',
  `  - platform: ${y(PAYLOAD_MARKUP)}`,
  `    handle: ${y(PAYLOAD)}`,
  `    audiences: [${y(`aud ${PAYLOAD}`)}]`,
  'content:',
  '  calendar:',
  '    - date: 2027-02-01',
  '      channel: instagram',
  `      topic: ${y(`Follow up with patient ${PHI.name}, diagnosed with asthma, DOB ${PHI.dob}, SSN ${PHI.ssn}, call ${PHI.phone}, MRN ${PHI.mrn}`)}`,
  '',
].join('\n');

let tmp: string;
let report: Report;
let fileName: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-lint-safety-'));
  // The file name itself is hostile too (everything but `/` and NUL is allowed in a name).
  fileName = `plan ${TERMINAL}${IMG}${FORGE.replace(/\//g, '_')}.strategy.yaml`;
  fs.writeFileSync(path.join(tmp, fileName), PLAN);
  const r = await lintFile(path.join(tmp, fileName));
  if ('ioError' in r) throw new Error(r.ioError);
  const file: FileReport = { ...r, path: fileName };
  report = { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files: [file] };
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function render(format: string, color = false): Promise<string> {
  return (await FORMATTERS[format]())(report, { color, cwd: tmp });
}

/** No line of the output starts with text injected after a line break in the input. */
function expectNoForgedLine(out: string) {
  for (const line of out.split(/\r\n|\r|\n/)) {
    expect(line.trimStart()).not.toMatch(/^::error file=forged/);
    expect(line.trimStart()).not.toMatch(/^forged\.yaml:1:1/);
    expect(line.trimStart()).not.toMatch(/^OVERWRITE/);
  }
}

describe('the hostile plan is really reported', () => {
  it('its values reach messages (so the checks below are not vacuous)', () => {
    const messages = report.files[0].findings.map((f) => f.message).join('\n');
    expect(messages).toContain('pwned-title'); // quoted values are in the messages
    expect(messages).toContain(SCRIPT);
    expect(messages).toContain('FORGED-COMMAND');
    expect(report.files[0].findings.length).toBeGreaterThan(5);
  });

  it('quote() shows control characters as visible escapes, and oneLine() keeps one line', () => {
    expect(quote('a\u001b[2Jb\nc\u202e')).toBe('`a\\u001b[2Jb\\nc\\u202e`');
    expect(oneLine('a\r\nb\u001b]0;t\u0007c\u202e')).toBe('a\\nb]0;tc');
    expect(stripControl('x\u009b31my\u2028z\ufeff')).toBe('x31myz');
  });
});

/** Documents read by programs; every other format (present or future) is held to the terminal rules. */
const JSON_FORMATS = new Set(['json', 'sarif']);
const MARKUP_FORMATS = new Set(['junit', 'html', 'markdown']);

describe.each(FORMAT_NAMES)('format %s', (format) => {
  it('carries no escape sequence, BEL, C1 or bidi control from the input', async () => {
    const out = await render(format);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    // No format, document or terminal, carries a raw CR or another control character from the input.
    expect(out).not.toMatch(FORBIDDEN);
  });

  it('never starts a line with text that followed a line break in the input (CI logs read workflow commands from any output)', async () => {
    expectNoForgedLine(await render(format));
  });

  it.runIf(MARKUP_FORMATS.has(format))('never contains the raw markup from the input', async () => {
    const out = await render(format);
    expect(out).not.toContain(SCRIPT);
    expect(out).not.toContain(IMG);
    expect(out).not.toMatch(/<img[^>]*onerror/i);
    if (format !== 'junit') expect(out).not.toMatch(/\]\(javascript:/i);
  });

  it('is a valid document when it is one', async () => {
    const out = await render(format);
    if (JSON_FORMATS.has(format)) {
      const doc = JSON.parse(out);
      // The hostile text survives as data inside JSON (escaped), minus control characters in SARIF.
      expect(JSON.stringify(doc)).toContain('pwned-title');
      // json keeps the data exactly: escaping is undone by any JSON parser.
      if (format === 'json') expect(doc.files[0].path).toBe(fileName);
    }
    if (format === 'junit') expect(XMLValidator.validate(out)).toBe(true);
  });

  it.runIf(PHI_RULE)('never prints the fake patient information', async () => {
    const out = await render(format);
    for (const value of Object.values(PHI)) expect(out).not.toContain(value);
  });
});

describe('colour output', () => {
  it('stylish with colour adds only colour codes (SGR), nothing from the input', async () => {
    const out = await render('stylish', true);
    expect(out).toMatch(SGR);
    const plain = out.replace(SGR, '');
    expect(plain).not.toContain('\u001b');
    expect(plain).not.toMatch(FORBIDDEN);
    expectNoForgedLine(plain);
  });
});

describe('the real CLI process', () => {
  it('prints the hostile file name and plan without control characters, in every terminal format', () => {
    for (const format of ['stylish', 'github']) {
      if (!FORMAT_NAMES.includes(format)) continue;
      const r = cliProcess(['--no-color', '--format', format, fileName], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.signal).toBeNull();
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(FORBIDDEN);
      expectNoForgedLine(all);
      if (PHI_RULE) for (const value of Object.values(PHI)) expect(all).not.toContain(value);
    }
  });

  it('a missing file with a hostile name gets a one-line message on stderr', () => {
    const r = cliProcess([`missing ${TERMINAL}${FORGE}.strategy.yaml`], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(FORBIDDEN);
    expectNoForgedLine(r.stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^strategy-lint: missing .*: (no such file|the pattern matches no file)/); // `[` makes it a glob
  });

  it('a hostile --format value is echoed safely', () => {
    const r = cliProcess(['--format', `x${TERMINAL}${FORGE}`, path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(FORBIDDEN);
    expectNoForgedLine(r.stderr);
  });
});

// ---------------------------------------------------------------------------------------------
// The exit point (issue 19 items 1 and 3): every output path x every plan of test/fixtures/hostile/exit,
// with hostile file names. Nothing is monkeypatched: the CLI runs in-process with an IO that records
// what it is given, and as a real process where the process itself is under test.

const EXIT_DIR = path.join(ROOT, 'test/fixtures/hostile/exit');
/** Invented patient information the corpus carries; none may leave the process, by any route. */
const EXIT_SECRETS = [
  '987-65-4320',
  '987-65-4321',
  '987-65-4322',
  '987-65-4323',
  '987-65-4324',
  '987-65-4325',
  '987654320',
  '９８７',
  '１２３-４５',
  '03/09/1958',
  '17-Apr-1961',
  '00482913',
  '555-201-3344',
  'jane.doe1987',
  'Nordmann',
  'Larsson',
];
/** Characters no output may hold: controls but tab and line feed, DEL, C1, invisible and bidi characters (colour is off here). */
const EXIT_FORBIDDEN =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: \udb40[\udc00-\udfff] matches tag characters as surrogate pairs on purpose (no u flag)
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]|\udb40[\udc00-\udfff]/;
/** Hostile file names (made at test time: a repository need not hold them). */
const EXIT_NAMES = ['::error title=X::a.strategy.yaml', '::stop-commands::tok.strategy.yaml', '##[warning]b.strategy.yaml', 'c\u202e\u009b31m.strategy.yaml'];

function expectSafe(out: string, where: string, workflow = false) {
  for (const s of EXIT_SECRETS) expect(out, `${where} prints ${s}`).not.toContain(s);
  expect(out, `${where}: a control or invisible character`).not.toMatch(EXIT_FORBIDDEN);
  expect(out, `${where}: ##[`).not.toContain('##[');
  expect(out.isWellFormed(), `${where}: a lone surrogate`).toBe(true);
  for (const line of out.split('\n')) {
    const start = line.trimStart();
    if (!start.startsWith('::')) continue;
    expect(workflow && line === start && /^::(?:error|warning|notice) [^:]*::/.test(line), `${where}: a line starts with :: (${line.slice(0, 60)})`).toBe(true);
  }
}
const expectJson = (out: string, where: string) => expect(() => JSON.parse(out), where).not.toThrow();

describe('the exit point: no patient data, no forged CI line, no invisible character, by any route', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strategy-lint-exit-'));
    for (const f of fs.readdirSync(EXIT_DIR).filter((x) => x.endsWith('.yaml')))
      fs.copyFileSync(path.join(EXIT_DIR, f), path.join(dir, f.replace(/\.yaml$/, '.strategy.yaml')));
    const phi = fs.readFileSync(path.join(EXIT_DIR, 'phi-everywhere.yaml'));
    for (const name of EXIT_NAMES) fs.writeFileSync(path.join(dir, name), phi);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const plans = () =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.strategy.yaml'))
      .sort();

  it('the corpus really carries what it tests (the checks below are not vacuous)', () => {
    const raw = plans()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const s of ['987-65-4320', '03/09/1958', '00482913', 'Nordmann', '##[', '::error', '\\u202e', 'www.example.test']) expect(raw).toContain(s);
    expect(plans().length).toBeGreaterThanOrEqual(12);
  });

  for (const format of FORMAT_NAMES) {
    it(`--format ${format} (stdout, stderr) over the whole directory`, async () => {
      const r = await cli(['--format', format, '.'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBeGreaterThan(500);
      expectSafe(r.stdout, `${format} stdout`, format === 'github');
      expectSafe(r.stderr, `${format} stderr`);
      if (format === 'json' || format === 'sarif') expectJson(r.stdout, format);
      if (format === 'github') expect(r.stdout).toMatch(/^::error file=/m); // its own annotations still start lines
      if (format === 'markdown') expect(r.stdout).not.toMatch(/www\.example/i);
    });
    it(`--output FILE --format ${format}: the file`, async () => {
      const file = path.join(dir, `out-${format}.txt`);
      const r = await cli(['--format', format, '--output', file, ...plans()], { cwd: dir });
      expect(r.code).toBe(1);
      const out = fs.readFileSync(file, 'utf8');
      expectSafe(out, `${format} --output`, format === 'github');
      expectSafe(r.stdout + r.stderr, `${format} --output terminal`);
    });
  }

  it('--baseline-write FILE: the baseline records no key that is patient information', async () => {
    const file = path.join(dir, 'baseline.json');
    const r = await cli(['--baseline-write', file, ...plans()], { cwd: dir });
    expectSafe(r.stdout + r.stderr, 'baseline run');
    const out = fs.readFileSync(file, 'utf8');
    expectSafe(out, 'baseline file');
    expectJson(out, 'baseline');
    expect(out).toContain('~hidden');
    // ...and the baseline still hides those findings on the next run.
    const again = await cli(['--format', 'json', '--baseline', file, ...plans()], { cwd: dir });
    expectSafe(again.stdout + again.stderr, 'baseline reuse');
    const shown = JSON.parse(again.stdout)
      .files.flatMap((f: any) => f.findings)
      .filter((f: any) => f.pointer.includes('~hidden'));
    expect(shown).toEqual([]);
  });

  it('--fix-dry-run: context lines and comments near a fix are shown with patient information hidden', async () => {
    const r = await cli(['--fix-dry-run', 'fixable-next-to-phi.strategy.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/^\+ +- platform: facebook/m); // the fix is shown
    expect(r.stdout).toContain('‹hidden›');
    expectSafe(r.stdout + r.stderr, 'fix dry run');
  });

  it('suppression reasons in json are hidden like values', async () => {
    const r = await cli(['--format', 'json', 'phi-everywhere.strategy.yaml'], { cwd: dir });
    const suppressed = JSON.parse(r.stdout).files[0].suppressed;
    expect(suppressed.map((s: any) => s.kind)).toContain('inline');
    expect(suppressed.find((s: any) => s.kind === 'inline').reason).toContain('‹hidden›');
  });

  it('a key that is a name next to a diagnosis (no digit in it) appears as ~hidden in every pointer', async () => {
    const file = path.join(dir, 'key-only.strategy.yaml');
    fs.writeFileSync(file, 'version: 1\norganization: {name: Lakeside, jurisdictions: [US]}\n"Ola Nordmann was diagnosed with lymphoma": x\n');
    for (const format of ['json', 'sarif', 'junit']) {
      const r = await cli(['--format', format, 'key-only.strategy.yaml'], { cwd: dir });
      expect(r.stdout, format).toContain('/~hidden');
      expectSafe(r.stdout, `key-only ${format}`);
    }
    fs.rmSync(file);
  });

  it('YAML syntax messages that quote the source hide what they quote', async () => {
    for (const f of ['yaml-block-header', 'yaml-stray-bracket', 'yaml-directive', 'yaml-unknown-directive', 'yaml-tag']) {
      for (const format of ['stylish', 'json', 'sarif']) {
        const r = await cli(['--format', format, `${f}.strategy.yaml`], { cwd: dir });
        expect(r.code, f).toBe(1);
        expectSafe(r.stdout + r.stderr, `${f} ${format}`);
      }
    }
  });

  it('diff (stylish and json) prints no file name or message raw', async () => {
    const a = path.join(dir, 'c\u202e\u009b31m.strategy.yaml');
    for (const format of ['stylish', 'json']) {
      const r = await cli(['diff', a, path.join(dir, 'phi-everywhere.strategy.yaml'), '--format', format], { cwd: dir });
      expectSafe(r.stdout + r.stderr, `diff ${format}`);
      if (format === 'json') expectJson(r.stdout, 'diff json');
    }
  });

  it('a value cut at 60 characters never splits a surrogate pair (JSON stays valid UTF-16)', async () => {
    const r = await cli(['--format', 'json', 'astral-cut.strategy.yaml'], { cwd: dir });
    expect(r.stdout.isWellFormed()).toBe(true);
    expect(r.stdout).not.toMatch(/\\ud835(?!\\udc00)/i); // an escaped lone half is valid JSON text, but not a character
    expect(r.stdout).toContain('x'.repeat(58) + '…');
  });

  it('the real process: a library warning (a collection as a key) is never printed raw', () => {
    const r = cliProcess(['--no-color', 'yaml-collection-key.strategy.yaml'], { cwd: dir });
    expect(r.signal).toBeNull();
    expect([1, 2]).toContain(r.code);
    expectSafe(r.stdout + r.stderr, 'collection key (real process)');
    expect(r.stderr).not.toMatch(/Keys with collection values/);
  });

  it('the real process: a --fix on stderr names no forged command', () => {
    const file = path.join(dir, '::error title=X::a.strategy.yaml');
    fs.writeFileSync(file, fs.readFileSync(path.join(EXIT_DIR, 'fixable-next-to-phi.yaml')));
    const r = cliProcess(['--no-color', '--fix', '::error title=X::a.strategy.yaml'], { cwd: dir });
    expectSafe(r.stdout + r.stderr, 'fix (real process)');
    expect(r.stderr).toMatch(/fixed 1 problem/);
  });
});

describe('safeText, the exit point itself', () => {
  it('keeps colour codes and github annotation lines, neutralises everything else', () => {
    expect(safeText('\u001b[31mred\u001b[39m')).toBe('\u001b[31mred\u001b[39m');
    expect(safeText('  ::error::x\n##[group]y\n')).toBe('  \uff1a:error::x\n#\uff03[group]y\n');
    expect(safeText('::error file=a,line=1::m\n', { workflowCommands: true })).toBe('::error file=a,line=1::m\n');
    expect(safeText('::add-mask::secret\n', { workflowCommands: true })).toBe('\uff1a:add-mask::secret\n');
    expect(safeText('a\u202eb\u2063c\ud835d')).toBe('abc\ufffdd');
    expect(safeText('SSN 987-65-4320, call 555-201-3344, jane.doe1987@gmail.com')).toBe('SSN ‹hidden›, call ‹hidden›, ‹hidden›');
  });
  it('JSON documents hold no half character, even when the data does', () => {
    const json = escapeJsonControls(JSON.stringify({ a: 'x\ud835', b: '\\ud835 is text', c: '𝐀' }));
    expect(JSON.parse(json)).toEqual({ a: 'x\ufffd', b: '\\ud835 is text', c: '𝐀' });
  });
  it("leaves strategy-lint's own text alone: every rule's explain page passes unchanged but for invented identifiers in examples", async () => {
    for (const rule of RULES) {
      const r = await cli(['explain', rule.meta.id]);
      const examples = `${rule.meta.examples?.fail ?? ''}\n${rule.meta.examples?.pass ?? ''}`;
      if (looksLikePatientData(examples)) continue;
      expect(r.stdout.includes('‹hidden›'), rule.meta.id).toBe(false);
    }
  });
});
