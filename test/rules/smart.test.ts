// The smart/ rules (category goals): SMART goals and the plan period.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { lint, ROOT } from '../helpers.js';

/** One well-formed goal (the example plan's first). */
const goal = () => plan`
  goals:
    - id: bookings
      statement: Grow online well-child visit bookings that come from social channels
      metric: social_referred_bookings
      unit: bookings per month
      baseline: 35
      target: 55
      deadline: 2027-09-30
      business_objective: Fill the new Saturday clinic
`;

/** A goal with only a statement. */
const statement = (text: string) => plan`
  goals:
    - id: awareness
      statement: ${text}
`;

ruleTester('smart/specific', {
  valid: [
    { name: 'a statement that names who and what changes', yaml: goal() },
    ...[
      ['Swedish', 'Öka kännedomen om vår vaccinmottagning'],
      ['Swedish without diacritics', 'Fler bokningar via sociala medier'],
      ['French', 'Augmenter la notoriété de la clinique'],
      ['Romanian', 'Creșterea notorietății clinicii'],
      ['French, without accents', 'Plus de visibilite pour la clinique'],
      ['Romanian, without diacritics', 'Cresterea vizibilitatii online'],
    ].map(([lang, text]) => ({ name: `a ${lang} statement is not judged`, yaml: statement(text) })),
  ],
  invalid: [
    {
      name: 'an English vague verb phrase, at the statement',
      yaml: statement('Increase brand awareness on social media'),
      findings: [
        {
          pointer: '/goals/0/statement',
          message: 'vague statement',
          severity: 'warning',
          line: 3,
          column: 5,
          at: 'statement: Increase brand awareness on social media',
        },
      ],
    },
    ...['Grow engagement', 'Improve our online presence', 'Get more followers', 'Brand awareness', 'Awareness'].map((text) => ({
      name: `flags ${JSON.stringify(text)}`,
      yaml: statement(text),
      findings: [{ pointer: '/goals/0/statement', message: `vague statement (\`${text}\`)` }],
    })),
    {
      name: 'a missing statement',
      yaml: plan`
        goals:
          - id: bookings
            metric: social_referred_bookings
      `,
      findings: [{ pointer: '/goals/0/statement', message: 'goal `bookings` has no statement' }],
    },
  ],
  notApplicable: [{ name: 'a plan without goals', yaml: 'why: Parents look for advice online first\n', reason: 'the plan declares no goals' }],
});

ruleTester('smart/measurable', {
  valid: [{ name: 'metric, unit, baseline and a different target', yaml: goal() }],
  invalid: [
    {
      name: 'no metric and no target is an error naming every missing field',
      yaml: plan`
        goals:
          - id: bookings
            unit: bookings per month
      `,
      findings: [{ pointer: '/goals/0', severity: 'error', message: /^goal `bookings` cannot be measured: it has no `metric`, `target`, `baseline`$/ }],
    },
    {
      name: 'only the baseline missing is a warning at where it belongs',
      yaml: plan`
        goals:
          - id: trusted-source
            metric: engagement_rate
            unit: percent
            target: 2.0
      `,
      findings: [{ pointer: '/goals/0/baseline', severity: 'warning', message: 'has no `baseline`', at: 'id: trusted-source' }],
    },
    {
      name: 'a percent target above 100',
      yaml: plan`
        goals:
          - id: trusted-source
            metric: engagement_rate
            unit: percent
            baseline: 1.2
            target: 150
      `,
      findings: [
        {
          pointer: '/goals/0/target',
          severity: 'error',
          message: /^goal `trusted-source` has a target of 150 `percent`, which is not a percentage from 0 to 100$/,
        },
      ],
    },
    {
      name: 'a target equal to the baseline asks for no change',
      yaml: swap(goal(), 'target: 55', 'target: 35'),
      findings: [{ pointer: '/goals/0/target', severity: 'warning', message: 'asks for no change', at: 'target: 35' }],
    },
  ],
  notApplicable: [{ name: 'a plan without goals', yaml: 'goals: []\n', reason: 'the plan declares no goals' }],
});

/** An engagement-rate goal pursued on Instagram and Facebook. */
const engagement = (baseline: number, target: number) => plan`
  goals:
    - id: trusted-source
      metric: engagement_rate
      unit: percent
      baseline: ${baseline}
      target: ${target}
  channels:
    - platform: instagram
      goals: [trusted-source]
    - platform: facebook
      goals: [trusted-source]
`;

