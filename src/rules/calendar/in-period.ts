import { day, defineRule, entryName, finding, items, pointer } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'calendar/in-period',
    category: 'content',
    severity: 'warning',
    description: 'Every calendar entry has a date inside the plan period.',
    rationale:
      'An editorial calendar is the plan made concrete ("What does it take to implement a strategic healthcare social media program?", step 7); an entry without a date cannot be scheduled, and an entry ' +
      'outside the period belongs to another plan or is a typo in the year.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 7: a content plan and editorial calendar',
    fix: 'Give each calendar entry a `date:` (YYYY-MM-DD) between `period.start` and `period.end`.',
    examples: {
      fail: 'period: {start: 2027-01-01, end: 2027-12-31}\ncontent:\n  calendar:\n    - date: 2026-01-11\n      channel: instagram',
      pass: 'period: {start: 2027-01-01, end: 2027-12-31}\ncontent:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram',
    },
  },
  notApplicable(plan) {
    return items(plan.content?.calendar).length === 0 ? 'the plan has no calendar entries' : undefined;
  },
  check(plan) {
    const out = [];
    const start = day(plan.period?.start);
    const end = day(plan.period?.end);
    for (const [e, i] of items(plan.content?.calendar)) {
      const at = pointer('content', 'calendar', i, 'date');
      const d = day(e.date);
      if (d === undefined) {
        out.push(finding(at, `${entryName(e, i)} has no date`));
      } else if (start !== undefined && d < start) {
        out.push(finding(at, `${entryName(e, i)} is dated before the plan starts (${plan.period!.start})`));
      } else if (end !== undefined && d > end) {
        out.push(finding(at, `${entryName(e, i)} is dated after the plan ends (${plan.period!.end})`));
      }
    }
    return out;
  },
});
