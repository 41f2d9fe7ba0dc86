import { defineRule, finding, present, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'engagement/crisis-plan',
    category: 'engagement',
    severity: 'warning',
    description: 'The plan has (or points to) a crisis communication plan.',
    rationale:
      'An outbreak, a data breach or a viral complaint leaves no time to decide who speaks and who approves. The CDC\'s Crisis and ' +
      'Emergency Risk Communication (CERC) principles - be first, be right, be credible - assume a plan that names a spokesperson, an ' +
      'approval chain and pre-approved holding statements. "A patient who has a bad experience is only one post away from sharing it with the world" (seed 004).',
    source: 'CDC Crisis and Emergency Risk Communication (CERC); seed 004: reputation; seed 002: misinformation',
    fix: 'Set `engagement.crisis_plan:` to the crisis communication plan (a path or a summary: spokesperson, approvals, holding statements).',
    examples: { fail: 'engagement:\n  moderation_policy: Hide spam', pass: 'engagement:\n  crisis_plan: docs/crisis-communications.md' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan) {
    return present(plan.engagement?.crisis_plan) ? [] : [finding('/engagement/crisis_plan', 'the plan has no crisis communication plan')];
  },
});
