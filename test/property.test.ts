// Property-based tests: plans generated from valid to badly broken (YAML-ish noise, mutations of
// the example plan) must never make the engine throw, must score within 0-100 (or null), must give
// the same report for the same input, and fixing a finding must never lower the score. Seeds are
// fixed so a failure reproduces; runs are bounded.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { EXAMPLE_PLAN } from './helpers.js';
import { lintText } from '../src/engine/lint.js';
import { score, type ScoredRule } from '../src/score/score.js';
import { CATEGORIES, type FileReport, type RuleMeta, type Severity } from '../src/types.js';

const EXAMPLE_TEXT = readFileSync(EXAMPLE_PLAN, 'utf8');
const EXAMPLE: unknown = parseYaml(EXAMPLE_TEXT);
const RUNS = 150;

type Path = (string | number)[];

/** Every path of the example plan (containers and leaves), so mutations reach every section. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const PATHS = paths(EXAMPLE);

const clone = <T>(v: T): T => structuredClone(v);

function getAt(root: any, path: Path): any {
  return path.reduce((cur, k) => (cur == null ? undefined : cur[k]), root);
}
function setAt(root: any, path: Path, value: unknown, remove: boolean): void {
  const parent = getAt(root, path.slice(0, -1));
  if (parent == null || typeof parent !== 'object') return;
  const key = path[path.length - 1];
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = value;
}

/** Values from plausible to nasty: wrong types, huge and NaN-like numbers, unicode and control text. */
const nastyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(), // includes NaN, ±Infinity and -0, written as .nan / .inf
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1e-320),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e400', '0x1F', '~', 'yes', 'no', 'null', '2027-13-45', '2027-02-30', '', ' '),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u001b[2J', '\u001b]0;pwned\u0007', 'a\rb', '\u202eevil', '<script>alert(1)</script>', '__proto__', 'constructor'),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

interface Mutation {
  path: Path;
  remove: boolean;
  value: unknown;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  remove: fc.boolean(),
  value: nastyValue,
});

function mutated(ms: Mutation[]): string {
  const data = clone(EXAMPLE);
  for (const m of ms) setAt(data, m.path, m.value, m.remove);
  return stringifyYaml(data);
}

/** YAML-ish noise: fragments of real syntax, indicators and control characters, concatenated. */
const yamlishText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'version: 1\n',
        'organization:\n',
        '  name: Lakeside\n',
        'goals:\n',
        '  - id: g\n',
        '    deadline: 2027-09-30\n',
        'channels:\n',
        '  - platform: instagram\n',
        '[',
        ']',
        '{',
        '}',
        ': ',
        '- ',
        '? ',
        '&a ',
        '*a',
        '*b',
        '!!str ',
        '!!js/function ',
        '!foo ',
        '"',
        "'",
        '\\',
        '|',
        '>',
        '\t',
        '\n',
        '\r\n',
        '  ',
        '#',
        '---\n',
        '...\n',
        '%YAML 1.2\n',
        '<<: *a\n',
        '__proto__: ',
        '\u202e',
        '\u001b[2J',
        '\ufeff',
        '\u0000',
        '1e400',
        '.nan',
        '0x10',
        '2027/01/31',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyPlanText = fc.oneof(yamlishText, fc.array(mutation, { minLength: 1, maxLength: 4 }).map(mutated), fc.string({ unit: 'binary', maxLength: 200 }));

function expectScoresInRange(r: FileReport) {
  if (r.score !== null) {
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
  }
  for (const c of r.categories) {
    if (c.score === null) continue;
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(100);
  }
  for (const f of r.findings) {
    expect(Number.isFinite(f.cost)).toBe(true);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  }
}

