// The first hour of a new user (issue 18): YAML errors that diagnose their cause, values of the
// wrong form with the corrected value, fixes that find the user (marked in every format, counted
// in the summary, key renames), and the pitfalls of baselines, init, reports and wording.
// test/hurried.test.ts runs the committed hurried-user plans.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { lintText } from '../src/engine/lint.js';
import { computeFixes } from '../src/engine/fix.js';
import { parsePlan } from '../src/load/load.js';
import { codeFrame } from '../src/report/codeframe.js';
import { suggestValue, readDateText, readHoursText, readNumberText } from '../src/schema/suggest.js';
import { ageHint, starterPlan } from '../src/cli/init-command.js';
import { cli, EXAMPLE_PLAN, findingsOf, ROOT } from './helpers.js';
import { tree, example, lateDeadline } from './fixtures/config/tree.js';

const syntaxOf = (text: string) => lintText(text, 'plan.strategy.yaml').findings.filter((f) => f.ruleId === 'yaml/syntax');
const lines = example.split('\n');
const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
const replaceLine = (text: string, s: string, to: (l: string) => string) =>
  text
    .split('\n')
    .map((l) => (l.includes(s) ? to(l) : l))
    .join('\n');

describe('YAML errors that diagnose (one finding per root cause)', () => {
  it('an indentation slip is one finding with the cause in words, not the parser cascade', () => {
    const text = replaceLine(example, 'statement: Grow online', (l) => l.slice(1));
    const at = lineOf('statement: Grow online');
    const found = syntaxOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: at, column: 1, message: `line ${at} is indented 3 spaces; its siblings use 4 (\`id:\` on line ${at - 1})` });
    expect(found[0].hint).toMatch(
      /Indent `statement:` with 4 spaces so that it lines up with `id:`\..* It also caused the \d+ parser errors after it \(not listed\)\./,
    );
    expect(found[0].message).not.toMatch(/Nested mappings|Implicit keys/);
  });

  it('a block pasted one space off is one finding for its lines', () => {
    const at = lineOf('statement: Become a trusted');
    const text = example
      .split('\n')
      .map((l, i) => (i + 1 >= at && i + 1 <= at + 7 ? l.slice(1) : l))
      .join('\n');
    const found = syntaxOf(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(`lines ${at}, ${at + 1}, ${at + 2} and 5 more are indented 3 spaces; their siblings use 4 (\`id:\` on line ${at - 1})`);
  });

  it('a large file with the same slip on thousands of lines stays a few findings', () => {
    const big = ['version: 1', 'goals:'];
    for (let i = 0; i < 4000; i++) big.push(i % 2 ? `   statement: x${i}` : `  - id: g${i}`);
    const found = syntaxOf(big.join('\n'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(4);
    expect(found[0].message).toBe('line 4 is indented 3 spaces; its siblings use 4 (`id:` on line 3)');
  });

  it('two independent slips give two findings', () => {
    let text = replaceLine(example, 'statement: Grow online', (l) => l.slice(1));
    text = replaceLine(text, 'handle: LakesidePediatrics', (l) => '  ' + l);
    const found = syntaxOf(text);
    expect(found.map((f) => f.line)).toEqual([lineOf('statement: Grow online'), lineOf('handle: LakesidePediatrics')]);
  });

  it('five slips of five kinds at once (a Word export with a tab and a slip) are five findings, each at its line', () => {
    let worst = example.replace('    metric: social_referred_bookings', '\u00a0'.repeat(4) + 'metric: social_referred_bookings');
    worst = replaceLine(worst, '- id: referrers', (l) => l.replace('-', '\u2013'));
    worst = replaceLine(worst, 'expected_return: "cost per booking', () => '      expected_return: \u201ccost: under 40 USD\u201d');
    worst = worst.replace('    posts_per_week: 3', '\tposts_per_week: 3');
    worst = replaceLine(worst, 'escalation: Clinical', (l) => ' ' + l);
    const found = syntaxOf(worst);
    expect(found.map((f) => f.line)).toEqual(
      ['metric: social_referred', '- id: referrers', 'posts_per_week: 3', 'expected_return: "cost per booking', 'escalation: Clinical'].map(lineOf),
    );
    expect(found.map((f) => f.message.replace(/^lines? \d+ /, ''))).toEqual([
      expect.stringMatching(/^is indented with non-breaking spaces/),
      expect.stringMatching(/^starts a list item with an en dash/),
      expect.stringMatching(/^is indented with a tab/),
      expect.stringMatching(/^wraps a value in curly quotes/),
      expect.stringMatching(/^is indented 3 spaces; its siblings use 2/),
    ]);
  });

  it('names the invisible character and shows it in the code frame', () => {
    const text = replaceLine(example, 'metric: social_referred', (l) => '\u00a0'.repeat(4) + l.trimStart());
    const [f] = syntaxOf(text);
    expect(f.message).toMatch(/indented with non-breaking spaces \(U\+00A0\)/);
    expect(f.fixable).toBe(true);
    expect(codeFrame(text, f.line, f.column).join('\n')).toContain('⍽⍽⍽⍽metric: social_referred_bookings');
    const tab = codeFrame('a:\n\tb: 1\n', 2, 1).join('\n');
    expect(tab).toContain('→ b: 1');
  });

  it('a tab gets one finding that says how many spaces to use, not a clear message and then the cascade', () => {
    const text = example.replace('    metric: social_referred_bookings', '\tmetric: social_referred_bookings');
    const found = syntaxOf(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/is indented with a tab \(shown as →\); YAML does not allow tabs for indentation, only spaces/);
    expect(found[0].hint).toMatch(/Replace each tab with 4 spaces/);
  });

  it('curly quotes around text with a colon: the cause, the straight-quoted value, and --fix', () => {
    const text = replaceLine(example, 'expected_return: "cost per booking', () => '      expected_return: \u201ccost: under 40 USD\u201d');
    const [f] = syntaxOf(text);
    expect(f.message).toMatch(
      /wraps a value in curly quotes \(“ ”\), which YAML does not read as quotes, so the colon inside the value is read as the start of another key/,
    );
    expect(f.hint).toContain('`"cost: under 40 USD"`');
    const fixed = computeFixes(text);
    expect(fixed.output).toContain('expected_return: "cost: under 40 USD"');
    expect(syntaxOf(fixed.output)).toEqual([]);
  });

  it("what no repair explains is the parser's first error, with the rest folded into it", () => {
    const found = syntaxOf('version: 1\norganization:\n  name: "Lakeside\n  type: clinic\n');
    expect(found).toHaveLength(1);
    expect(found[0].hint).toMatch(/quote/i);
  });

  it('the happy path is not diagnosed: a plan that parses gives no yaml/syntax finding', () => {
    expect(parsePlan(example).problems).toEqual([]);
    expect(parsePlan(example, undefined, { fast: false }).problems).toEqual([]);
  });
});

describe('Word artefacts in a plan that parses', () => {
  it('curly quotes kept silently as part of a value are a warning, fixable', () => {
    const text = example.replace('  name: Lakeside Pediatrics', '  name: \u201cLakeside Pediatrics\u201d');
    const [f] = findingsOf(lintText(text, 'p.yaml'), 'yaml/curly-quotes');
    expect(f).toMatchObject({ severity: 'warning', line: lineOf('name: Lakeside Pediatrics'), fixable: true });
    expect(computeFixes(text).output).toContain('  name: "Lakeside Pediatrics"');
  });

  it("a curly-quoted value the schema rejects is one finding (the schema's), not two", () => {
    const text = example.replace('active_hours: "20:00-23:00"', 'active_hours: \u201c20:00-23:00\u201d');
    const r = lintText(text, 'p.yaml');
    expect(findingsOf(r, 'yaml/curly-quotes')).toEqual([]);
    const [f] = findingsOf(r, 'schema/invalid');
    expect(f.message).toMatch(
      /the curly quotes \(“ ”\) are part of the text in YAML, so it is not a time range such as "19:00-22:00"; write `active_hours: "20:00-23:00"`/,
    );
    expect(f.fixable).toBe(true);
  });
});

describe('suggestions for typed values', () => {
  const schema = (type: string, extra: object = {}) => ({ type, ...extra });
  it('numbers with currency, separators, percent, k and units', () => {
    expect(readNumberText('$18,000')).toMatchObject({ n: 18000, currency: 'USD' });
    expect(readNumberText('18 000 kr')).toMatchObject({ n: 18000, currency: 'SEK' });
    expect(readNumberText('1.234,50 €')).toMatchObject({ n: 1234.5, currency: 'EUR' });
    expect(readNumberText('12%')).toMatchObject({ n: 12, percent: true });
    expect(readNumberText('12 procent')).toMatchObject({ n: 12, percent: true });
    expect(readNumberText('42k')).toMatchObject({ n: 42000 });
    expect(readNumberText('3-4')).toMatchObject({ range: [3, 4] });
    expect(readNumberText('1,500')).toMatchObject({ n: 1500, ambiguous: true });
    expect(readNumberText('not a number')).toBeUndefined();
  });

  it('the safe ones are marked safe; the others say what to check', () => {
    const plan = { budget: { currency: 'USD' }, goals: [{ unit: 'percent' }, { unit: 'bookings' }, {}] };
    expect(suggestValue('$18,000', schema('number'), ['budget', 'total'], plan)).toEqual({ yaml: '18000', safe: true });
    expect(suggestValue('€18.000', schema('number'), ['budget', 'total'], plan)).toMatchObject({
      yaml: '18000',
      safe: false,
      note: expect.stringContaining('written in EUR'),
    });
    expect(suggestValue('12%', schema('number'), ['goals', '0', 'baseline'], plan)).toEqual({ yaml: '12', safe: true });
    expect(suggestValue('12%', schema('number'), ['goals', '1', 'baseline'], plan)).toMatchObject({
      yaml: '12',
      safe: false,
      note: expect.stringContaining('measured in `bookings`, not in percent'),
    });
    expect(suggestValue('12%', schema('number'), ['goals', '2', 'baseline'], plan)).toMatchObject({
      yaml: '12',
      safe: false,
      note: expect.stringContaining('unit: percent'),
    });
    expect(suggestValue('3-4', schema('number'), ['channels', '0', 'posts_per_week'], plan)).toMatchObject({ yaml: '3', safe: false });
    expect(suggestValue('25-40', { type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer' } }, ['audiences', '0', 'age'], plan)).toEqual({
      yaml: '[25, 40]',
      safe: true,
    });
    expect(suggestValue('nej', schema('boolean'), ['content', 'plain_language'], plan)).toEqual({ yaml: 'false', safe: true });
    expect(suggestValue(7, schema('string'), ['goals', '0', 'id'], plan)).toEqual({ yaml: '"7"', safe: true });
  });

  it('dates in five languages and day-first or month-first by what can be told', () => {
    for (const d of ['30 juni 2027', '30 juin 2027', '30 iunie 2027', '30 de junio de 2027', 'June 30, 2027', '30.06.2027', '2027/6/30'])
      expect(readDateText(d)?.iso, d).toBe('2027-06-30');
    expect(readDateText('04/05/2027')).toEqual({ iso: '2027-05-04', ambiguous: true });
    expect(readDateText('04/05/2027', true)).toEqual({ iso: '2027-04-05', ambiguous: true });
    expect(readDateText('31 juni 2027')).toBeUndefined();
  });

  it('time ranges written another way', () => {
    expect(readHoursText('7pm-10pm')).toBe('19:00-22:00');
    expect(readHoursText('7-10pm')).toBe('19:00-22:00');
    expect(readHoursText('19.00–22.00')).toBe('19:00-22:00');
    expect(readHoursText('19h à 22h')).toBe('19:00-22:00');
    expect(readHoursText('evenings')).toBeUndefined();
  });

  it("the issue's three values each propose their corrected value", () => {
    const r = lintText(
      example
        .replace('  total: 42000', '  total: $18,000')
        .replace('    baseline: 35', '    baseline: 12%')
        .replace('    posts_per_week: 4', '    posts_per_week: 3-4'),
      'p.yaml',
    );
    const msgs = findingsOf(r, 'schema/invalid').map((f) => f.message);
    expect(msgs).toContain('`total` should be a number, but is text `$18,000`; write `total: 18000`');
    expect(msgs).toContain('`baseline` should be a number, but is text `12%`; write `baseline: 12`');
    expect(msgs).toContain('`posts_per_week` should be a number, but is text `3-4`; write `posts_per_week: 3`');
  });
});

function tmpPlan(text: string, name = 'plan.strategy.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-first-hour-'));
  writeFileSync(path.join(dir, name), text);
  return { dir, file: path.join(dir, name) };
}

