import { describe, expect, it } from 'vitest';
import { findingsOf, lineAt, lint, planYaml, ruleStatus, runRule } from './helpers.js';

describe('budget/exists', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/exists').findings).toEqual([]);
  });

  it('is an error when the plan has no budget, and the line rules are skipped', () => {
    const { report, findings } = runRule('budget/exists', (p) => delete p.budget);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/budget' });
    for (const id of ['budget/total', 'budget/line-goals', 'budget/line-kpi']) expect(ruleStatus(report, id)).toBe('skipped');
    expect(report.categories.find((c) => c.id === 'budget-roi')!.score).toBeLessThan(50);
  });

  it('is an error when the total is zero', () => {
    const { yaml, findings } = runRule('budget/exists', (p) => (p.budget.total = 0));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/budget/total' });
    expect(lineAt(yaml, findings[0].line, findings[0].column)).toBe('total: 0');
  });

  it('warns about a budget without lines', () => {
    const { findings } = runRule('budget/exists', (p) => delete p.budget.lines);
    expect(findings.map((f) => [f.pointer, f.severity])).toEqual([['/budget/lines', 'warning']]);
  });
});

describe('budget/total', () => {
  it('passes the example plan (lines add up to exactly the total)', () => {
    expect(runRule('budget/total').findings).toEqual([]);
  });

  it('is an error when the lines add up to more than the total', () => {
    const { findings } = runRule('budget/total', (p) => (p.budget.total = 40000));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/budget/total' });
    expect(findings[0].message).toBe('the budget lines add up to 42,000 USD, 2,000 USD more than the total of 40,000 USD');
  });
});

describe('budget/line-goals', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/line-goals').findings).toEqual([]);
  });

  it('is an error for a goal id that does not exist, with "did you mean"', () => {
    const { yaml, findings } = runRule('budget/line-goals', (p) => (p.budget.lines[1].goals = ['trusted-sources']));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'error', pointer: '/budget/lines/1/goals/0', suggestion: 'trusted-source' });
    expect(f.message).toBe('budget line `Short-video production` names goal `trusted-sources`, which is not declared; did you mean `trusted-source`?');
    expect(lineAt(yaml, f.line, f.column)).toBe('trusted-sources');
  });

  it('warns about a line that names no goal', () => {
    const { findings } = runRule('budget/line-goals', (p) => delete p.budget.lines[2].goals);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/budget/lines/2/goals' });
  });
});

describe('budget/line-kpi', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/line-kpi').findings).toEqual([]);
  });

  it('warns about a line without a KPI', () => {
    const { findings } = runRule('budget/line-kpi', (p) => delete p.budget.lines[3].kpi);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/budget/lines/3/kpi' });
  });
});

describe('budget/expected-return', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/expected-return').findings).toEqual([]);
  });

  it('warns about a paid line without an expected return', () => {
    const { findings } = runRule('budget/expected-return', (p) => delete p.budget.lines[0].expected_return);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/budget/lines/0/expected_return' });
    expect(findings[0].message).toContain('(paid-media)');
  });

  it('does not ask unpaid lines for an expected return', () => {
    expect(runRule('budget/expected-return', (p) => delete p.budget.lines[2].expected_return).findings).toEqual([]);
  });

  it('covers influencer lines', () => {
    const { findings } = runRule('budget/expected-return', (p) =>
      p.budget.lines.push({ item: 'Parent bloggers', category: 'influencers', amount: 0, goals: ['trusted-source'], kpi: 'engagement_rate' }),
    );
    expect(findings.map((f) => f.pointer)).toEqual(['/budget/lines/4/expected_return']);
  });
});

