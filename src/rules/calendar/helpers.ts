// Helpers of the calendar/ rules.
import type { Plan } from '../../types.js';
import { day, items } from '../helpers.js';

/** The first and last dated calendar entries (day numbers), or undefined when none is dated. */
export function calendarWindow(plan: Plan): { first: number; last: number } | undefined {
  const days = items(plan.content?.calendar)
    .map(([e]) => day(e.date))
    .filter((d): d is number => d !== undefined);
  if (days.length === 0) return undefined;
  return { first: days.reduce((a, b) => Math.min(a, b)), last: days.reduce((a, b) => Math.max(a, b)) };
}

/** Below this share of the posts the channels declare over its span, a calendar lists key posts only. */
export const KEY_POSTS_SHARE = 0.25;
/** A list of key posts is short: a milestone a month at most. A longer calendar is checked gap by gap. */
export const KEY_POSTS_MAX = 12;

/**
 * A calendar that lists only key dated posts (a launch, an awareness day, an enrolment date) across
 * the plan period while the channels declare a steady rhythm: it spans at least half the period
 * but lists fewer than KEY_POSTS_SHARE of the posts the channels' `posts_per_week` imply over its
 * span, and no more than KEY_POSTS_MAX of them. Teams keep the full editorial calendar in a scheduling tool; the plan names its
 * milestones. Gaps between milestones and a rhythm that does not match are then not the
 * calendar's faults, and the calendar rules say so once. (A short calendar with few posts is not
 * this: it is a sample, or understaffed.)
 */
export function keyPostsOnly(plan: Plan): { planned: number; expected: number } | undefined {
  const w = calendarWindow(plan);
  const start = day(plan.period?.start);
  const end = day(plan.period?.end);
  if (!w || start === undefined || end === undefined || (w.last - w.first + 1) * 2 < end - start + 1) return undefined;
  const weeks = (w.last - w.first + 1) / 7;
  const seen = new Set<string>();
  let expected = 0;
  for (const [c] of items(plan.channels)) {
    if (typeof c.platform !== 'string' || typeof c.posts_per_week !== 'number' || seen.has(c.platform)) continue;
    seen.add(c.platform);
    expected += c.posts_per_week * weeks;
  }
  const planned = items(plan.content?.calendar).filter(([e]) => day(e.date) !== undefined).length;
  return expected > 0 && planned <= KEY_POSTS_MAX && planned < expected * KEY_POSTS_SHARE ? { planned, expected: Math.round(expected) } : undefined;
}