ruleTester('smart/achievable', {
  valid: [
    { name: 'an engagement target of 2.0% from a 1.2% baseline', yaml: engagement(1.2, 2.0) },
    {
      name: "only medians with the goal's denominator compare (TikTok's 5.7% is per view)",
      yaml: plan`
        goals:
          - id: trusted-source
            metric: engagement_rate
            unit: percent
            denominator: views
            baseline: 4
            target: 10
        channels:
          - platform: tiktok
            goals: [trusted-source]
      `,
    },
    {
      name: 'a percent target above 100 is left to smart/measurable',
      yaml: plan`
        goals:
          - id: trusted-source
            metric: engagement_rate
            unit: percent
            baseline: 1.2
            target: 150
      `,
    },
  ],
  invalid: [
    {
      name: 'a target more than 5 times the baseline',
      yaml: swap(goal(), 'target: 55', 'target: 400'),
      findings: [{ pointer: '/goals/0/target', severity: 'warning', message: '11.4 times', at: 'target: 400' }],
    },
    {
      name: "an engagement-rate target several times the platforms' medians, citing them",
      yaml: engagement(0.4, 1.9),
      findings: [
        {
          pointer: '/goals/0/target',
          message: /^(?=.*engagement rate of 1\.9% \(per follower\))(?=.*instagram 0\.5%)(?=.*facebook 0\.15%)(?=.*Rival IQ)/,
        },
      ],
    },
    {
      name: 'an engagement goal is reported once, not also as a growth jump',
      yaml: engagement(0.2, 5),
      findings: [{ pointer: '/goals/0/target', message: 'engagement rate of 5%' }],
    },
    {
      name: 'the maxGrowthFactor option',
      options: { maxGrowthFactor: 1.5 },
      yaml: plan`
        goals:
          - id: bookings
            baseline: 35
            target: 55
          - id: trusted-source
            metric: engagement_rate
            unit: percent
            baseline: 1.2
            target: 2.0
        channels:
          - platform: instagram
            goals: [bookings, trusted-source]
      `,
      findings: [
        { pointer: '/goals/0/target', message: '1.6 times in one plan period (more than 1.5 times)' },
        { pointer: '/goals/1/target', message: '1.7 times in one plan period (more than 1.5 times)' },
      ],
    },
  ],
});

/** A goal that counts `metric`, with an optional business objective. */
const exposure = (metric: string, objective?: string) =>
  `  - id: ${metric.replace(/_/g, '-')}\n    metric: ${metric}\n` + (objective === undefined ? '' : `    business_objective: ${objective}\n`);

ruleTester('smart/vanity-metric', {
  valid: [
    { name: 'a goal that counts bookings', yaml: goal() },
    {
      name: 'a follower goal tied to an objective, next to a goal that counts a result',
      yaml: goal() + exposure('instagram_followers', 'Fill the new Saturday clinic'),
    },
    {
      name: 'video views tied to treatment starts, with a conversion goal',
      yaml: goal() + exposure('completed_video_views', 'More people starting treatment'),
    },
    {
      name: 'a Spanish appointments goal counts a result',
      yaml: 'goals:\n' + exposure('citas_desde_redes', 'Llenar la agenda de los sábados') + exposure('seguidores', 'Llenar la agenda de los sábados'),
    },
    { name: 'a cost per follower is a cost, not a count of followers', yaml: goal() + exposure('cost_per_follower') },
  ],
  invalid: [
    {
      name: 'probe: followers with no business objective',
      yaml: goal() + exposure('instagram_followers'),
      findings: [
        {
          pointer: '/goals/1/metric',
          severity: 'warning',
          message: 'goal `instagram-followers` counts `follower…`, a measure of exposure, not of a result, and names no business objective it serves',
          at: 'metric: instagram_followers',
        },
      ],
    },
    {
      name: 'probe: impressions whose objective is "brand awareness"',
      yaml: goal() + exposure('monthly_impressions', 'Brand awareness'),
      findings: [{ pointer: '/goals/1/metric', message: 'its business objective (`brand awareness`) is exposure again, not an objective' }],
    },
    {
      name: 'a plan whose every goal counts exposure: likes tied to an objective still leave no result measured',
      yaml: 'goals:\n' + exposure('likes_per_post', 'Fill the new Saturday clinic'),
      findings: [{ pointer: '/goals/0/metric', message: 'no goal of the plan counts a result (bookings, leads, applications, visits)' }],
    },
    {
      name: 'Romanian, French and Swedish exposure goals',
      yaml:
        'goals:\n' +
        exposure('urmaritori_facebook', 'Notorietate') +
        exposure('abonnés_instagram', 'Notoriété') +
        exposure('följare', 'Fler patienter bokar digitala besök') +
        exposure('visualizaciones'),
      findings: [
        { pointer: '/goals/0/metric', message: 'counts `urmăritori`' },
        { pointer: '/goals/1/metric', message: 'its business objective (`notoriété`) is exposure again' },
        { pointer: '/goals/2/metric', message: 'no goal of the plan counts a result' },
        { pointer: '/goals/3/metric', message: 'names no business objective' },
      ],
    },
  ],
  notApplicable: [{ name: 'a plan without goals', yaml: 'why: Parents look for advice online first\n', reason: 'the plan declares no goals' }],
});