describe('lintText on generated plans', () => {
  it('never throws, and scores stay within 0-100 or null', () => {
    fc.assert(
      fc.property(anyPlanText, (text) => {
        const r = lintText(text, 'generated.yaml');
        expectScoresInRange(r);
        // A file that could not be read as a plan has no score and fails.
        if (r.score === null) expect(r.passed).toBe(false);
      }),
      { seed: 20270101, numRuns: RUNS },
    );
  });

  it('gives the same report for the same input', () => {
    fc.assert(
      fc.property(anyPlanText, (text) => {
        expect(lintText(text, 'same.yaml')).toEqual(lintText(text, 'same.yaml'));
      }),
      { seed: 20270102, numRuns: 100 },
    );
  });

  it('fixing one broken value (restoring the example) never lowers the score', () => {
    const key = (r: FileReport) => r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.pointer} ${f.message}`);
    const skipped = (r: FileReport) =>
      r.rules
        .filter((x) => x.status !== 'passed' && x.status !== 'failed')
        .map((x) => x.ruleId)
        .sort();
    let compared = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (ms, pick) => {
        const before = lintText(mutated(ms), 'before.yaml');
        const fixed = ms.filter((_, i) => i !== pick % ms.length);
        const after = lintText(mutated(fixed), 'after.yaml');
        if (before.score === null || after.score === null) return; // not a plan yet: nothing to compare
        // Only a fix in the strict sense: it removed findings and added none, and changed which rules apply in no way.
        const remaining = new Map<string, number>();
        for (const k of key(before)) remaining.set(k, (remaining.get(k) ?? 0) + 1);
        for (const k of key(after)) {
          const n = remaining.get(k) ?? 0;
          if (n === 0) return;
          remaining.set(k, n - 1);
        }
        if (JSON.stringify(skipped(before)) !== JSON.stringify(skipped(after))) return;
        compared++;
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        for (const c of CATEGORIES) {
          const b = before.categories.find((x) => x.id === c)!.score;
          const a = after.categories.find((x) => x.id === c)!.score;
          if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b);
        }
      }),
      { seed: 20270103, numRuns: RUNS },
    );
    // The property compared real fixes, not only skipped cases.
    expect(compared).toBeGreaterThan(RUNS / 4);
  });

  it('breaking the example plan never raises its score (when it keeps its findings and its applicable rules)', () => {
    const example = lintText(EXAMPLE_TEXT, 'example.yaml');
    expect(example.score).toBeGreaterThanOrEqual(90);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        const broken = lintText(mutated(ms), 'broken.yaml');
        // Breaking the plan can only find more problems; when it removes none of the example's findings, the score cannot rise.
        const exampleKeys = new Set(example.findings.map((f) => `${f.ruleId} ${f.pointer}`));
        const kept = broken.findings.filter((f) => exampleKeys.has(`${f.ruleId} ${f.pointer}`)).length;
        const skipped = (r: FileReport) =>
          JSON.stringify(
            r.rules
              .filter((x) => x.status === 'skipped')
              .map((x) => x.ruleId)
              .sort(),
          );
        if (broken.score !== null && kept === example.findings.length && skipped(broken) === skipped(example)) {
          expect(broken.score).toBeLessThanOrEqual(example.score!);
        }
      }),
      { seed: 20270104, numRuns: 100 },
    );
  });
});

describe('scoring model (src/score/score.ts)', () => {
  const severity = fc.constantFrom<Severity>('critical', 'error', 'warning', 'info');
  const scoredRule = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    severity,
    weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    status: fc.constantFrom<'ran' | 'skipped' | 'off'>('ran', 'ran', 'ran', 'skipped', 'off'),
    findings: fc.array(severity, { maxLength: 4 }),
  });
  const rules = fc.array(scoredRule, { minLength: 1, maxLength: 25 }).map((rs) =>
    rs.map(
      (r, i): ScoredRule => ({
        meta: { id: `r/${i}`, category: r.category, severity: r.severity, weight: r.weight, description: '', rationale: '', source: '', fix: '' } as RuleMeta,
        status: r.status,
        findings: r.status === 'ran' ? r.findings : [],
      }),
    ),
  );
  const weights = fc.option(fc.dictionary(fc.constantFrom(...CATEGORIES), fc.integer({ min: 0, max: 50 })), { nil: undefined });

  it('keeps every score within 0-100 or null', () => {
    fc.assert(
      fc.property(rules, weights, (rs, w) => {
        const s = score(rs, w);
        for (const v of [s.score, ...s.categories.map((c) => c.score)]) {
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }),
      { seed: 20270105, numRuns: 300 },
    );
  });

  it('removing any one finding never lowers any category score or the overall score', () => {
    fc.assert(
      fc.property(rules, weights, fc.nat(), (rs, w, pick) => {
        const withFindings = rs.filter((r) => r.findings.length > 0);
        fc.pre(withFindings.length > 0);
        const target = withFindings[pick % withFindings.length];
        const drop = pick % target.findings.length;
        const fewer = rs.map((r) => (r === target ? { ...r, findings: r.findings.filter((_, i) => i !== drop) } : r));
        const before = score(rs, w);
        const after = score(fewer, w);
        if (before.score !== null) expect(after.score!).toBeGreaterThanOrEqual(before.score);
        before.categories.forEach((c, i) => {
          if (c.score !== null) expect(after.categories[i].score!).toBeGreaterThanOrEqual(c.score);
        });
      }),
      { seed: 20270106, numRuns: 300 },
    );
  });

  it('explains every point: finding costs plus the critical cap add up to the points lost (unless floored at 0)', () => {
    fc.assert(
      fc.property(rules, (rs) => {
        const s = score(rs);
        if (s.score === null) return;
        let total = 0;
        for (const costs of s.findingCosts.values()) for (const c of costs) total += c;
        // Costs are rounded to 0.1 per finding; the overall score to an integer.
        const findings = rs.reduce((n, r) => n + r.findings.length, 0);
        const explained = total + (s.cap?.lost ?? 0);
        if (s.score > 0) expect(Math.abs(explained - (100 - s.score))).toBeLessThanOrEqual(0.5 + 0.05 * findings);
        else expect(explained).toBeGreaterThanOrEqual(100 - 0.5 - 0.05 * findings);
        // The grade is the letter of the score, and a critical finding keeps it below 60.
        if (rs.some((r) => r.status === 'ran' && r.findings.includes('critical'))) expect(s.score).toBeLessThan(60);
      }),
      { seed: 20270107, numRuns: 200 },
    );
  });
});
