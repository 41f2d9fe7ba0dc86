import { day, defineRule, finding, items, pointer, quote } from '../helpers.js';
import { calendarWindow as window, keyPostsOnly } from './helpers.js';

const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;
/** "3.5 a week", "about one every 3 weeks", "none". */
function rate(planned: number, weeks: number): string {
  if (planned === 0) return 'none';
  const perWeek = planned / weeks;
  return perWeek >= 0.5 ? `${Math.round(perWeek * 10) / 10} a week` : `about one every ${Math.round(weeks / planned)} weeks`;
}

export const rule = defineRule<{ minWeeks: number; tolerance: number }>({
  meta: {
    id: 'calendar/cadence',
    category: 'content',
    severity: 'warning',
    weight: 0.5,
    description: "The calendar roughly matches each channel's `posts_per_week` over the weeks it covers.",
    rationale:
      'A channel that promises four posts a week but has one a fortnight in the calendar is either overstated or understaffed; the ' +
      'numbers drive the workload and budget. The check applies only to a calendar that spans a few weeks: a shorter one is a sample. ' +
      'A calendar that covers less than a quarter of the plan period (a sample or a rolling calendar), or that lists fewer than a quarter of the posts ' +
      'the channels declare (key posts only, with the full calendar kept in a scheduling tool), gets one note for all channels, not a warning per channel.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 4 and 7: constant presence, an editorial calendar; "Click, Like, Retweet: Healthcare Reputation Online": top accounts are updated frequently',
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
    const off: { platform: string; planned: number; declared: number }[] = [];
    const seen = new Set<string>();
    const span = Math.round(weeks * 10) / 10;
    for (const [c, i] of items(plan.channels)) {
      if (typeof c.platform !== 'string' || typeof c.posts_per_week !== 'number' || seen.has(c.platform)) continue;
      seen.add(c.platform);
      const expected = c.posts_per_week * weeks;
      const planned = counts.get(c.platform) ?? 0;
      if (planned < expected * (1 - tolerance) || planned > expected * (1 + tolerance)) {
        off.push({ platform: c.platform, planned, declared: c.posts_per_week });
        out.push(
          finding(
            pointer('channels', i, 'posts_per_week'),
            `the calendar plans ${posts(planned)} on ${quote(c.platform)} over ${span} weeks (${rate(planned, weeks)}), but the channel declares ${c.posts_per_week} a week`,
          ),
        );
      }
    }
    // A calendar that lists key posts only (a quarter or less of what the channels declare): one
    // note, not a warning per channel.
    const key = off.length > 0 ? keyPostsOnly(plan) : undefined;
    if (key) {
      return [
        finding(
          '/content/calendar',
          `the calendar lists ${posts(key.planned)} over ${span} weeks, where the channels declare about ${key.expected}: it is read as a list of key posts, so the rhythm of each channel is not checked`,
          {
            severity: 'info',
            hint: 'Keep the full editorial calendar where the team schedules posts (and say where in `content`), or list every post here to have the rhythm checked.',
          },
        ),
      ];
    }
    // A calendar of a few weeks in a long period is a sample (or a rolling calendar): one note for
    // all channels, not a warning per channel.
    const start = day(plan.period?.start);
    const end = day(plan.period?.end);
    if (off.length > 0 && start !== undefined && end !== undefined && (w.last - w.first + 1) * 4 < end - start + 1) {
      const list = off.map((o) => `${quote(o.platform)} ${posts(o.planned)} (declares ${o.declared} a week)`).join(', ');
      return [
        finding(
          '/content/calendar',
          `the calendar covers ${span} weeks of a ${Math.round((end - start + 1) / 7)}-week period and plans fewer or more posts than the channels declare: ${list}`,
          {
            severity: 'info',
            hint: 'Treated as a sample: extend the calendar over the period to check the rhythm, or correct `posts_per_week` to what the team can publish.',
          },
        ),
      ];
    }
    return out;
  },
});
