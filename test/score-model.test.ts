// Scoring model 2 as a user meets it: critical findings cap the score below 60 and say so in every
// format; an ordinary error fails the gate without pretending the plan is worthless; the grade is
// always the letter of the score; configuration lowers a critical rule only by naming it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { grade, SCORING_MODEL } from '../src/score/score.js';
import { formatGithub } from '../src/report/github.js';
import { formatHtml } from '../src/report/html.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';
import { cli, planYaml, ROOT } from './helpers.js';
import type { FileReport, Report } from '../src/types.js';

/** The good example with one patient story that names no signed authorization. */
const storyWithoutConsent = planYaml((p) => {
  p.content.calendar.push({ date: '2027-03-02', channel: 'facebook', topic: 'A family tells their story', type: 'patient-story', involves_patient: true });
});
/** The good example with one ordinary error: a goal without a deadline. */
const oneError = planYaml((p) => {
  delete p.goals[0].deadline;
});

const report = (files: FileReport[]): Report => ({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files });
/** Every format of one report, as the CLI would print it (no colour, paths relative to /work). */
function formatters(doc: Report) {
  const o = { color: false, cwd: process.cwd() };
  return {
    stylish: formatStylish(doc, o),
    json: formatJson(doc, o),
    sarif: formatSarif(doc, o),
    github: formatGithub(doc, o),
    junit: formatJunit(doc, o),
    markdown: formatMarkdown(doc, o),
    html: formatHtml(doc, o),
  };
}

