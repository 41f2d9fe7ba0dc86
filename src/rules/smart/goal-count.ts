import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, pointer } from '../helpers.js';

export const rule = defineRule<{ maxGoals: number }>({
  meta: {
    id: 'smart/goal-count',
    category: 'goals',
    severity: 'warning',
    description: 'The plan declares goals, and not more than `maxGoals` of them.',
    rationale:
      'Without goals "it is hard to know whether your strategy works" (the article "How to develop a social media strategy for healthcare marketing", step 1): a plan with none is an error. ' +
      'With many, effort spreads thin: the source articles advise to "identify your top two or three goals and focus on them first", ' +
      'so more than five is a warning.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals, your top two or three first',
    fix: 'Keep the two or three goals that matter most now; move the others to a later plan.',
    options: { maxGoals: { type: 'number', default: 5, description: 'More goals than this is a warning.' } },
    examples: {
      fail: 'goals: []',
      pass: 'goals:\n  - id: bookings\n  - id: trusted-source',
    },
  },
  check(plan, ctx) {
    const goals = items(plan.goals);
    if (goals.length === 0) {
      return [
        finding('/goals', 'the plan declares no goals: nothing says what the social-media work should achieve', {
          severity: 'error',
          hint: 'Add `goals:` with two or three SMART goals (metric, baseline, target, deadline).',
          absent: true,
        }),
      ];
    }
    const max = ctx.options.maxGoals;
    const out: RuleFinding[] = [];
    if (goals.length > max) {
      out.push(finding(pointer('goals', goals[max][1]), `the plan has ${goals.length} goals; focus on your top two or three (at most ${max})`));
    }
    return out;
  },
});
