import { defineRule, finding, sectionSkip, strings } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'engagement/listening',
    category: 'engagement',
    severity: 'warning',
    description: 'The plan names the social listening tools that monitor mentions, sentiment and misinformation.',
    rationale:
      '"Social media is a conversation - you need to listen and respond twice as much as you talk" ("Click, Like, Retweet: Healthcare Reputation Online"). Patients discuss the ' +
      'organisation whether or not it is present; listening is how it hears complaints, questions and misinformation in time (the guide "Social media in the healthcare industry"; ' +
      'WHO infodemic management: listen, inform, detect, intervene).',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": listen and respond; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: social listening and monitoring',
    fix: 'List the tools under `engagement.listening_tools:` (e.g. [mentionlytics] or [brandwatch]).',
    examples: { fail: 'engagement:\n  listening_tools: []\n  response_time_hours: 4', pass: 'engagement:\n  listening_tools: [mentionlytics]' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan) {
    if (strings(plan.engagement?.listening_tools).length === 0) {
      return [finding('/engagement/listening_tools', 'the plan names no social listening tool')];
    }
    return [];
  },
});
