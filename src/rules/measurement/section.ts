import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/section',
    category: 'measurement',
    severity: 'error',
    weight: 2,
    description: 'The plan has a measurement section: how often results are reviewed and where each KPI comes from.',
    rationale:
      '"Measure everything. Evaluate. Adjust based on your findings" ("What does it take to implement a strategic healthcare social media program?"); without measurement no goal can be judged met. ' +
      'The detail rules of the category report nothing until the section exists; this rule reports its absence once.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 6: track and measure; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5: measure everything; "Click, Like, Retweet: Healthcare Reputation Online": measure weekly',
    fix: 'Add a `measurement:` section: review_cadence, tools and a KPI (metric, goal, source) for each goal.',
    examples: { fail: 'version: 1\norganization: {name: Lakeside Pediatrics}', pass: 'measurement:\n  review_cadence: weekly\n  tools: [ga4]' },
  },
  check(plan) {
    return sectionEmpty(plan, 'measurement')
      ? [finding('/measurement', 'the plan has no `measurement` section: no review cadence, tools or KPIs', { absent: true })]
      : [];
  },
});
