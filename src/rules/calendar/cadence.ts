import type { Plan } from '../../types.js';
import { day, defineRule, finding, items, pointer, quote } from '../helpers.js';

function window(plan: Plan): { first: number; last: number } | undefined {
  const days = items(plan.content?.calendar)
    .map(([e]) => day(e.date))
    .filter((d): d is number => d !== undefined);
  if (days.length === 0) return undefined;
  return { first: days.reduce((a, b) => Math.min(a, b)), last: days.reduce((a, b) => Math.max(a, b)) };
}

export const rule = defineRule<{ minWeeks: number; tolerance: number }>({
  meta: {
    id: 'calendar/cadence',
    category: 'content',
    severity: 'warning',
    description: "The calendar roughly matches each channel's `posts_per_week` over the weeks it covers.",
    rationale:
      'A channel that promises four posts a week but has one a fortnight in the calendar is either overstated or understaffed; the ' +
      'numbers drive the workload and budget. The check applies only to a calendar that spans a few weeks: a shorter one is a sample.',
    source: 'Seed 003, steps 4 and 7: constant presence, an editorial calendar; seed 004: top accounts are updated frequently',
    fix: "Plan as many posts per week in `content.calendar` as the channel's `posts_per_week` says, or correct `posts_per_week`.",
    options: {
      minWeeks: { type: 'number', default: 4, description: 'Shortest calendar span, in weeks, for the check to apply.' },
      tolerance: { type: 'number', default: 0.5, description: 'Allowed relative difference between planned and declared posts (0.5 = 50%).' },
    },
    examples: {
      fail: 'channels:\n  - platform: instagram\n    posts_per_week: 4\ncontent:\n  calendar:   # 2 posts over 4 weeks\n    - {date: 2027-01-04, channel: instagram, type: educational}\n    - {date: 2027-01-31, channel: instagram, type: educational}',
      pass: 'channels:\n  - platform: instagram\n    posts_per_week: 1\ncontent:\n  calendar:   # 4 posts over 4 weeks\n    - {date: 2027-01-04, channel: instagram, type: educational}\n    - {date: 2027-01-12, channel: instagram, type: educational}\n    - {date: 2027-01-20, channel: instagram, type: educational}\n    - {date: 2027-01-31, channel: instagram, type: educational}',
    },
  },
  notApplicable(plan, ctx) {
    const w = window(plan);
    if (!w) return 'the plan has no dated calendar entries';
    const weeks = (w.last - w.first + 1) / 7;
    const min = ctx.options.minWeeks;
    if (weeks < min) return `the calendar spans ${Math.round(weeks * 10) / 10} weeks, fewer than ${min}: it is treated as a sample`;
    if (!items(plan.channels).some(([c]) => typeof c.posts_per_week === 'number')) return 'no channel declares posts_per_week';
    return undefined;
  },
  check(plan, ctx) {
    const w = window(plan)!;
    const weeks = (w.last - w.first + 1) / 7;
    const tolerance = ctx.options.tolerance;
    const counts = new Map<string, number>();
    for (const [e] of items(plan.content?.calendar)) {
      if (typeof e.channel === 'string' && day(e.date) !== undefined) counts.set(e.channel, (counts.get(e.channel) ?? 0) + 1);
    }
    const out = [];
    const seen = new Set<string>();
    for (const [c, i] of items(plan.channels)) {
      if (typeof c.platform !== 'string' || typeof c.posts_per_week !== 'number' || seen.has(c.platform)) continue;
      seen.add(c.platform);
      const expected = c.posts_per_week * weeks;
      const planned = counts.get(c.platform) ?? 0;
      if (planned < expected * (1 - tolerance) || planned > expected * (1 + tolerance)) {
        const perWeek = Math.round((planned / weeks) * 10) / 10;
        out.push(finding(pointer('channels', i, 'posts_per_week'), `the calendar plans ${planned} posts on ${quote(c.platform)} over ${Math.round(weeks * 10) / 10} weeks (${perWeek} a week), but the channel declares ${c.posts_per_week} a week`));
      }
    }
    return out;
  },
});
