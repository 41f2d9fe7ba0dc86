import { day, defineRule, finding, present, withoutGoals } from '../helpers.js';

export const rule = defineRule<{ maxDays: number }>({
  meta: {
    id: 'smart/plan-period',
    category: 'goals',
    severity: 'error',
    description: 'The plan declares its period: a start and an end date, the end after the start.',
    rationale:
      'Time-bound goals need a frame: without a period, deadlines, the editorial calendar and the budget period ' +
      'cannot be checked against anything, and nobody can say when the plan is to be reviewed as a whole.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals (Time-bound); strategy format: `period`',
    fix: 'Add `period: {start: YYYY-MM-DD, end: YYYY-MM-DD}` for the months the plan covers (a year is usual).',
    options: {
      maxDays: { type: 'number', default: 731, description: 'Longest period, in days, before the plan is flagged as too long to steer (info).' },
    },
    examples: {
      fail: 'period: {start: 2027-12-31, end: 2027-01-01}\ngoals:\n  - id: bookings\n    deadline: 2027-09-30',
      pass: 'period: {start: 2027-01-01, end: 2027-12-31}\ngoals:\n  - id: bookings\n    deadline: 2027-09-30',
    },
  },
  notApplicable: withoutGoals,
  check(plan, ctx) {
    if (!present(plan.period)) return [finding('/period', 'the plan declares no period (start and end dates)')];
    const out = [];
    const start = day(plan.period!.start);
    const end = day(plan.period!.end);
    if (start === undefined) out.push(finding('/period/start', 'the plan period has no start date'));
    if (end === undefined) out.push(finding('/period/end', 'the plan period has no end date'));
    if (start !== undefined && end !== undefined) {
      if (end <= start) {
        out.push(finding('/period/end', `the plan period ends (${plan.period!.end}) before it starts (${plan.period!.start})`));
      } else if (end - start > ctx.options.maxDays) {
        out.push(
          finding('/period/end', `the plan period covers ${end - start} days; a plan longer than ${ctx.options.maxDays} days is hard to steer`, {
            severity: 'info',
            hint: 'Split it into yearly plans, each with its own goals and review.',
          }),
        );
      }
    }
    return out;
  },
});