ruleTester('smart/relevant', {
  valid: [{ name: 'a goal with an objective, pursued by a channel', yaml: goal() + 'channels:\n  - platform: instagram\n    goals: [bookings]\n' }],
  invalid: [
    {
      name: 'a missing business objective',
      yaml: plan`
        goals:
          - id: bookings
        budget:
          lines:
            - item: Ads
              goals: [bookings]
      `,
      findings: [{ pointer: '/goals/0/business_objective', severity: 'warning', message: 'does not say which business or clinical objective' }],
    },
    {
      name: 'a goal no channel or budget line pursues, at its id',
      yaml: goal() + 'channels:\n  - platform: instagram\n    goals: [other]\n',
      findings: [{ pointer: '/goals/0/id', message: /^goal `bookings` is not pursued by any channel or budget line$/, at: 'id: bookings' }],
    },
  ],
});

ruleTester('smart/time-bound', {
  valid: [{ name: 'a deadline inside the period', yaml: 'period: {start: 2027-01-01, end: 2027-12-31}\n' + goal() }],
  invalid: [
    {
      name: 'no deadline',
      yaml: 'goals:\n  - id: bookings\n',
      findings: [{ pointer: '/goals/0/deadline', message: 'goal `bookings` has no deadline', severity: 'error', line: 2, column: 5 }],
    },
    {
      name: 'a deadline after the plan ends',
      yaml: 'period: {start: 2027-01-01, end: 2027-06-30}\n' + goal(),
      findings: [{ pointer: '/goals/0/deadline', message: /after the plan ends \(2027-06-30\)/, at: 'deadline: 2027-09-30' }],
    },
    {
      name: 'a deadline before the plan starts',
      yaml: 'period: {start: 2027-10-01, end: 2028-09-30}\n' + goal(),
      findings: [{ pointer: '/goals/0/deadline', message: 'before the plan starts (2027-10-01)' }],
    },
  ],
  notApplicable: [
    {
      name: 'a plan without goals',
      yaml: 'period: {start: 2027-01-01, end: 2027-12-31}\n',
      reason: 'the plan declares no goals (smart/goal-count reports it)',
    },
  ],
});

ruleTester('smart/goal-count', {
  valid: [{ name: 'two goals', yaml: 'goals:\n  - id: bookings\n  - id: trusted-source\n' }],
  invalid: [
    {
      name: 'more than five goals: a warning at the sixth',
      yaml: 'goals:\n' + [1, 2, 3, 4, 5, 6].map((n) => `  - id: goal-${n}\n`).join(''),
      findings: [{ pointer: '/goals/5', severity: 'warning', message: '6 goals', at: 'id: goal-6' }],
    },
    {
      name: 'no goals is an error',
      yaml: 'why: Parents look for advice online first\n',
      findings: [{ pointer: '/goals', severity: 'error', message: 'the plan declares no goals' }],
    },
    {
      name: 'the maxGoals option',
      options: { maxGoals: 1 },
      yaml: 'goals:\n  - id: bookings\n  - id: trusted-source\n',
      findings: [{ pointer: '/goals/1', message: 'the plan has 2 goals; focus on your top two or three (at most 1)' }],
    },
  ],
});

