// The measurement/ rules (category measurement): review cadence, a KPI per goal, where each KPI
// comes from, and engagement-rate denominators.
import { plan, ruleTester, swap } from '../rule-tester.js';

/** The example plan's goals and measurement section. */
const measurement = plan`
  goals:
    - id: bookings
      metric: social_referred_bookings
    - id: trusted-source
      metric: engagement_rate
      unit: percent
      denominator: followers
  measurement:
    review_cadence: weekly
    tools: [ga4, meta-business-suite]
    kpis:
      - metric: social_referred_bookings
        goal: bookings
        source: ga4
      - metric: engagement_rate
        goal: trusted-source
        source: meta-business-suite
`;
const cadence = (c: string) => swap(measurement, 'review_cadence: weekly', `review_cadence: ${c}`);
const NO_SECTION = 'the plan has no `measurement` section; measurement/section reports it once';

ruleTester('measurement/section', {
  valid: [{ name: 'a measurement section', yaml: measurement }],
  invalid: [
    {
      name: 'no measurement section is one error',
      yaml: 'goals:\n  - id: bookings\n',
      findings: [{ pointer: '/measurement', severity: 'error', message: 'the plan has no `measurement` section', line: 1, column: 1 }],
    },
  ],
});

ruleTester('measurement/review-cadence', {
  valid: [
    { name: 'weekly', yaml: measurement },
    { name: 'daily', yaml: cadence('daily') },
  ],
  invalid: [
    {
      name: 'monthly is a warning at the key',
      yaml: cadence('monthly'),
      findings: [{ pointer: '/measurement/review_cadence', severity: 'warning', message: 'reviewed monthly', at: 'review_cadence: monthly' }],
    },
    {
      name: 'quarterly is an error',
      yaml: cadence('quarterly'),
      findings: [{ pointer: '/measurement/review_cadence', severity: 'error', message: 'only quarterly' }],
    },
    {
      name: 'no cadence is an error',
      yaml: swap(measurement, '  review_cadence: weekly\n', ''),
      findings: [{ pointer: '/measurement/review_cadence', severity: 'error', message: 'does not say how often results are reviewed' }],
    },
  ],
  notApplicable: [{ name: 'no measurement section', yaml: 'goals:\n  - id: bookings\n', reason: NO_SECTION }],
});

ruleTester('measurement/goal-kpis', {
  valid: [{ name: "a KPI on each goal's metric, with its source", yaml: measurement }],
  invalid: [
    {
      name: 'a goal without a KPI is a warning at the goal',
      yaml: swap(measurement, '    - metric: engagement_rate\n      goal: trusted-source\n      source: meta-business-suite\n', ''),
      findings: [{ pointer: '/goals/1', severity: 'warning', message: 'goal `trusted-source` is measured by no KPI', at: 'id: trusted-source' }],
    },
    {
      name: 'a KPI on another metric is reported at the KPI',
      yaml: swap(measurement, '    - metric: social_referred_bookings\n', '    - metric: page_views\n'),
      findings: [
        { pointer: '/measurement/kpis/0/metric', message: "measures `page_views`, not the goal's metric `social_referred_bookings`", at: 'metric: page_views' },
      ],
    },
    {
      name: 'a KPI without a source is a warning at the KPI',
      yaml: swap(measurement, '      source: meta-business-suite\n', ''),
      findings: [{ pointer: '/measurement/kpis/1/source', severity: 'warning', message: 'does not say where it is measured' }],
    },
    {
      name: 'a KPI naming an unknown goal gets a did-you-mean',
      yaml: swap(measurement, 'goal: bookings', 'goal: booking'),
      findings: [
        { pointer: '/goals/0', message: 'goal `bookings` is measured by no KPI' },
        {
          pointer: '/measurement/kpis/0/goal',
          suggestion: 'bookings',
          message: 'which is not a goal of the plan; did you mean `bookings`?',
          at: 'goal: booking',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'no measurement section', yaml: 'goals:\n  - id: bookings\n', reason: NO_SECTION },
    { name: 'no goals', yaml: 'measurement:\n  review_cadence: weekly\n', reason: 'the plan has no goals' },
  ],
});

ruleTester('measurement/kpi-sources', {
  valid: [{ name: 'every source is a declared tool', yaml: measurement }],
  invalid: [
    {
      name: 'a source that is not a declared tool is a warning with a did-you-mean',
      yaml: swap(measurement, 'source: meta-business-suite', 'source: meta-business-suit'),
      findings: [
        {
          pointer: '/measurement/kpis/1/source',
          severity: 'warning',
          suggestion: 'meta-business-suite',
          message: 'which is not in `measurement.tools`',
          at: 'source: meta-business-suit',
        },
      ],
    },
    {
      name: 'no tools declared at all',
      yaml: swap(measurement, '  tools: [ga4, meta-business-suite]\n', ''),
      findings: [
        { pointer: '/measurement/kpis/0/source', message: 'but `measurement.tools` declares no tool' },
        { pointer: '/measurement/kpis/1/source', message: 'but `measurement.tools` declares no tool' },
      ],
    },
  ],
  notApplicable: [{ name: 'no KPI names a source', yaml: 'measurement:\n  kpis:\n    - metric: bookings\n', reason: 'no KPI names a source' }],
});

ruleTester('measurement/engagement-denominator', {
  valid: [{ name: 'the denominator is declared', yaml: measurement }],
  invalid: [
    {
      name: 'an engagement-rate goal without a denominator is information, located at the goal',
      yaml: swap(measurement, '    denominator: followers\n', ''),
      findings: [
        {
          pointer: '/goals/1/denominator',
          severity: 'info',
          message: 'engagement-rate goal `trusted-source` does not say its denominator',
          at: 'id: trusted-source',
        },
      ],
    },
    {
      name: 'an engagement rate named in Spanish, French or Romanian is one too',
      yaml: 'goals:\n  - id: es\n    metric: tasa_de_interaccion\n  - id: fr\n    metric: taux_d_engagement\n  - id: ro\n    metric: rata_de_implicare\n    unit: procent\n',
      findings: [
        { pointer: '/goals/0/denominator', message: 'engagement-rate goal `es`' },
        { pointer: '/goals/1/denominator', message: 'engagement-rate goal `fr`' },
        { pointer: '/goals/2/denominator', message: 'engagement-rate goal `ro`' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no engagement-rate goal',
      yaml: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\n',
      reason: 'the plan has no engagement-rate goal',
    },
  ],
});