describe('scoring model 2', () => {
  it('is named strategy-lint-score/2 in the reports', async () => {
    expect(SCORING_MODEL).toBe('strategy-lint-score/2');
    const r = await cli(['--format', 'json', path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml')]);
    expect(JSON.parse(r.stdout).scoringModel).toBe('strategy-lint-score/2');
  });

  it('a critical finding caps the score below 60, grades it F, and the report says why', () => {
    const r = lintText(storyWithoutConsent, 'clinic.strategy.yaml');
    const critical = r.findings.filter((f) => f.severity === 'critical');
    expect(critical.map((f) => [f.ruleId, f.pointer])).toContainEqual([
      'hipaa/patient-consent',
      `/content/calendar/${r.findings.find((f) => f.ruleId === 'hipaa/patient-consent')!.pointer.split('/')[3]}/consent_ref`,
    ]);
    expect(r.score).toBeLessThan(60);
    expect(r.grade).toBe('F');
    expect(r.cap).toEqual({ limit: 59, critical: 1, lost: expect.any(Number) });
    expect(r.cap!.lost).toBeGreaterThan(0);
    expect(r.categories.find((c) => c.id === 'compliance')!.score).toBeLessThanOrEqual(20);
    expect(r.passed).toBe(false);
    expect(r.failures).toEqual(['1 critical finding']);
  });

  it('an ordinary error fails the gate but the score still tells how good the plan is', () => {
    const r = lintText(oneError, 'clinic.strategy.yaml');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toContain('smart/time-bound');
    expect(r.passed).toBe(false);
    expect(r.failures).toEqual(['1 error']);
    expect(r.score).toBeGreaterThanOrEqual(80);
    expect(r.grade).toBe(grade(r.score!));
    expect(r.cap).toBeUndefined();
  });

  it('never shows a grade that disagrees with the score, on every example plan', async () => {
    const r = await cli(['--format', 'json', path.join(ROOT, 'examples')]);
    const files = JSON.parse(r.stdout).files as FileReport[];
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      expect([f.path, f.grade]).toEqual([f.path, grade(f.score!)]);
      if (f.findings.some((x) => x.severity === 'critical'))
        expect([f.path, f.score! < 60, f.cap?.critical]).toEqual([f.path, true, f.findings.filter((x) => x.severity === 'critical').length]);
    }
  });

  it('every point lost is a finding cost or the cap', () => {
    const r = lintText(storyWithoutConsent, 'clinic.strategy.yaml');
    const costs = r.findings.reduce((s, f) => s + f.cost, 0);
    expect(Math.abs(costs + r.cap!.lost - (100 - r.score!))).toBeLessThanOrEqual(0.5 + 0.05 * r.findings.length);
  });
});

describe('explain describes the model', () => {
  it('a critical rule: its deduction, the cap and the category cap', async () => {
    const r = await cli(['explain', 'hipaa/patient-consent', '--no-color']);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Scoring model strategy-lint-score/2: each finding deducts 12 points');
    expect(text).toContain('caps the overall score at 59 (51 with two critical findings, 43 with three) and its category at 20');
  });

  it('a format check: not scored', async () => {
    const r = await cli(['explain', 'yaml/syntax', '--no-color']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Not scored: a check of the format itself.');
  });
});

describe('critical findings in every format', () => {
  const r = lintText(storyWithoutConsent, 'clinic.strategy.yaml');
  const doc = report([r]);
  const out = formatters(doc);

  it('stylish: severity "critical", "blocked by …" and "fails the gate: …" beside the score', () => {
    expect(out.stylish).toMatch(/critical\s+.*is patient content but names no consent/);
    expect(out.stylish).toContain('blocked by 1 critical finding: score capped at 59');
    expect(out.stylish).toContain('fails the gate: 1 critical finding');
    expect(out.stylish).toMatch(/1 critical, 0 errors/);
  });

  it('json: severity, cap and failures', () => {
    const f = JSON.parse(out.json).files[0];
    expect(f.findings.some((x: any) => x.severity === 'critical' && x.ruleId === 'hipaa/patient-consent')).toBe(true);
    expect(f.cap.limit).toBe(59);
    expect(f.failures).toEqual(['1 critical finding']);
  });

  it('sarif: level error, severity critical, blocking, security-severity 9.5 on the rule', () => {
    const run = JSON.parse(out.sarif).runs[0];
    const res = run.results.find((x: any) => x.ruleId === 'hipaa/patient-consent');
    expect(res.level).toBe('error');
    expect(res.properties).toMatchObject({ severity: 'critical', blocking: true });
    const rule = run.tool.driver.rules.find((x: any) => x.id === 'hipaa/patient-consent');
    expect(rule.properties['security-severity']).toBe('9.5');
    expect(rule.properties.tags).toContain('critical');
    expect(run.properties.files[0].cap.limit).toBe(59);
  });

  it('github: an error annotation titled CRITICAL, and the file line says why it fails', () => {
    expect(out.github).toMatch(/^::error [^\n]*title=CRITICAL hipaa\/patient-consent/m);
    expect(out.github).toMatch(
      /^strategy-lint: clinic\.strategy\.yaml: score \d+\/100, grade F \(blocked by 1 critical finding: score capped at 59\), fails the gate: 1 critical finding$/m,
    );
    expect(JSON.parse(out.sarif).runs[0].properties.files[0].failures).toEqual(['1 critical finding']);
  });

  it('the gate counts every finding, also those --max-findings leaves out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-gate-'));
    writeFileSync(path.join(dir, 'p.strategy.yaml'), storyWithoutConsent.replace(/\n {4}goals: \[[^\]]*\]/, ''));
    const all = JSON.parse((await cli(['--format', 'json', 'p.strategy.yaml'], { cwd: dir })).stdout).files[0];
    const one = JSON.parse((await cli(['--format', 'json', '--max-findings', '1', 'p.strategy.yaml'], { cwd: dir })).stdout).files[0];
    expect(one.failures).toEqual(all.failures);
    expect(one.cap).toEqual(all.cap);
  });

  it('junit: the file testcase fails with type critical and says it is blocked', () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(out.junit);
    const cases = [xml.testsuites.testsuite.testcase].flat();
    const file = cases.find((c: any) => c['@_name'] === 'file: passed');
    expect(file.failure['@_type']).toBe('critical');
    expect(file.failure['@_message']).toContain('blocked by 1 critical finding');
    const rule = cases.find((c: any) => c['@_name'] === 'hipaa/patient-consent');
    expect(rule.failure['@_type']).toBe('critical');
  });

  it('markdown and html: critical marked, blocked and the gate stated', () => {
    expect(out.markdown).toContain('⛔ **critical**');
    expect(out.markdown).toContain('blocked by 1 critical finding');
    expect(out.html).toContain('data-testid="blocked">blocked by 1 critical finding: score capped at 59</p>');
    expect(out.html).toContain('<span class="sev critical">Critical</span>');
  });
});