describe('smart/goal-count and the other goal rules', () => {
  it('a plan without goals gets one error; the other goal rules are skipped and the goals category scores 0', () => {
    const report = lint('version: 1\norganization: {name: Example Clinic, jurisdictions: [US]}\nperiod: {start: 2027-01-01, end: 2027-12-31}\n');
    expect(report.findings.filter((f) => f.ruleId === 'smart/goal-count').map((f) => f.severity)).toEqual(['error']);
    const goalRules = report.rules.filter((r) => r.category === 'goals' && r.ruleId !== 'smart/goal-count');
    expect(goalRules.length).toBeGreaterThan(0);
    expect(goalRules.every((r) => r.status === 'skipped')).toBe(true);
    expect(report.categories.find((c) => c.id === 'goals')!.score).toBe(0);
  });
});

ruleTester('smart/goal-ids', {
  valid: [{ name: 'two goals with their own ids', yaml: 'goals:\n  - id: bookings\n  - id: trusted-source\n' }],
  invalid: [
    {
      name: 'a duplicate id is an error at the second goal',
      yaml: 'goals:\n  - id: bookings\n  - id: bookings\n',
      findings: [{ pointer: '/goals/1/id', severity: 'error', message: 'used twice (also goal 1)', line: 3, column: 5 }],
    },
    {
      name: 'a goal without an id is a warning',
      yaml: 'goals:\n  - id: bookings\n  - statement: Fill the Saturday clinic\n',
      findings: [{ pointer: '/goals/1', severity: 'warning', message: 'goal 2 has no id' }],
    },
  ],
});

ruleTester('smart/plan-period', {
  valid: [{ name: 'a year', yaml: 'period: {start: 2027-01-01, end: 2027-12-31}\ngoals:\n  - id: bookings\n' }],
  invalid: [
    {
      name: 'no period is an error at the top of the plan',
      yaml: 'goals:\n  - id: bookings\n',
      findings: [{ pointer: '/period', severity: 'error', message: /^the plan declares no period \(start and end dates\)$/, line: 1, column: 1 }],
    },
    {
      name: 'an end before the start, at the end date',
      yaml: 'period:\n  start: 2027-12-31\n  end: 2027-01-01\ngoals:\n  - id: bookings\n',
      findings: [{ pointer: '/period/end', message: 'ends (2027-01-01) before it starts (2027-12-31)', at: 'end: 2027-01-01' }],
    },
    {
      name: 'a period longer than maxDays is information',
      yaml: 'period: {start: 2027-01-01, end: 2030-12-31}\ngoals:\n  - id: bookings\n',
      findings: [{ pointer: '/period/end', severity: 'info', message: 'covers 1460 days' }],
    },
    {
      name: 'a missing start date',
      yaml: 'period: {end: 2027-12-31}\ngoals:\n  - id: bookings\n',
      findings: [{ pointer: '/period/start', message: 'has no start date' }],
    },
  ],
});

describe('examples/vague-goals.strategy.yaml', () => {
  it('yields the goal findings its top comment claims, and nothing else from the goal rules', () => {
    const r = lint(readFileSync(`${ROOT}/examples/vague-goals.strategy.yaml`, 'utf8'), 'examples/vague-goals.strategy.yaml');
    const got = r.findings
      .filter((f) => f.ruleId.startsWith('smart/'))
      .map((f) => `${f.ruleId} ${f.pointer}`)
      .sort();
    expect(got).toEqual(
      [
        'smart/specific /goals/0/statement',
        'smart/specific /goals/1/statement',
        'smart/measurable /goals/0',
        'smart/measurable /goals/3/baseline',
        'smart/achievable /goals/1/target',
        'smart/achievable /goals/2/target',
        'smart/relevant /goals/3/business_objective',
        'smart/relevant /goals/5/id',
        'smart/goal-count /goals/5',
        'smart/time-bound /goals/5/deadline',
      ].sort(),
    );
    // The rest of the plan is sound: nothing from the audience or budget rules.
    expect(r.findings.filter((f) => /^(audience|channel|budget)\//.test(f.ruleId))).toEqual([]);
    expect(r.passed).toBe(false);
  });
});
