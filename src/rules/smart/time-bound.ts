import { day, defineRule, finding, items, pointer, quote, withoutGoals } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'smart/time-bound',
    category: 'goals',
    severity: 'error',
    description: 'Every goal has a deadline that is a date inside the plan period.',
    rationale:
      'A goal without a date cannot be judged met or missed: "in a few months you should be able to tell whether it was reached". ' +
      'The CDC calls this time-phased; a deadline outside the period belongs to another plan.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals (Time-bound); CDC Evaluation Brief 3b',
    fix: 'Give the goal a `deadline:` (YYYY-MM-DD) between `period.start` and `period.end`.',
    examples: {
      fail: 'period: {start: 2027-01-01, end: 2027-12-31}\ngoals:\n  - id: bookings\n    deadline: 2028-06-30',
      pass: 'period: {start: 2027-01-01, end: 2027-12-31}\ngoals:\n  - id: bookings\n    deadline: 2027-09-30',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const out = [];
    const start = day(plan.period?.start);
    const end = day(plan.period?.end);
    for (const [g, i] of items(plan.goals)) {
      const at = pointer('goals', i);
      const name = g.id ? `goal ${quote(g.id)}` : `goal ${i + 1}`;
      const d = day(g.deadline);
      if (d === undefined) {
        out.push(finding(at + '/deadline', `${name} has no deadline`));
        continue;
      }
      if (start !== undefined && d < start) {
        out.push(finding(at + '/deadline', `${name} has a deadline (${g.deadline}) before the plan starts (${plan.period!.start})`));
      } else if (end !== undefined && d > end) {
        out.push(
          finding(at + '/deadline', `${name} has a deadline (${g.deadline}) after the plan ends (${plan.period!.end})`, {
            hint: 'Move the deadline inside the period, or set an interim target for this period.',
          }),
        );
      }
    }
    return out;
  },
});