describe('budget/kpi-measured', () => {
  it('passes the example plan (cost_per_booking: bookings are measured)', () => {
    expect(runRule('budget/kpi-measured').findings).toEqual([]);
  });

  it('warns about a paid line whose KPI nobody measures', () => {
    const { findings } = runRule('budget/kpi-measured', (p) => (p.budget.lines[0].kpi = 'cost_per_lead'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/budget/lines/0/kpi' });
    expect(findings[0].message).toContain('`cost_per_lead`');
  });

  it('accepts a KPI listed under measurement.kpis', () => {
    const { findings } = runRule('budget/kpi-measured', (p) => {
      p.budget.lines[0].kpi = 'cost_per_lead';
      p.measurement.kpis.push({ metric: 'leads', goal: 'bookings', source: 'ga4' });
    });
    expect(findings).toEqual([]);
  });
});

describe('budget/channel-declared', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/channel-declared').findings).toEqual([]);
  });

  it('is an error for paid spend on an undeclared channel, with "did you mean"', () => {
    const { findings } = runRule('budget/channel-declared', (p) => (p.budget.lines[0].channel = 'instagramm'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/budget/lines/0/channel', suggestion: 'instagram' });
    expect(findings[0].message).toContain('spends paid budget on `instagramm`, which is not a declared channel; did you mean `instagram`?');
  });

  it('is a warning for unpaid spend on an undeclared channel', () => {
    const { findings } = runRule('budget/channel-declared', (p) => (p.budget.lines[1].channel = 'tiktok'));
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
  });
});

describe('budget/goal-funded', () => {
  it('passes the example plan', () => {
    expect(runRule('budget/goal-funded').findings).toEqual([]);
  });

  it('accepts a goal that is staffed (owner) but not funded', () => {
    const { findings } = runRule('budget/goal-funded', (p) => {
      for (const l of p.budget.lines) l.goals = ['bookings'];
    });
    expect(findings).toEqual([]);
  });

  it('warns about a goal neither funded nor owned', () => {
    const { findings } = runRule('budget/goal-funded', (p) => {
      for (const l of p.budget.lines) l.goals = ['bookings'];
      delete p.goals[1].owner;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/1/owner' });
    expect(findings[0].message).toBe('goal `trusted-source` is neither funded by a budget line nor owned by anyone');
  });
});

describe('examples/unfunded-goals.strategy.yaml', () => {
  it('yields the budget findings its top comment claims, and nothing from the goal or audience rules', async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./helpers.js');
    const r = lint(readFileSync(`${ROOT}/examples/unfunded-goals.strategy.yaml`, 'utf8'), 'examples/unfunded-goals.strategy.yaml');
    const got = r.findings.filter((f) => f.ruleId.startsWith('budget/')).map((f) => `${f.ruleId} ${f.severity} ${f.pointer}`).sort();
    expect(got).toEqual(
      [
        'budget/total error /budget/total',
        'budget/channel-declared error /budget/lines/1/channel',
        'budget/line-goals error /budget/lines/2/goals/0',
        'budget/line-goals warning /budget/lines/3/goals',
        'budget/expected-return warning /budget/lines/0/expected_return',
        'budget/kpi-measured warning /budget/lines/0/kpi',
        'budget/line-kpi warning /budget/lines/2/kpi',
        'budget/goal-funded warning /goals/2/owner',
      ].sort(),
    );
    expect(findingsOf(r, 'budget/line-goals')[0].message).toContain('did you mean `maternity-classes`?');
    expect(r.findings.filter((f) => /^(smart|audience|channel)\//.test(f.ruleId))).toEqual([]);
    expect(r.passed).toBe(false);
  });
});

describe('robustness of the goals, audience and budget rules', async () => {
  const fc = (await import('fast-check')).default;
  const { stringify } = await import('yaml');
  it('never fail internally, whatever the goals, audiences, channels and budget hold', () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const anyList = fc.array(fc.oneof(value, fc.dictionary(fc.constantFrom('id', 'age', 'audiences', 'goals', 'platform', 'target', 'baseline', 'unit', 'metric', 'amount', 'channel', 'category', 'kpi', 'role'), fc.oneof(value, fc.array(value, { maxLength: 3 })))), { maxLength: 4 });
    fc.assert(
      fc.property(anyList, anyList, anyList, fc.oneof(value, fc.record({ total: value, lines: anyList })), (goals, audiences, channels, budget) => {
        const r = lint(stringify({ version: 1, organization: { name: 'X' }, goals, audiences, channels, budget }));
        const internal = r.findings.filter((f) => /^(smart|audience|channel|budget)\//.test(f.ruleId) && f.message.includes('internal error'));
        expect(internal).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
