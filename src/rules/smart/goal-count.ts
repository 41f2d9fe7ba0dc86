import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, pointer } from '../helpers.js';

export const rule = defineRule<{ maxGoals: number }>({
  meta: {
    id: 'smart/goal-count',
    category: 'goals',
    severity: 'warning',
    description: 'The plan declares goals, and not more than `maxGoals` of them.',
    rationale:
      'Without goals "it is hard to know whether your strategy works" (seeds 000/001, step 1): a plan with none is an error. ' +
      'With many, effort spreads thin: the seeds advise to "identify your top two or three goals and focus on them first", ' +
      'so more than five is a warning.',
    source: 'Seeds 000/001, step 1: set SMART goals, your top two or three first',
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
        }),
      ];
    }
    const max = ctx.options.maxGoals;
    const out: RuleFinding[] = [];
    if (goals.length > max) {
      out.push(
        finding(pointer('goals', goals[max][1]), `the plan has ${goals.length} goals; focus on your top two or three (at most ${max})`),
      );
    }
    return out;
  },
});
