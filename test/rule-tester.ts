// RuleTester: the cases of one rule, run through the real engine, in the spirit of ESLint's
// RuleTester and Spectral's testRule.
//
//   ruleTester('smart/time-bound', {
//     valid: [{ name: 'deadline inside the period', yaml: `...` }],
//     invalid: [{ name: '...', yaml: `...`, findings: [{ pointer: '/goals/0/deadline', message: /after the plan ends/ }] }],
//     notApplicable: [{ name: '...', yaml: `...`, reason: /declares no goals/ }],
//   });
//
// defines `describe('smart/time-bound')` with one `it` per case, plus two cases made from the
// rule's metadata examples (the fail example must produce a finding, the pass example none), so
// every rule's examples run here too.
//
// Each case lints its YAML with lintText under a configuration in which only this rule is on, so
// positions are the engine's, as users see them. A valid case must run and pass (no finding, and
// not skipped); an invalid case lists every finding of the rule, in the engine's order (by line
// and column, then message); a notApplicable case must be skipped with the given reason.
//
// A case's YAML is the smallest plan that shows the behaviour (`plan` below strips the indentation
// of a YAML written inside a test; `swap` changes one part of it). The tester appends what the
// format requires when the case leaves it out (`version: 1` and
// `organization: {name: Example Clinic, jurisdictions: [US]}`), at the end, so the case's own line
// numbers stay as written. The YAML must be a valid plan: a yaml/*, schema/* or suppression/*
// finding fails the case unless it sets `formatFindings: true` (for cases about how a rule and the
// schema share the work). Where a rule genuinely needs a whole plan, `withPlan(mutate)` gives the
// example plan changed by `mutate`.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { defaultConfig, type ResolvedConfig } from '../src/config/config.js';
import { RULES } from '../src/rules/index.js';
import type { FileReport, Finding, Rule, Severity } from '../src/types.js';
import { planYaml } from './helpers.js';

export interface Case {
  /** What the case shows; the `it` is named after it. */
  name: string;
  /** The plan (see the header comment for what is added when missing). */
  yaml: string;
  /** The rule's options for this case (checked against the rule's declared options). */
  options?: Record<string, unknown>;
  /** Allow yaml/* and schema/* findings (a case about a value the schema rejects). */
  formatFindings?: boolean;
}

export interface ExpectedFinding {
  pointer: string;
  /** A string is a substring of the message; a RegExp must match it. */
  message: string | RegExp;
  severity?: Severity;
  line?: number;
  column?: number;
  /** The "did you mean" suggestion (`null`: none). */
  suggestion?: string | null;
  /** The source text from the finding's line and column to the end of the line: what it points at (a string must be equal). */
  at?: string | RegExp;
}

export interface InvalidCase extends Case {
  /** Every finding of the rule, in the order the engine reports them (by line, then column). */
  findings: ExpectedFinding[];
}

export interface NotApplicableCase extends Case {
  /** The reason the rule gives for not applying (a string is a substring). */
  reason: string | RegExp;
}

export interface RuleCases {
  valid?: Case[];
  invalid?: InvalidCase[];
  notApplicable?: NotApplicableCase[];
}

const HEADER_ORGANIZATION = 'organization: {name: Example Clinic, jurisdictions: [US]}';

/** The case's YAML with the keys the format requires appended when it lacks them. */
export function complete(yaml: string): string {
  let text = yaml.endsWith('\n') || yaml === '' ? yaml : yaml + '\n';
  if (!/^version:/m.test(text)) text += 'version: 1\n';
  if (!/^organization:/m.test(text)) text += HEADER_ORGANIZATION + '\n';
  return text;
}

/**
 * A YAML document written indented inside a test: the common indentation and the blank first and
 * last lines are removed, so `plan\`` + newline + indented lines + `\`` reads as the plan it is.
 */
export function plan(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines.shift();
  if (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n') + '\n';
}

/** `yaml` with `from` replaced by `to`; throws when `from` is not in it (a case must change what it means to). */
export function swap(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`swap: ${JSON.stringify(from)} is not in the YAML:\n${yaml}`);
  return yaml.replace(from, to);
}

/** The example plan (examples/lakeside-pediatrics.strategy.yaml) changed by `mutate`, as YAML: for the few cases that need a whole plan. */
export const withPlan: (mutate?: (plan: any) => void) => string = planYaml;

function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`ruleTester: no rule ${id}`);
  return rule;
}

/** A configuration in which only `rule` is on, with the case's options. */
function onlyThisRule(rule: Rule, options: Record<string, unknown> | undefined): ResolvedConfig {
  const config = defaultConfig();
  for (const r of RULES) if (r !== rule) config.rules[r.meta.id] = { severity: 'off' };
  if (options) {
    const declared = Object.keys(rule.meta.options ?? {});
    for (const name of Object.keys(options)) {
      if (!declared.includes(name)) throw new Error(`ruleTester: ${rule.meta.id} has no option ${name} (options: ${declared.join(', ') || 'none'})`);
    }
    config.rules[rule.meta.id] = { options };
  }
  return config;
}

