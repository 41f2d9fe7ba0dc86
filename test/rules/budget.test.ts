// The budget/ rules (category budget-roi): what the money buys, for which goal, and how its return
// is judged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { plan, ruleTester, swap, withPlan } from '../rule-tester.js';
import { findingsOf, lint, ROOT, ruleStatus } from '../helpers.js';

/** A budget of two lines for two goals (a paid line judged by a measured cost KPI, and staff time). */
const budget = plan`
  goals:
    - id: bookings
      metric: social_referred_bookings
    - id: trusted-source
      owner: Jordan Reyes
  channels:
    - platform: instagram
  budget:
    currency: USD
    total: 42000
    lines:
      - item: Meta paid promotion
        category: paid-media
        channel: instagram
        amount: 30000
        goals: [bookings]
        kpi: cost_per_booking
        expected_return: cost per booking under 40 USD
      - item: Staff time
        category: staff
        amount: 12000
        goals: [bookings, trusted-source]
        kpi: social_referred_bookings
`;

ruleTester('budget/exists', {
  valid: [{ name: 'a total, a currency and lines', yaml: budget }],
  invalid: [
    {
      name: 'no budget is an error',
      yaml: 'goals:\n  - id: bookings\n',
      findings: [{ pointer: '/budget', severity: 'error', message: 'the plan has no budget' }],
    },
    {
      name: 'a total of zero is an error',
      yaml: swap(budget, 'total: 42000', 'total: 0'),
      findings: [{ pointer: '/budget/total', severity: 'error', message: 'the budget total is 0', at: 'total: 0' }],
    },
    {
      name: 'a budget without lines is a warning',
      yaml: 'budget:\n  currency: USD\n  total: 42000\n',
      findings: [{ pointer: '/budget/lines', severity: 'warning', message: 'the budget has no lines' }],
    },
    {
      name: 'a budget without a total or a currency',
      yaml: 'budget:\n  lines:\n    - item: Ads\n',
      findings: [
        // Both are located at `budget` (1:1): same position, ordered by message.
        { pointer: '/budget/currency', severity: 'info', message: 'the budget does not say its currency' },
        { pointer: '/budget/total', severity: 'warning', message: 'the budget has no `total`' },
      ],
    },
  ],
});

describe('budget/exists and the line rules', () => {
  it('a plan without a budget gets one error; the line rules are skipped and budget-roi scores under 50', () => {
    const report = lint(withPlan((p) => delete p.budget));
    expect(findingsOf(report, 'budget/exists').map((f) => [f.severity, f.pointer])).toEqual([['error', '/budget']]);
    for (const id of ['budget/total', 'budget/line-goals', 'budget/line-kpi']) expect(ruleStatus(report, id)).toBe('skipped');
    expect(report.categories.find((c) => c.id === 'budget-roi')!.score).toBeLessThan(50);
  });
});

ruleTester('budget/total', {
  valid: [
    { name: 'lines that add up to exactly the total', yaml: budget },
    { name: 'amounts compared in cents (0.1 + 0.2 is 0.3)', yaml: 'budget:\n  total: 0.3\n  lines:\n    - amount: 0.1\n    - amount: 0.2\n' },
  ],
  invalid: [
    {
      name: 'lines that add up to more than the total',
      yaml: swap(budget, 'total: 42000', 'total: 40000'),
      findings: [
        { pointer: '/budget/total', severity: 'error', message: /^the budget lines add up to 42,000 USD, 2,000 USD more than the total of 40,000 USD$/ },
      ],
    },
  ],
  notApplicable: [
    { name: 'no total', yaml: 'budget:\n  lines:\n    - amount: 5\n', reason: 'the budget has no total' },
    { name: 'no lines', yaml: 'budget:\n  total: 5\n', reason: 'the budget has no lines' },
  ],
});

