import { defineRule, finding, present, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'engagement/moderation',
    category: 'engagement',
    severity: 'warning',
    description: 'The plan has a moderation policy for comments on its accounts.',
    rationale:
      'A published moderation policy says what is hidden (spam, abuse, personal health details, misinformation) and what is never ' +
      'removed (criticism), so that moderators act consistently and the organisation can explain a removal.',
    source: 'Seed 002: engagement practices and misinformation; seed 004: reputation online',
    fix: 'Write `engagement.moderation_policy:` (what is hidden or removed, what is never deleted, how replies move to private channels).',
    examples: {
      fail: 'engagement:\n  listening_tools: [mentionlytics]',
      pass: 'engagement:\n  moderation_policy: Hide spam and abuse, never delete criticism, reply publicly once then move to private channels',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan) {
    return present(plan.engagement?.moderation_policy) ? [] : [finding('/engagement/moderation_policy', 'the plan has no moderation policy')];
  },
});
