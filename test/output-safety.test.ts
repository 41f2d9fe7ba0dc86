// Output safety: text read from a plan or a file name never reaches an output raw. Terminal escape
// sequences cannot clear the screen, change the title or move the cursor, a line break cannot forge
// a finding or a CI command, markup is escaped in XML/HTML/Markdown, and JSON documents stay valid.
// Every registered format is checked, so formats added later are covered too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { cliProcess, ROOT } from './helpers.js';
import { lintFile, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import { FORMATTERS, FORMAT_NAMES } from '../src/report/index.js';
import { RULES } from '../src/rules/index.js';
import { oneLine, quote, stripControl } from '../src/util/text.js';
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
// eslint-disable-next-line no-control-regex
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
