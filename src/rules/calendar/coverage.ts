import { day, defineRule, finding, items, pointer, sectionSkip } from '../helpers.js';
import { keyPostsOnly } from './helpers.js';

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

export const rule = defineRule<{ maxGapDays: number }>({
  meta: {
    id: 'calendar/coverage',
    category: 'content',
    severity: 'warning',
    weight: 0.5,
    description: 'An editorial calendar exists and has no long silent gaps.',
    rationale:
      '"Commit to social media all the time ... if someone sees no changes on a pretty regular basis, they will fall away" ("What does it take to implement a strategic healthcare social media program?"). ' +
      'A calendar makes that commitment visible; weeks without a planned post are where accounts go quiet. A calendar that plans only ' +
      'the first weeks of the period (a rolling calendar or a sample) is reported as information, not as a fault.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 4 and 7: constant presence, a content plan and editorial calendar; "Click, Like, Retweet: Healthcare Reputation Online": update frequently',
    fix: 'Add `content.calendar:` entries so that no stretch longer than the allowed gap goes without a planned post.',
    options: {
      maxGapDays: { type: 'number', default: 21, description: 'Longest stretch, in days, between two planned posts.' },
    },
    examples: {
      fail: 'content:\n  calendar:\n    - {date: 2027-01-11, channel: instagram, type: educational}\n    - {date: 2027-03-15, channel: instagram, type: educational}',
      pass: 'content:\n  calendar:\n    - {date: 2027-01-11, channel: instagram, type: educational}\n    - {date: 2027-01-25, channel: instagram, type: educational}',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan, ctx) {
    const entries = items(plan.content?.calendar);
    if (entries.length === 0) {
      return [finding('/content/calendar', 'the plan has no editorial calendar (no planned posts)')];
    }
    const maxGap = Math.max(1, ctx.options.maxGapDays);
    const start = day(plan.period?.start);
    const end = day(plan.period?.end);
    const dated = entries
      .map(([e, i]) => ({ d: day(e.date), i }))
      .filter((x): x is { d: number; i: number } => x.d !== undefined && (start === undefined || x.d >= start) && (end === undefined || x.d <= end))
      .sort((a, b) => a.d - b.d || a.i - b.i);
    if (dated.length === 0) return [];
    const out = [];
    // A calendar of key posts only: the gaps between milestones are expected (one note instead).
    const key = keyPostsOnly(plan);
    for (let k = 1; k < dated.length && !key; k++) {
      const gap = dated[k].d - dated[k - 1].d;
      if (gap > maxGap) {
        out.push(
          finding(
            pointer('content', 'calendar', dated[k].i, 'date'),
            `no post is planned for ${gap} days, between ${iso(dated[k - 1].d)} and ${iso(dated[k].d)} (more than ${maxGap})`,
          ),
        );
      }
    }
    if (key && dated.some((x, k) => k > 0 && x.d - dated[k - 1].d > maxGap)) {
      out.push(
        finding(
          '/content/calendar',
          `the calendar lists ${key.planned} key post${key.planned === 1 ? '' : 's'} where the channels declare about ${key.expected} over its span, so the gaps between them are not reported`,
          {
            severity: 'info',
            hint: 'List every planned post (or say where the full editorial calendar is kept) to have gaps checked.',
          },
        ),
      );
    }
    const first = dated[0].d;
    const last = dated[dated.length - 1].d;
    if (start !== undefined && end !== undefined && (first - start > maxGap || end - last > maxGap)) {
      out.push(
        finding(
          '/content/calendar',
          `the calendar plans posts from ${iso(first)} to ${iso(last)}, ${last - first + 1} of the ${end - start + 1} days of the period; the rest has no planned post`,
          {
            severity: 'info',
            hint: 'Extend the calendar over the period, or keep it rolling: plan at least the next few weeks at each review.',
          },
        ),
      );
    }
    return out;
  },
});