/** Lints a case as the tester does; returns the report, the rule's findings and its result. */
export function runCase(ruleId: string, c: Case) {
  const rule = ruleById(ruleId);
  const text = complete(c.yaml);
  const report: FileReport = lintText(text, 'plan.yaml', { config: onlyThisRule(rule, c.options) });
  const findings = report.findings.filter((f) => f.ruleId === ruleId);
  const result = report.rules.find((r) => r.ruleId === ruleId);
  return { text, report, findings, result };
}

const show = (fs: Finding[]) => fs.map((f) => `${f.line}:${f.column} ${f.severity} ${f.pointer} ${f.message}`).join('\n') || '(none)';

function noFormatFindings(c: Case, report: FileReport) {
  if (c.formatFindings) return;
  const format = report.findings.filter((f) => /^(yaml|schema|suppression)\//.test(f.ruleId));
  expect(format, `the case's YAML is not a valid plan:\n${show(format)}`).toEqual([]);
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
}

function checkFinding(f: Finding, e: ExpectedFinding, text: string, i: number) {
  const where = `finding ${i + 1} (${f.line}:${f.column} ${f.pointer} ${f.message})`;
  expect(f.pointer, `${where}: pointer`).toBe(e.pointer);
  expect(matches(f.message, e.message), `${where}: message should ${typeof e.message === 'string' ? 'contain' : 'match'} ${String(e.message)}`).toBe(true);
  if (e.severity !== undefined) expect(f.severity, `${where}: severity`).toBe(e.severity);
  if (e.line !== undefined) expect(f.line, `${where}: line`).toBe(e.line);
  if (e.column !== undefined) expect(f.column, `${where}: column`).toBe(e.column);
  if (e.suggestion !== undefined) expect(f.suggestion ?? null, `${where}: suggestion`).toBe(e.suggestion);
  if (e.at !== undefined) {
    const at = (text.split('\n')[f.line - 1] ?? '').slice(f.column - 1);
    if (typeof e.at === 'string') expect(at, `${where}: the text it points at`).toBe(e.at);
    else expect(at, `${where}: the text it points at`).toMatch(e.at);
  }
}

/** Defines the describe block of one rule: its cases and its metadata examples. */
export function ruleTester(ruleId: string, cases: RuleCases): void {
  const rule = ruleById(ruleId);
  describe(ruleId, () => {
    for (const c of cases.valid ?? []) {
      it(`valid: ${c.name}`, () => {
        const { report, findings, result } = runCase(ruleId, c);
        noFormatFindings(c, report);
        expect(findings, `expected no finding, got:\n${show(findings)}`).toEqual([]);
        expect(result, 'the rule should run and pass (a rule that does not apply is a notApplicable case)').toMatchObject({ status: 'passed' });
      });
    }
    for (const c of cases.invalid ?? []) {
      it(`invalid: ${c.name}`, () => {
        if (c.findings.length === 0) throw new Error('ruleTester: an invalid case expects at least one finding');
        const { text, report, findings } = runCase(ruleId, c);
        noFormatFindings(c, report);
        expect(findings.length, `expected ${c.findings.length} finding(s), got:\n${show(findings)}`).toBe(c.findings.length);
        findings.forEach((f, i) => checkFinding(f, c.findings[i], text, i));
      });
    }
    for (const c of cases.notApplicable ?? []) {
      it(`not applicable: ${c.name}`, () => {
        const { report, findings, result } = runCase(ruleId, c);
        noFormatFindings(c, report);
        expect(findings).toEqual([]);
        expect(result?.status, `the rule should be skipped; its findings:\n${show(findings)}`).toBe('skipped');
        expect(matches(result?.reason ?? '', c.reason), `reason ${JSON.stringify(result?.reason)} should match ${String(c.reason)}`).toBe(true);
      });
    }
    it('example: the fail example of its metadata triggers it', () => {
      const fail = rule.meta.examples?.fail;
      expect(fail, 'the rule has a fail example').toBeTruthy();
      const { report, findings } = runCase(ruleId, { name: 'fail example', yaml: fail! });
      noFormatFindings({ name: 'fail example', yaml: fail! }, report);
      expect(findings.length).toBeGreaterThan(0);
    });
    it('example: the pass example of its metadata does not', () => {
      const pass = rule.meta.examples?.pass;
      expect(pass, 'the rule has a pass example').toBeTruthy();
      const { report, findings } = runCase(ruleId, { name: 'pass example', yaml: pass! });
      noFormatFindings({ name: 'pass example', yaml: pass! }, report);
      expect(findings, show(findings)).toEqual([]);
    });
  });
}
