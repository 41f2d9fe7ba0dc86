import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, strings, withoutGoals } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'budget/goal-funded',
    category: 'budget-roi',
    severity: 'warning',
    description: 'Every goal is funded (a budget line names it) or staffed (it has an `owner`).',
    rationale:
      'Whatever you spend, money or time, is measured against the goals (the article "How to develop a social media strategy for healthcare marketing", step 3), and "it takes an FTE ' +
      'dedicated to run" the work ("What does it take to implement a strategic healthcare social media program?", step 3). A goal is resourced when a budget line pays for it or a named person ' +
      'owns it; organic goals are often carried by staff time alone, so an owner is enough. A goal with neither has ' +
      'nothing behind it.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: budget tied to goals; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 3: a dedicated owner',
    fix: "Name the goal in a budget line's `goals`, or give it an `owner`.",
    examples: {
      fail: 'goals:\n  - id: trusted-source\nbudget:\n  lines:\n    - item: Meta ads\n      goals: [bookings]',
      pass: 'goals:\n  - id: trusted-source\n    owner: Jordan Reyes\nbudget:\n  lines:\n    - item: Meta ads\n      goals: [bookings]',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const funded = new Set<string>();
    for (const [l] of items(plan.budget?.lines)) strings(l.goals).forEach((id) => funded.add(id));
    const out: RuleFinding[] = [];
    for (const [g, i] of items(plan.goals)) {
      if (present(g.owner) || (typeof g.id === 'string' && funded.has(g.id))) continue;
      out.push(finding(pointer('goals', i, 'owner'), `${label('goal', g.id, i)} is neither funded by a budget line nor owned by anyone`));
    }
    return out;
  },
});
