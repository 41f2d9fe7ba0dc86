import { defineRule, finding, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/review-cadence',
    category: 'measurement',
    severity: 'error',
    description: 'Results are reviewed weekly or more often.',
    rationale:
      '"At the end of each week, take time to monitor and measure the impact of your social media activity" ("Click, Like, Retweet: Healthcare Reputation Online"); "measure ' +
      'everything, evaluate, adjust based on your findings, redeploy budget as needed" ("What does it take to implement a strategic healthcare social media program?"). A monthly review leaves weeks of ' +
      'paid spend unadjusted; a quarterly one cannot steer the plan at all.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": weekly measurement; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5: measure everything; "Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 6: track and measure',
    fix: 'Set `measurement.review_cadence: weekly` (or daily) and keep the review on the calendar.',
    examples: { fail: 'measurement:\n  review_cadence: quarterly', pass: 'measurement:\n  review_cadence: weekly' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'measurement'),
  check(plan) {
    const c = plan.measurement?.review_cadence;
    const at = '/measurement/review_cadence';
    if (c === 'daily' || c === 'weekly') return [];
    if (c === 'monthly') return [finding(at, 'results are reviewed monthly; the source articles ask for a weekly review', { severity: 'warning' })];
    if (c === 'quarterly')
      return [finding(at, 'results are reviewed only quarterly, too rarely to adjust the plan; the source articles ask for a weekly review')];
    return [finding(at, 'the plan does not say how often results are reviewed')];
  },
});
