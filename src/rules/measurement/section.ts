import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/section',
    category: 'measurement',
    severity: 'error',
    description: 'The plan has a measurement section: how often results are reviewed and where each KPI comes from.',
    rationale: '"Measure everything. Evaluate. Adjust based on your findings" (seed 003); without measurement no goal can be judged met. ' +
      'The detail rules of the category report nothing until the section exists; this rule reports its absence once.',
    source: 'Seeds 000/001, step 6: track and measure; seed 003, step 5: measure everything; seed 004: measure weekly',
    fix: 'Add a `measurement:` section: review_cadence, tools and a KPI (metric, goal, source) for each goal.',
    examples: { fail: 'version: 1\norganization: {name: Lakeside Pediatrics}', pass: 'measurement:\n  review_cadence: weekly\n  tools: [ga4]' },
  },
  check(plan) {
    return sectionEmpty(plan, 'measurement') ? [finding('/measurement', 'the plan has no `measurement` section: no review cadence, tools or KPIs')] : [];
  },
});
