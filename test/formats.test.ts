// Output formats: SARIF (validated against the official SARIF 2.1.0 schema), JUnit (parsed as
// XML), GitHub workflow commands (escaping), Markdown (tables, escaping), plus --output and the
// GitHub job summary written by the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cli, planYaml, ROOT } from './helpers.js';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatJunit, xmlEscape } from '../src/report/junit.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import { escapeMarkdown, formatMarkdown } from '../src/report/markdown.js';
import { CATEGORIES, type FileReport, type Report } from '../src/types.js';

const CWD = '/work/repo';
const opts = { color: false, cwd: CWD };
const report = (...files: FileReport[]): Report => ({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files });

// A plan with findings: a deadline after the period, and an organisation type made of characters
// every format must escape (quoted into a schema message).
const HOSTILE = '100%, done: <b>"x"</b> & \'y\' | `z` @team [a](http://e.x) ::error::pwned';
const failingYaml = planYaml((p) => {
  p.goals[0].deadline = '2029-09-30';
  p.organization.type = HOSTILE;
});
const good = lintText(planYaml(), 'plans/good.strategy.yaml');
const bad = lintText(failingYaml, 'plans/bad.strategy.yaml');
const broken = lintText('version: 1\norganization: {name: [x\n', 'plans/broken.strategy.yaml');

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const doc = JSON.parse(formatSarif(report(good, bad, broken), opts));

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check can fail (a broken document is rejected)', () => {
    const copy = structuredClone(doc);
    copy.runs[0].results[0].level = 'fatal';
    copy.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(copy)).toBe(false);
  });

  it('describes every rule with help text and doc path', () => {
    const driver = doc.runs[0].tool.driver;
    expect(driver.name).toBe('strategy-lint');
    expect(driver.version).toBe(TOOL.version);
    expect(driver.rules.map((r: any) => r.id)).toEqual(ruleCatalog().map((r) => r.id));
    const rule = driver.rules.find((r: any) => r.id === 'smart/time-bound');
    const meta = ruleCatalog().find((r) => r.id === 'smart/time-bound')!;
    expect(rule.shortDescription.text).toBe(meta.description);
    expect(rule.fullDescription.text).toBe(meta.rationale);
    expect(rule.help.text).toContain(meta.fix);
    expect(rule.help.markdown).toContain('docs/rules/smart/time-bound.md');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.properties.category).toBe('goals');
    // No repository URL in package.json: no invented helpUri.
    expect(rule.helpUri).toBeUndefined();
  });

  it('has one result per finding with level, relative uri, region and rule index', () => {
    const results = doc.runs[0].results;
    expect(results.length).toBe(good.findings.length + bad.findings.length + broken.findings.length);
    const f = bad.findings.find((x) => x.ruleId === 'smart/time-bound')!;
    const r = results.find((x: any) => x.ruleId === 'smart/time-bound' && x.locations[0].physicalLocation.artifactLocation.uri === 'plans/bad.strategy.yaml');
    expect(r.level).toBe('error');
    expect(doc.runs[0].tool.driver.rules[r.ruleIndex].id).toBe('smart/time-bound');
    expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(r.locations[0].physicalLocation.region).toMatchObject({ startLine: f.line, startColumn: f.column });
    expect(r.message.text).toContain(f.message);
    expect(r.message.text).toContain(f.hint);
    expect(doc.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
    const levels = new Set(results.map((x: any) => x.level));
    for (const l of levels) expect(['error', 'warning', 'note']).toContain(l);
  });

  it('carries the scores of every file in run.properties', () => {
    const files = doc.runs[0].properties.files;
    expect(files.map((f: any) => f.path)).toEqual(['plans/good.strategy.yaml', 'plans/bad.strategy.yaml', 'plans/broken.strategy.yaml']);
    expect(files[0].score).toBe(good.score);
    expect(files[2].score).toBeNull();
    expect(Object.keys(files[0].categories)).toEqual([...CATEGORIES]);
  });

  it('fingerprints survive lines moving and differ between findings', () => {
    const moved = lintText('# a comment\n# another\n' + failingYaml, 'plans/bad.strategy.yaml');
    const a = JSON.parse(formatSarif(report(bad), opts)).runs[0].results;
    const b = JSON.parse(formatSarif(report(moved), opts)).runs[0].results;
    const byRule = (rs: any[]) => rs.map((r) => `${r.ruleId} ${r.partialFingerprints['strategyLint/v1']}`).sort();
    expect(byRule(b)).toEqual(byRule(a));
    expect(b[0].locations[0].physicalLocation.region.startLine).toBe(a[0].locations[0].physicalLocation.region.startLine + 2);
    const prints = a.map((r: any) => r.partialFingerprints['strategyLint/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('uses an absolute file URI for a file outside the working directory', () => {
    const outside = lintText(failingYaml, '/elsewhere/plan.yaml');
    const d = JSON.parse(formatSarif(report(outside), opts));
    expect(d.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/plan.yaml' });
    expect(validate(d)).toBe(true);
  });
});

describe('junit', () => {
  const xml = formatJunit(report(good, bad, broken), opts);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });
  const doc = parser.parse(xml);
  const suites = doc.testsuites.testsuite;

  it('is well-formed XML with one testsuite per file', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(suites.map((s: any) => s.name)).toEqual(['plans/good.strategy.yaml', 'plans/bad.strategy.yaml', 'plans/broken.strategy.yaml']);
  });

  it('has one testcase per rule plus the file checks, with matching counts', () => {
    for (const [i, file] of [good, bad, broken].entries()) {
      const cases = suites[i].testcase;
      expect(cases.length).toBe(file.rules.length + 2);
      expect(Number(suites[i].tests)).toBe(cases.length);
      expect(Number(suites[i].failures)).toBe(cases.filter((c: any) => c.failure !== undefined).length);
      expect(Number(suites[i].skipped)).toBe(file.rules.filter((r) => r.status === 'skipped' || r.status === 'off').length);
    }
    const total = suites.reduce((n: number, s: any) => n + s.testcase.length, 0);
    expect(Number(doc.testsuites.tests)).toBe(total);
  });

  it('a failed rule carries its findings; a passed rule passes; a skipped rule says why', () => {
    const badCases = suites[1].testcase;
    const timeBound = badCases.find((c: any) => c.name === 'smart/time-bound');
    expect(timeBound.failure.type).toBe('error');
    expect(timeBound.failure['#text']).toContain('plans/bad.strategy.yaml:');
    const goodCase = suites[0].testcase.find((c: any) => c.name === 'smart/time-bound');
    expect(goodCase.failure).toBeUndefined();
    const skippedRule = good.rules.find((r) => r.status === 'skipped');
    if (skippedRule) {
      const c = suites[0].testcase.find((x: any) => x.name === skippedRule.ruleId);
      expect(c.skipped.message).toBe(skippedRule.reason);
    }
    expect(suites[0].testcase.find((c: any) => c.name === 'file: passed').failure).toBeUndefined();
    expect(suites[1].testcase.find((c: any) => c.name === 'file: passed').failure).toBeDefined();
  });

  it('info findings are notes in <system-out>: a passing plan has no failed testcase', () => {
    expect(good.passed).toBe(true);
    const infos = good.findings.filter((f) => f.severity === 'info');
    const noted = suites[0].testcase.filter((c: any) => c['system-out'] !== undefined);
    expect(noted.length).toBe(new Set(infos.map((f) => f.ruleId)).size);
    for (const f of infos) expect(noted.some((c: any) => c.name === f.ruleId && c['system-out'].includes(f.message))).toBe(true);
    const nonInfo = good.findings.filter((f) => f.severity !== 'info').length;
    if (nonInfo === 0) expect(Number(suites[0].failures)).toBe(0);
  });

  it('an unparsable file fails its syntax testcase', () => {
    const c = suites[2].testcase.find((x: any) => x.name === 'file: YAML syntax and schema');
    expect(c.failure['#text']).toContain('plans/broken.strategy.yaml:3:');
  });

  it('escapes plan text so it reads back unchanged', () => {
    const schemaCase = suites[1].testcase.find((x: any) => x.name === 'file: YAML syntax and schema');
    const decoded = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(`<a>${xmlEscape(HOSTILE)}</a>`).a;
    expect(decoded).toBe(HOSTILE);
    expect(schemaCase.failure['#text']).toContain('<b>"x"</b> & \'y\'');
    expect(xml).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &apos;y&apos;');
    expect(xml).not.toContain('<b>');
  });

  it('removes characters XML 1.0 cannot hold', () => {
    expect(xmlEscape('a\u0000b\u0007c\uFFFEd\uD800e\u{1F600}')).toBe('abcde\u{1F600}');
    expect(xmlEscape('line\nbreak', true)).toBe('line&#10;break');
  });
});

