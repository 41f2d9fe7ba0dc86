import { defineRule, finding, isEngagementRate, items, pointer, quote } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/engagement-denominator',
    category: 'measurement',
    severity: 'info',
    description: 'Engagement-rate goals say what engagement is divided by (followers, reach, impressions or views).',
    rationale:
      'An engagement rate per follower and one per impression differ several-fold for the same posts: published medians are about 0.5% ' +
      'per follower on Instagram but far higher per impression (Rival IQ 2024, Socialinsider 2026). Without the denominator the target ' +
      'cannot be compared with a benchmark, or with last year.',
    source: '"Click, Like, Retweet: Healthcare Reputation Online": monitor engagement rates; Rival IQ 2024 and Socialinsider 2026 benchmark methods',
    fix: 'Add `denominator:` (followers, reach, impressions or views) to the engagement-rate goal, and measure it the same way every week.',
    examples: {
      fail: 'goals:\n  - id: trusted-source\n    metric: engagement_rate\n    unit: percent',
      pass: 'goals:\n  - id: trusted-source\n    metric: engagement_rate\n    unit: percent\n    denominator: followers',
    },
  },
  notApplicable(plan) {
    return items(plan.goals).some(([g]) => isEngagementRate(g)) ? undefined : 'the plan has no engagement-rate goal';
  },
  check(plan) {
    const out = [];
    for (const [g, i] of items(plan.goals)) {
      if (!isEngagementRate(g) || typeof g.denominator === 'string') continue;
      out.push(
        finding(
          pointer('goals', i, 'denominator'),
          `engagement-rate goal ${quote(g.id ?? i + 1)} does not say its denominator (followers, reach, impressions or views)`,
        ),
      );
    }
    return out;
  },
});