ruleTester('budget/line-goals', {
  valid: [{ name: 'every line names declared goals', yaml: budget }],
  invalid: [
    {
      name: 'a goal id that does not exist is an error, with "did you mean"',
      yaml: swap(budget, 'goals: [bookings, trusted-source]', 'goals: [bookings, trusted-sources]'),
      findings: [
        {
          pointer: '/budget/lines/1/goals/1',
          severity: 'error',
          suggestion: 'trusted-source',
          message: /^budget line `Staff time` names goal `trusted-sources`, which is not declared; did you mean `trusted-source`\?$/,
          at: 'trusted-sources]',
        },
      ],
    },
    {
      name: 'a line that names no goal is a warning',
      yaml: swap(budget, '      goals: [bookings, trusted-source]\n', ''),
      findings: [{ pointer: '/budget/lines/1/goals', severity: 'warning', message: 'budget line `Staff time` names no goal it serves' }],
    },
  ],
  notApplicable: [{ name: 'no lines', yaml: 'budget:\n  total: 5\n', reason: 'budget' }],
});

ruleTester('budget/line-kpi', {
  valid: [{ name: 'every line names its KPI', yaml: budget }],
  invalid: [
    {
      name: 'a line without a KPI is a warning',
      yaml: swap(budget, '      kpi: social_referred_bookings\n', ''),
      findings: [{ pointer: '/budget/lines/1/kpi', severity: 'warning', message: 'budget line `Staff time` names no KPI' }],
    },
  ],
  notApplicable: [{ name: 'no lines', yaml: 'budget:\n  total: 5\n', reason: 'the budget has no lines (budget/exists reports it)' }],
});

ruleTester('budget/expected-return', {
  valid: [
    { name: 'the paid line states its return', yaml: budget },
    {
      name: 'unpaid lines are not asked for one',
      yaml: 'budget:\n  lines:\n    - item: Staff time\n      category: staff\n    - item: Ads\n      category: paid-media\n      expected_return: 40 bookings\n',
    },
  ],
  invalid: [
    {
      name: 'a paid line without an expected return',
      yaml: swap(budget, '      expected_return: cost per booking under 40 USD\n', ''),
      findings: [
        {
          pointer: '/budget/lines/0/expected_return',
          severity: 'warning',
          message: /^budget line `Meta paid promotion` \(paid-media\) states no expected return$/,
        },
      ],
    },
    {
      name: 'influencer lines are paid too',
      yaml: 'budget:\n  lines:\n    - item: Parent bloggers\n      category: influencers\n      amount: 0\n',
      findings: [{ pointer: '/budget/lines/0/expected_return', message: '(influencers)' }],
    },
    {
      name: 'the paidCategories option',
      options: { paidCategories: ['tools'] },
      yaml: 'budget:\n  lines:\n    - item: Scheduling tool\n      category: tools\n',
      findings: [{ pointer: '/budget/lines/0/expected_return', message: '(tools)' }],
    },
  ],
  notApplicable: [
    { name: 'no paid lines', yaml: 'budget:\n  lines:\n    - item: Staff time\n      category: staff\n', reason: 'the budget has no paid lines' },
  ],
});

ruleTester('budget/kpi-measured', {
  valid: [
    { name: 'cost_per_booking: bookings are measured (a goal counts social_referred_bookings)', yaml: budget },
    {
      name: 'a KPI listed under measurement.kpis',
      yaml: swap(budget, 'kpi: cost_per_booking', 'kpi: cost_per_lead') + 'measurement:\n  kpis:\n    - metric: leads\n      goal: bookings\n',
    },
    {
      name: 'a cost per result in Spanish, French or Swedish is measured like cost_per_ (costo_por_cita with citas measured)',
      yaml: swap(budget, 'kpi: cost_per_booking', 'kpi: costo_por_cita') + 'measurement:\n  kpis:\n    - metric: citas_desde_redes\n      goal: bookings\n',
    },
    {
      name: 'Swedish and Romanian plurals: kostnad_per_listning with nya_listningar measured',
      yaml:
        swap(budget, 'kpi: cost_per_booking', 'kpi: kostnad_per_listning') +
        'measurement:\n  kpis:\n    - metric: nya_listningar_fran_sociala_medier\n      goal: bookings\n',
    },
    {
      name: 'cost_per_programare with programari_online measured',
      yaml:
        swap(budget, 'kpi: cost_per_booking', 'kpi: cost_per_programare') +
        'measurement:\n  kpis:\n    - metric: programari_online_din_social\n      goal: bookings\n',
    },
    {
      name: 'coût par rendez-vous',
      yaml: swap(budget, 'kpi: cost_per_booking', 'kpi: coût_par_rdv') + 'measurement:\n  kpis:\n    - metric: rdv_pris_en_ligne\n      goal: bookings\n',
    },
    {
      name: 'the counted thing inside a longer metric (cost_per_rn_application, rn_applications_from_facebook)',
      yaml:
        swap(budget, 'kpi: cost_per_booking', 'kpi: cost_per_rn_application') +
        'measurement:\n  kpis:\n    - metric: rn_applications_from_facebook\n      goal: bookings\n',
    },
  ],
  invalid: [
    {
      name: 'a paid line whose KPI nobody measures',
      yaml: swap(budget, 'kpi: cost_per_booking', 'kpi: cost_per_lead'),
      findings: [{ pointer: '/budget/lines/0/kpi', severity: 'warning', message: '`cost_per_lead`', at: 'kpi: cost_per_lead' }],
    },
    {
      name: 'a Spanish cost per result whose count nobody measures',
      yaml: swap(budget, 'kpi: cost_per_booking', 'kpi: costo_por_cita'),
      findings: [{ pointer: '/budget/lines/0/kpi', message: '`costo_por_cita`' }],
    },
  ],
  notApplicable: [
    { name: 'no paid line names a KPI', yaml: 'budget:\n  lines:\n    - item: Ads\n      category: paid-media\n', reason: 'no paid budget line names a KPI' },
  ],
});