describe('configuration and critical findings', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-critical-'));
  const plan = path.join(dir, 'clinic.strategy.yaml');
  writeFileSync(plan, storyWithoutConsent);
  const severities = async (config: string) => {
    writeFileSync(path.join(dir, '.strategy-lint.yaml'), config);
    const r = await cli(['--format', 'json', plan], { cwd: dir });
    return JSON.parse(r.stdout)
      .files[0].findings.filter((f: any) => f.ruleId === 'hipaa/patient-consent')
      .map((f: any) => f.severity);
  };

  it('max_severity does not lower a critical finding', async () => {
    expect(await severities('max_severity: warning\n')).toContain('critical');
  });

  it('the strict preset raises severities but never lowers a finding its rule made critical', async () => {
    const p = path.join(dir, 'replies.strategy.yaml');
    writeFileSync(
      p,
      planYaml((x) => {
        x.compliance.hipaa.review_response_policy = 'Reply to every review by first name and mention the treatment they received, to show we care.';
      }),
    );
    const severitiesOf = async (config: string) => {
      writeFileSync(path.join(dir, '.strategy-lint.yaml'), config);
      const r = JSON.parse((await cli(['--format', 'json', p], { cwd: dir })).stdout).files[0];
      return { severities: r.findings.filter((f: any) => f.ruleId === 'hipaa/review-response-policy').map((f: any) => f.severity), score: r.score };
    };
    const plain = await severitiesOf('rules: {}\n');
    expect(plain.severities).toContain('critical');
    const strict = await severitiesOf('extends: strict\n');
    expect(strict.severities).toContain('critical');
    expect(strict.score).toBeLessThan(60);
    // Naming the rule still lowers it, also on top of strict.
    expect((await severitiesOf('extends: strict\nrules:\n  hipaa/review-response-policy: warning\n')).severities).not.toContain('critical');
  });

  it('a setting that names the rule does', async () => {
    expect(await severities('rules:\n  hipaa/patient-consent: warning\n')).toEqual(expect.arrayContaining(['warning']));
    expect(await severities('rules:\n  hipaa/patient-consent: warning\n')).not.toContain('critical');
  });

  it('a check of the format cannot be configured as critical (it is not scored, so it could not cap the score)', async () => {
    writeFileSync(path.join(dir, '.strategy-lint.yaml'), 'rules:\n  suppression/unused: critical\n');
    const r = await cli(['--format', 'json', plan], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('suppression/unused is a check of the file format, which is not scored; it cannot be critical');
  });

  it('a suppressed critical finding is still mentioned beside the score', async () => {
    const p = path.join(dir, 'suppressed.strategy.yaml');
    writeFileSync(path.join(dir, '.strategy-lint.yaml'), 'rules: {}\n');
    const r0 = lintText(storyWithoutConsent, 'x.strategy.yaml');
    const f = r0.findings.find((x) => x.severity === 'critical')!;
    const lines = storyWithoutConsent.split('\n');
    lines.splice(f.line - 1, 0, `${' '.repeat(f.column - 1)}# strategy-lint-disable-next-line ${f.ruleId} -- authorization AUTH-77 on file, checked by legal`);
    writeFileSync(p, lines.join('\n'));
    const r = await cli(['--no-color', p], { cwd: dir });
    expect(r.stdout).toContain('1 critical finding is suppressed (see the reasons with --format json)');
  });

  it('a rule can be configured as critical', async () => {
    writeFileSync(path.join(dir, '.strategy-lint.yaml'), 'rules:\n  smart/time-bound: critical\n');
    const p = path.join(dir, 'goal.strategy.yaml');
    writeFileSync(p, oneError);
    const r = JSON.parse((await cli(['--format', 'json', p], { cwd: dir })).stdout).files[0];
    expect(r.findings.find((f: any) => f.ruleId === 'smart/time-bound').severity).toBe('critical');
    expect(r.score).toBeLessThan(60);
  });
});