describe('github', () => {
  const where = 'a,b:c.strategy.yaml';
  const file = lintText(failingYaml, where);
  const out = formatGithub(report(file), opts);
  const lines = out.trimEnd().split('\n');
  const annotations = lines.filter((l) => l.startsWith('::'));

  it('prints one workflow command per finding and nothing that could be mistaken for one', () => {
    expect(annotations.length).toBe(file.findings.length);
    for (const l of lines) expect(l.startsWith('::') || l.startsWith('strategy-lint: ')).toBe(true);
    expect(lines.at(-1)).toBe(`strategy-lint: a,b:c.strategy.yaml: score ${file.score}/100, grade ${file.grade}, fails the gate: ${file.failures!.join(', ')}`);
  });

  it('has file, line, col, end position and title properties, escaped', () => {
    const f = file.findings.find((x) => x.ruleId === 'smart/time-bound')!;
    const line = annotations.find((l) => l.includes('title=smart/time-bound'))!;
    const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)!;
    expect(m).not.toBeNull();
    expect(m[1]).toBe('error');
    const props = Object.fromEntries(m[2].split(',').map((p) => p.split('=')));
    expect(props).toMatchObject({ file: 'a%2Cb%3Ac.strategy.yaml', line: String(f.line), col: String(f.column), title: 'smart/time-bound (goals)' });
    expect(props.endLine).toBe(String(f.endLine));
    expect(m[3]).toContain('%0AFix: ');
    expect(m[3]).not.toMatch(/[\r\n]/);
  });

  it('escapes %, CR and LF in messages so plan text cannot inject a command', () => {
    const line = annotations.find((l) => l.includes('100%25'));
    expect(line).toBeDefined();
    expect(line).toContain('100%25, done: ');
    expect(escapeData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('uses warning and notice for the other severities', () => {
    const w = lintText(
      planYaml((p) => (p.organization.colour = 'red')),
      'w.yaml',
    );
    const unknown = w.findings.find((f) => f.ruleId === 'schema/unknown-key')!;
    expect(unknown.severity).toBe('warning');
    const text = formatGithub(report(w), opts);
    expect(text).toContain(`::warning file=w.yaml,line=${unknown.line},col=${unknown.column},`);
    const info = good.findings.find((f) => f.severity === 'info');
    if (info) expect(formatGithub(report(good), opts)).toContain(`::notice file=plans/good.strategy.yaml,line=${info.line},col=${info.column},`);
  });
});

describe('markdown', () => {
  const md = formatMarkdown(report(good, bad), opts);
  const rows = md.split('\n').filter((l) => l.startsWith('|'));

  it('has a score table: overall, grade and the eight categories per file', () => {
    expect(rows[0]).toBe(`| File | Overall | Grade | ${CATEGORIES.join(' | ')} | Result |`);
    const goodRow = rows.find((r) => r.startsWith('| plans/good.strategy.yaml |'))!;
    const cells = goodRow.split(' | ');
    expect(cells[1]).toBe(String(good.score));
    expect(cells[2]).toBe(good.grade);
    const goals = good.categories.find((c) => c.id === 'goals')!.score;
    expect(cells[3]).toBe(String(goals ?? 'n/a'));
    expect(goodRow.endsWith('| passed |')).toBe(true);
    // A failing file says why it fails the gate.
    expect(rows.find((r) => r.startsWith('| plans/bad.strategy.yaml |'))!).toMatch(/\| \*\*failed\*\*: \d+ (errors?|critical findings?)[^|]* \|$/);
  });

  it('lists every finding with location, severity, rule and message', () => {
    const findingRows = rows.filter((r) => /^\| plans\/\w+\.strategy\.yaml:\d+:\d+ \|/.test(r));
    expect(findingRows.length).toBe(good.findings.length + bad.findings.length);
    const f = bad.findings.find((x) => x.ruleId === 'smart/time-bound')!;
    expect(findingRows.some((r) => r.startsWith(`| plans/bad.strategy.yaml:${f.line}:${f.column} | 🔴 error | \`smart/time-bound\` |`))).toBe(true);
  });

  it('escapes plan text: no HTML, no broken table, no links or mentions', () => {
    const row = rows.find((r) => r.includes('100%'))!;
    expect(row).toBeDefined();
    // Four columns: exactly five unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(5);
    expect(row).not.toContain('<b>');
    expect(row).toContain('&lt;b&gt;');
    expect(row).not.toContain('@team');
    expect(row).not.toContain('](http');
    expect(escapeMarkdown('a|b\n<i>`c`</i>')).toBe('a\\|b &lt;i&gt;\\`c\\`&lt;/i&gt;');
  });
});

describe('CLI: --output and the GitHub job summary', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sl-formats-'));
    writeFileSync(path.join(dir, 'good.strategy.yaml'), planYaml());
    writeFileSync(path.join(dir, 'bad.strategy.yaml'), failingYaml);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--format sarif --output FILE writes SARIF to the file and stylish to the terminal', async () => {
    const r = await cli(['--format', 'sarif', '--output', 'reports/out.sarif', 'good.strategy.yaml', 'bad.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Overall');
    expect(r.stdout).not.toContain('"version": "2.1.0"');
    const doc = JSON.parse(readFileSync(path.join(dir, 'reports/out.sarif'), 'utf8'));
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].properties.files.map((f: any) => f.path)).toEqual(['bad.strategy.yaml', 'good.strategy.yaml']);
  });

  it('--output keeps the exit code of the lint', async () => {
    const r = await cli(['-f', 'junit', '-o', 'out.xml', 'good.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(readFileSync(path.join(dir, 'out.xml'), 'utf8'))).toBe(true);
  });

  it('an --output that cannot be written is exit 2 with a message', async () => {
    mkdirSync(path.join(dir, 'adir'), { recursive: true });
    const r = await cli(['--format', 'json', '--output', 'adir', 'good.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output adir: is a directory');
  });

  it('--format github under GitHub Actions appends the markdown summary to GITHUB_STEP_SUMMARY', async () => {
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const r = await cli(['--format', 'github', 'bad.strategy.yaml'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=bad\.strategy\.yaml,/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('earlier step\n')).toBe(true);
    expect(text).toContain(`| File | Overall | Grade | ${CATEGORIES.join(' | ')} | Result |`);
    expect(text).toContain('| bad.strategy.yaml |');
  });

  it('does not touch GITHUB_STEP_SUMMARY outside GitHub Actions or for other formats', async () => {
    const summary = path.join(dir, 'summary2.md');
    writeFileSync(summary, 'x\n');
    await cli(['--format', 'github', 'bad.strategy.yaml'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    await cli(['--format', 'json', 'bad.strategy.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toBe('x\n');
  });

  it('lists the new formats in --help and rejects an unknown one', async () => {
    const help = await cli(['--help']);
    for (const f of ['sarif', 'junit', 'github', 'markdown']) expect(help.stdout).toContain(f);
    const r = await cli(['--format', 'xml', 'good.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
  });
});

describe('--output into a place that cannot hold a file', () => {
  it('is exit 2 with a message naming the option, never a hang (/proc refuses new directories)', async () => {
    const r = await cli([
      '--no-config',
      '--format',
      'json',
      '--output',
      '/proc/strategy-lint-test/report.json',
      path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output /proc/strategy-lint-test/report.json: cannot write');
  });
});