ruleTester('budget/channel-declared', {
  valid: [{ name: 'the paid line spends on a declared channel', yaml: budget }],
  invalid: [
    {
      name: 'paid spend on an undeclared channel is an error, with "did you mean"',
      yaml: swap(budget, 'channel: instagram', 'channel: tiktok')
        .replace('platform: instagram', 'platform: tiktok')
        .replace('channel: tiktok', 'channel: tiktk'),
      findings: [
        {
          pointer: '/budget/lines/0/channel',
          severity: 'error',
          suggestion: 'tiktok',
          message: 'spends paid budget on `tiktk`, which is not a declared channel; did you mean `tiktok`?',
        },
      ],
    },
    {
      name: 'unpaid spend on an undeclared channel is a warning',
      yaml: swap(budget, '      category: staff\n', '      category: staff\n      channel: tiktok\n'),
      findings: [
        { pointer: '/budget/lines/1/channel', severity: 'warning', message: /^budget line `Staff time` spends on `tiktok`, which is not a declared channel$/ },
      ],
    },
  ],
  notApplicable: [{ name: 'no line names a channel', yaml: 'budget:\n  lines:\n    - item: Staff time\n', reason: 'no budget line names a channel' }],
});

ruleTester('budget/goal-funded', {
  valid: [
    { name: 'one goal funded, the other owned', yaml: budget },
    { name: 'a goal that is staffed (owner) but not funded', yaml: 'goals:\n  - id: bookings\n    owner: Jordan Reyes\n' },
  ],
  invalid: [
    {
      name: 'a goal neither funded nor owned',
      yaml: swap(budget, '    owner: Jordan Reyes\n', '').replace('goals: [bookings, trusted-source]', 'goals: [bookings]'),
      findings: [{ pointer: '/goals/1/owner', severity: 'warning', message: /^goal `trusted-source` is neither funded by a budget line nor owned by anyone$/ }],
    },
  ],
  notApplicable: [{ name: 'no goals', yaml: 'budget:\n  total: 5\n', reason: 'the plan declares no goals' }],
});

describe('examples/unfunded-goals.strategy.yaml', () => {
  it('yields the budget findings its top comment claims, and nothing from the goal or audience rules', () => {
    const r = lint(readFileSync(`${ROOT}/examples/unfunded-goals.strategy.yaml`, 'utf8'), 'examples/unfunded-goals.strategy.yaml');
    const got = r.findings
      .filter((f) => f.ruleId.startsWith('budget/'))
      .map((f) => `${f.ruleId} ${f.severity} ${f.pointer}`)
      .sort();
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
  it('never fail internally, whatever the goals, audiences, channels and budget hold', () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const anyList = fc.array(
      fc.oneof(
        value,
        fc.dictionary(
          fc.constantFrom(
            'id',
            'age',
            'audiences',
            'goals',
            'platform',
            'target',
            'baseline',
            'unit',
            'metric',
            'amount',
            'channel',
            'category',
            'kpi',
            'role',
          ),
          fc.oneof(value, fc.array(value, { maxLength: 3 })),
        ),
      ),
      { maxLength: 4 },
    );
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