describe('diff across scoring models', () => {
  it('a saved model-1 report against today says the model changed instead of reporting a drop', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-model-'));
    const plan = path.join(dir, 'clinic.strategy.yaml');
    writeFileSync(plan, oneError);
    const today = JSON.parse((await cli(['--format', 'json', plan], { cwd: dir })).stdout);
    // The same plan as model 1 scored it: a higher number under another model.
    const old = { ...today, scoringModel: 'strategy-lint-score/1', files: [{ ...today.files[0], score: 96, grade: 'F' }] };
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify(old));
    const r = await cli(['diff', '--fail-on-drop', 'old.json', 'clinic.strategy.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('the scoring model changed (strategy-lint-score/1 → strategy-lint-score/2)');
    expect(r.stdout).not.toContain('the score dropped');
    const json = JSON.parse((await cli(['diff', '-f', 'json', 'old.json', 'clinic.strategy.yaml'], { cwd: dir })).stdout);
    expect(json.files[0].modelChanged).toEqual({ old: 'strategy-lint-score/1', new: 'strategy-lint-score/2' });
    expect(json.dropped).toBe(false);
  });

  it('two saved reports of the same model still report a drop', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-model-'));
    const plan = path.join(dir, 'clinic.strategy.yaml');
    writeFileSync(plan, oneError);
    const today = JSON.parse((await cli(['--format', 'json', plan], { cwd: dir })).stdout);
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ ...today, files: [{ ...today.files[0], score: today.files[0].score + 5 }] }));
    const r = await cli(['diff', '--fail-on-drop', 'old.json', 'clinic.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the score dropped in 1 of 1 file');
  });

  it('a saved report with malformed findings, categories or score is a usage error with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-model-'));
    writeFileSync(path.join(dir, 'p.strategy.yaml'), oneError);
    const today = JSON.parse((await cli(['--format', 'json', 'p.strategy.yaml'], { cwd: dir })).stdout);
    const cases: [string, any][] = [
      ['a null finding', { findings: [null] }],
      ['an empty finding', { findings: [{}] }],
      ['a finding without a pointer', { findings: [{ ...today.files[0].findings[0], pointer: undefined }] }],
      ['a null category', { categories: [null] }],
      ['an object as the score', { score: { a: 1 } }],
      ['a text as the score', { score: '90' }],
    ];
    for (const [name, change] of cases) {
      writeFileSync(path.join(dir, 'old.json'), JSON.stringify({ ...today, files: [{ ...today.files[0], ...change }] }));
      const r = await cli(['diff', 'old.json', 'p.strategy.yaml'], { cwd: dir });
      expect([name, r.code]).toEqual([name, 2]);
      expect(r.stderr, name).toMatch(/old\.json: the report's (findings are not in strategy-lint's JSON format|score is not a number)/);
      expect(r.stderr, name).not.toContain('internal error');
    }
  });

  it('a JSON file that is not a one-plan report is a usage error (exit 2)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-model-'));
    writeFileSync(path.join(dir, 'x.json'), '{"a": 1}');
    writeFileSync(path.join(dir, 'p.strategy.yaml'), oneError);
    const r = await cli(['diff', 'x.json', 'p.strategy.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a strategy-lint JSON report');
    expect(readFileSync(path.join(dir, 'x.json'), 'utf8')).toBe('{"a": 1}');
  });
});

describe('the example plans score as documented (docs/plan-format.md)', () => {
  it('every row of the examples table names the score, grade and verdict the CLI gives', async () => {
    const doc = readFileSync(path.join(ROOT, 'docs/plan-format.md'), 'utf8');
    const rows = [
      ...doc.matchAll(
        /^\| \[`([\w-]+\.strategy\.yaml)`\]\(\.\.\/examples\/[^)]+\) \| [^|]+ \| (\d+) ([A-F]), (passes|blocked by (\d+) critical findings?|fails the gate: (.+)) \|$/gm,
      ),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [, file, score, grade, verdict, critical, gate] of rows) {
      const r = JSON.parse((await cli(['--format', 'json', path.join(ROOT, 'examples', file)])).stdout).files[0];
      expect([file, r.score, r.grade]).toEqual([file, Number(score), grade]);
      if (verdict === 'passes') expect([file, r.passed]).toEqual([file, true]);
      if (critical) expect([file, r.cap?.critical]).toEqual([file, Number(critical)]);
      if (gate) expect([file, r.failures.join(', ')]).toEqual([file, gate]);
    }
  });
});