describe('fixes that find the user', () => {
  const fixable = example.replace('  total: 42000', '  total: $42,000').replace('\nbudget:\n', '\nbuget:\n');

  it('the summary says how many findings --fix can fix, and each is marked', async () => {
    const { dir } = tmpPlan(example.replace('  total: 42000', '  total: $42,000').replace('    verified: true\n', '    verified: yes\n'));
    const r = await cli(['plan.strategy.yaml'], { cwd: dir });
    expect(r.stdout).toContain('2 findings can be fixed with `strategy-lint --fix` (preview the changes with `--fix-dry-run`)');
    expect(r.stdout.split('\n').filter((l) => l.includes('(fixable with --fix)'))).toHaveLength(2);
    const clean = await cli([EXAMPLE_PLAN]);
    expect(clean.stdout).not.toContain('--fix');
  });

  it('every format marks a fixable finding', async () => {
    const { dir } = tmpPlan(fixable);
    const out = async (format: string) => (await cli(['--format', format, 'plan.strategy.yaml'], { cwd: dir })).stdout;
    const json = JSON.parse(await out('json'));
    const unknown = json.files[0].findings.find((f: any) => f.ruleId === 'schema/unknown-key');
    expect(unknown).toMatchObject({ pointer: '/buget', fixable: true });
    expect(json.files[0].findings.filter((f: any) => f.fixable === false).length).toBeGreaterThan(0);
    const sarif = JSON.parse(await out('sarif'));
    expect(sarif.runs[0].results.find((r: any) => r.ruleId === 'schema/unknown-key').properties.fixable).toBe(true);
    expect(await out('github')).toMatch(/schema\/unknown-key[^\n]*%0A\(fixable with --fix\)/);
    expect(await out('markdown')).toMatch(/🔧 1 finding can be fixed with `strategy-lint --fix`[\s\S]*🔧 fixable with --fix/);
    expect(await out('html')).toContain('<span class="fixable">fixable with --fix</span>');
    const junit = new XMLParser({ ignoreAttributes: false }).parse(await out('junit'));
    const suite = junit.testsuites.testsuite;
    const fileCase = suite.testcase.find((c: any) => c['@_name'] === 'file: YAML syntax and schema');
    expect(fileCase.failure['#text']).toContain('(fixable with --fix)');
  });

  it('--fix renames an unknown key to its unambiguous "did you mean", and --fix-dry-run shows it', async () => {
    const { dir, file } = tmpPlan(fixable);
    const dry = await cli(['--fix-dry-run', 'plan.strategy.yaml'], { cwd: dir });
    expect(dry.stdout).toContain('-buget:\n+budget:');
    expect(readFileSync(file, 'utf8')).toBe(fixable);
    const r = await cli(['--fix', 'plan.strategy.yaml'], { cwd: dir });
    expect(r.stderr).toMatch(/unknown key `buget` renamed `budget`/);
    // The section's values are checked once it has its name: the same run fixes `$42,000` too.
    expect(readFileSync(file, 'utf8')).toContain('\nbudget:\n  currency: USD\n  total: 42000\n');
  });

  it('the existing fixes are marked too: a platform alias, a case slip in a value, an id written two ways', () => {
    const text = example
      .replace('  - platform: facebook\n', '  - platform: FB\n')
      .replace('  type: practice', '  type: Practice')
      .replace('    audiences: [referrers]', '    audiences: [Referrers]');
    const r = lintText(text, 'p.yaml');
    const marked = r.findings.filter((f) => f.fixable).map((f) => `${f.ruleId} ${f.pointer}`);
    expect(marked).toEqual(
      expect.arrayContaining(['schema/invalid /channels/1/platform', 'schema/invalid /organization/type', 'channel/known-ids /channels/2/audiences/0']),
    );
    // A "did you mean" that is another word is not a fix: it is only marked when --fix makes it.
    const typo = lintText(example.replace('    audiences: [referrers]', '    audiences: [referer]'), 'p.yaml');
    expect(findingsOf(typo, 'channel/known-ids')[0]).toMatchObject({ suggestion: 'referrers' });
    expect(findingsOf(typo, 'channel/known-ids')[0].fixable).toBeUndefined();
  });

  it('a rename is not made when ambiguous or when the key it becomes is already there', () => {
    const both = example.replace('\nbudget:\n', '\nbuget:\n  total: 1\nbudget:\n');
    expect(computeFixes(both).edits.filter((e) => e.key)).toEqual([]);
    const f = findingsOf(lintText(both, 'p.yaml'), 'schema/unknown-key')[0];
    expect(f.fixable).toBeUndefined();
    expect(f.hint).toContain('the mapping already has a `budget`: merge the two');
  });

  it('--fix-dry-run with nothing to fix says so (and prints no diff)', async () => {
    const r = await cli(['--fix-dry-run', EXAMPLE_PLAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/nothing to fix: --fix has no safe change to make in .*lakeside-pediatrics\.strategy\.yaml \(no diff printed\)/);
  });

  it('--fix repairs a Word export so that it parses', async () => {
    const word = replaceLine(example, '- id: referrers', (l) => l.replace('-', '\u2013')).replace(
      '    metric: engagement_rate',
      '\u00a0\u00a0\u00a0\u00a0metric: engagement_rate',
    );
    const { dir, file } = tmpPlan(word);
    const before = await cli(['plan.strategy.yaml'], { cwd: dir });
    expect(before.stdout).toMatch(/2 findings can be fixed/);
    const r = await cli(['--fix', 'plan.strategy.yaml'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(example);
    // One line of the report per line repaired, not one per character.
    expect(r.stderr).toContain('fixed 2 problems');
    expect(r.stderr).toContain('non-breaking space (U+00A0) in the indentation replaced by a space');
    expect(r.stderr).toContain('list marker an en dash (–, U+2013) replaced by `-`');
  });
});

describe('baseline and init pitfalls', () => {
  it('a baseline run from another directory says why it hid nothing, and from where to run', async () => {
    const root = tree({ 'plans/a.strategy.yaml': lateDeadline });
    await cli(['--baseline-write', 'baseline.json', 'plans'], { cwd: root });
    const r = await cli(['--baseline', '../baseline.json', 'a.strategy.yaml'], { cwd: path.join(root, 'plans') });
    expect(r.stderr).toContain('hid 0 findings');
    expect(r.stderr).toContain('none of the 1 file the baseline records (e.g. `plans/a.strategy.yaml`) was linted under that name, so it hid nothing');
    expect(r.stderr).toContain('run from the directory that holds `plans/`');
  });

  it('--baseline-write without paths records the plans under the working directory', async () => {
    const root = tree({ 'plans/a.strategy.yaml': lateDeadline }, { git: false });
    const r = await cli(['--baseline-write', 'baseline.json'], { cwd: root });
    expect(r.stderr).toMatch(/wrote \d+ findings? of 1 file to the baseline baseline\.json/);
    expect(JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')).findings[0].file).toBe('plans/a.strategy.yaml');
  });

  it('init warns when the file name is one the scan and the hook skip', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-init-name-'));
    const r = await cli(['init', '--yes', 'riverbend-2028.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('riverbend-2028.yaml is not a name strategy-lint looks for');
    expect(r.stderr).toContain('Rename it riverbend-2028.strategy.yaml');
    const ok = await cli(['init', '--yes', 'riverbend-2028.strategy.yaml'], { cwd: dir });
    expect(ok.stderr).toBe('');
  });

  it('init proposes an age range that fits the audience', () => {
    expect(ageHint('seniors-65')).toEqual([65, 100]);
    expect(ageHint('aldre-vuxna')).toEqual([65, 100]);
    expect(ageHint('staff')).toEqual([18, 65]);
    expect(ageHint('äldre')).toEqual([65, 100]);
    expect(ageHint('teens')).toEqual([13, 19]);
    expect(ageHint('adults-18-34')).toEqual([18, 34]);
    const text = starterPlan({ jurisdictions: ['US'], platforms: [], audiences: [{ id: 'seniors-65' }] });
    expect(text).toContain('# age: [65, 100]');
    expect(text).not.toContain('[25, 40]');
  });

  it('leftover TODO comments are one info finding that lists their lines', () => {
    const text = example
      .replace('  name: Lakeside Pediatrics', '  name: Lakeside Pediatrics  # TODO legal name?')
      .replace('  total: 42000', '  total: 42000  # FIXME after the board meeting');
    const [f, ...rest] = findingsOf(lintText(text, 'p.yaml'), 'yaml/todo');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'info',
      line: lineOf('name: Lakeside Pediatrics'),
      message: `2 \`# TODO\` comments are left in the plan (lines ${lineOf('name: Lakeside Pediatrics')} and ${lineOf('total: 42000')}): decisions still to make`,
    });
    expect(lintText(text, 'p.yaml').passed).toBe(true);
    // A TODO inside a quoted value or a block of text is not a comment.
    expect(findingsOf(lintText(example.replace('  name: Lakeside Pediatrics', '  name: "Lakeside # TODO"'), 'p.yaml'), 'yaml/todo')).toEqual([]);
  });
});

describe('report wording', () => {
  it('JUnit does not mark a passing plan with a warning as a failure', async () => {
    const { dir } = tmpPlan(example.replace('  response_time_hours: 4', '  response_time_hours: 30'));
    const r = await cli(['--format', 'junit', 'plan.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(doc.testsuites['@_failures']).toBe('0');
    expect(r.stdout).toContain('warning a response time of 30 hours');
    // Under --fail-on warning the same warning fails the plan, and its testcase.
    const strict = await cli(['--format', 'junit', '--fail-on', 'warning', 'plan.strategy.yaml'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(new XMLParser({ ignoreAttributes: false }).parse(strict.stdout).testsuites['@_failures']).not.toBe('0');
  });

  it('a missing section is reported at 1:1, not at the `version:` line', () => {
    const text = example.replace(/\nengagement:\n( {2}.*\n)+/, '\n');
    const [f] = findingsOf(lintText(text, 'p.yaml'), 'engagement/section');
    expect(lines[f.line - 1]).not.toMatch(/^version:/);
    expect([f.line, f.column]).toEqual([1, 1]);
    // The schema's "the plan needs `organization`" too.
    const noOrg = example.replace(/\norganization:\n( {2}.*\n)+/, '\n');
    const [g] = findingsOf(lintText(noOrg, 'p.yaml'), 'schema/invalid');
    expect(g.message).toBe('the plan needs `organization`');
    expect([g.line, g.column]).toEqual([1, 1]);
  });

  it('one warning is "1 warning"', async () => {
    const { dir } = tmpPlan(example.replace('  response_time_hours: 4', '  response_time_hours: 30'));
    const r = await cli(['--max-warnings', '0', 'plan.strategy.yaml'], { cwd: dir });
    expect(r.stderr).toContain('strategy-lint: 1 warning, more than the maximum of 0');
    const html = (await cli(['--format', 'html', 'plan.strategy.yaml'], { cwd: dir })).stdout;
    expect(html).not.toMatch(/\b1 (errors|warnings|notes)\b/);
    expect(html).toMatch(/\b1 warning ·/);
  });
});

void ROOT;
