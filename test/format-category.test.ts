// The format's own checks (yaml/*, schema/*, suppression/*) are in category `format` in every
// output, and never in the scores: `format` is not one of the eight scored CATEGORIES.
import { describe, expect, it } from 'vitest';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { score, SCORING_MODEL } from '../src/score/score.js';
import { formatJson } from '../src/report/json.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatGithub } from '../src/report/github.js';
import { formatStylish } from '../src/report/stylish.js';
import { formatHtml } from '../src/report/html.js';
import { rulesListText, explainText } from '../src/report/rule-docs.js';
import { SCHEMA_RULES } from '../src/schema/validate.js';
import { SUPPRESSION_RULES } from '../src/config/suppressions.js';
import { RULES } from '../src/rules/index.js';
import { CATEGORIES, FORMAT_CATEGORY, REPORT_CATEGORIES, type FileReport, type Report } from '../src/types.js';
import { planYaml } from './helpers.js';

const opts = { color: false, cwd: '/' };
const report = (...files: FileReport[]): Report => ({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files });

// An unknown section, a value of the wrong type, an unknown key inside a section, and a suppression
// comment naming an unknown rule; and a file that is not YAML.
const plan = planYaml((p) => {
  p.goal = [];
  p.goals[0].target = 'lots';
  p.channels[0].colour = 'red';
}).replace('why: ', '# strategy-lint-disable-next-line smart/nonexistent -- test\nwhy: ');
const withProblems = lintText(plan, 'plan.strategy.yaml');
const broken = lintText('version: 1\norganization: {name: [x\n', 'broken.strategy.yaml');
const PSEUDO = /^(yaml|schema|suppression)\//;

describe('the category of the format checks', () => {
  it('every pseudo-rule is in category format; no rule is', () => {
    for (const m of [...SCHEMA_RULES, ...SUPPRESSION_RULES]) expect(m.category, m.id).toBe(FORMAT_CATEGORY);
    for (const r of RULES) expect(r.meta.category, r.meta.id).not.toBe(FORMAT_CATEGORY);
    expect(CATEGORIES).not.toContain(FORMAT_CATEGORY);
    expect(REPORT_CATEGORIES).toEqual([FORMAT_CATEGORY, ...CATEGORIES]);
  });

  it('the fixture has findings of every kind of format check', () => {
    const ids = new Set([...withProblems.findings, ...broken.findings].map((f) => f.ruleId).filter((id) => PSEUDO.test(id)));
    expect([...ids].sort()).toEqual(['schema/invalid', 'schema/unknown-key', 'suppression/invalid', 'yaml/syntax']);
  });

  it('their findings carry category format and cost nothing', () => {
    for (const f of [...withProblems.findings, ...broken.findings]) {
      if (PSEUDO.test(f.ruleId)) expect([f.ruleId, f.category, f.cost]).toEqual([f.ruleId, 'format', 0]);
      else expect(f.category, f.ruleId).not.toBe('format');
    }
  });

  it("format is not a scored category: not in a report's categories, not in the score model", () => {
    expect(withProblems.categories.map((c) => c.id)).toEqual([...CATEGORIES]);
    expect(score([]).categories.map((c) => c.id)).toEqual([...CATEGORIES]);
    expect(withProblems.rules.some((r) => PSEUDO.test(r.ruleId))).toBe(false);
  });

  it('JSON, SARIF and GitHub say format', () => {
    const json = JSON.parse(formatJson(report(withProblems, broken), opts));
    const pseudo = json.files.flatMap((f: any) => f.findings).filter((f: any) => PSEUDO.test(f.ruleId));
    expect(pseudo.length).toBeGreaterThan(3);
    expect(new Set(pseudo.map((f: any) => f.category))).toEqual(new Set(['format']));

    const sarif = JSON.parse(formatSarif(report(withProblems, broken), opts));
    const run = sarif.runs[0];
    for (const r of run.tool.driver.rules.filter((r: any) => PSEUDO.test(r.id))) {
      expect(r.properties.category, r.id).toBe('format');
      expect(r.properties.tags, r.id).toContain('format');
    }
    const results = run.results.filter((r: any) => PSEUDO.test(r.ruleId));
    expect(results.length).toBeGreaterThan(3);
    for (const r of results) expect(r.properties.category, r.ruleId).toBe('format');

    const github = formatGithub(report(withProblems, broken), opts);
    for (const id of ['schema/invalid', 'schema/unknown-key', 'suppression/invalid', 'yaml/syntax']) expect(github).toContain(`title=${id} (format)`);
  });

  it('stylish and HTML group them under format, before the scored categories', () => {
    const stylish = formatStylish(report(withProblems), opts);
    const group = stylish.slice(stylish.indexOf('\n  format\n'), stylish.indexOf('\n  goals\n'));
    expect(stylish.indexOf('\n  format\n')).toBeGreaterThan(0);
    for (const id of ['schema/invalid', 'schema/unknown-key', 'suppression/invalid']) expect(group, id).toContain(id);
    const html = formatHtml(report(withProblems));
    const formatSection = html.slice(html.indexOf('<h3>File format'), html.indexOf('<h3>Goals'));
    expect(formatSection).toContain('suppression/invalid');
    expect(formatSection).toContain('schema/unknown-key');
  });

  it('`rules` and `explain` list them in category format', () => {
    const list = rulesListText(ruleCatalog(), {}, false);
    for (const m of [...SCHEMA_RULES, ...SUPPRESSION_RULES]) expect(list).toMatch(new RegExp(`^${m.id.replace('/', '\\/')}\\s+format\\s`, 'm'));
    expect(explainText(ruleCatalog().find((m) => m.id === 'schema/invalid')!, false)).toContain('format · error by default');
  });
});
