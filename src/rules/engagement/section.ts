import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'engagement/section',
    category: 'engagement',
    severity: 'error',
    weight: 2,
    description: 'The plan has an engagement section: how it listens, responds, escalates and moderates.',
    rationale:
      '"Social media is a conversation - you need to listen and respond twice as much as you talk" ("Click, Like, Retweet: Healthcare Reputation Online"). A plan with no engagement ' +
      'section broadcasts only. The detail rules of the category report nothing until the section exists; this rule reports its absence once.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": listen and respond; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: monitoring, engagement and misinformation; CDC CERC',
    fix: 'Add an `engagement:` section: listening_tools, response_time_hours, escalation, moderation_policy, crisis_plan, medical_advice_disclaimer.',
    examples: {
      fail: 'version: 1\norganization: {name: Lakeside Pediatrics}',
      pass: 'engagement:\n  listening_tools: [mentionlytics]\n  response_time_hours: 4',
    },
  },
  check(plan) {
    return sectionEmpty(plan, 'engagement')
      ? [
          finding('/engagement', 'the plan has no `engagement` section: no listening, response time, escalation path, moderation policy or crisis plan', {
            absent: true,
          }),
        ]
      : [];
  },
});
