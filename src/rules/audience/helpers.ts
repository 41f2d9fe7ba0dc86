// Helpers of the audience/ rules only.
import { AGE_BANDS } from '../../knowledge/platforms.js';
import { findTerms, fold, type WordLists } from '../../knowledge/words.js';
import type { Audience, Channel, Plan, PlatformFacts } from '../../types.js';
import { items, strings } from '../helpers.js';

/**
 * Channels by the audience ids they list, made once per plan (per `channels` list): rules look up
 * every audience, and filtering the channels for each one was audiences x channels x ids.
 */
const reaching = new WeakMap<object, Map<string, [Channel, number][]>>();

/** Channels (with their index, in plan order) that list the audience id. */
export function channelsReaching(plan: Plan, audienceId: string): [Channel, number][] {
  const channels = plan.channels;
  if (!Array.isArray(channels)) return [];
  let index = reaching.get(channels);
  if (!index) {
    index = new Map();
    for (const entry of items(channels)) {
      for (const id of new Set(strings(entry[0].audiences))) {
        const list = index.get(id);
        if (list) list.push(entry);
        else index.set(id, [entry]);
      }
    }
    reaching.set(channels, index);
  }
  return index.get(audienceId) ?? [];
}

/**
 * Share (percent) of an age range that uses a platform: the band reach figures weighted by how
 * many years of the range fall in each band (ages under 18 are not in the survey and ignored).
 * Undefined when the platform has no figure for a band the range covers.
 */
export function reachFor(age: [number, number], facts: PlatformFacts | undefined): number | undefined {
  const reach = facts?.reach;
  if (!reach) return undefined;
  let years = 0;
  let sum = 0;
  for (const b of AGE_BANDS) {
    const lo = Math.max(b.min, age[0]);
    const hi = Math.min(b.max, age[1]);
    if (hi < lo) continue;
    const v = reach[b.band];
    if (typeof v !== 'number') return undefined;
    years += hi - lo + 1;
    sum += (hi - lo + 1) * v;
  }
  return years === 0 ? undefined : sum / years;
}

export const validAge = (a: Audience): a is Audience & { age: [number, number] } =>
  Array.isArray(a.age) && a.age.length === 2 && a.age.every((n) => typeof n === 'number') && a.age[0] <= a.age[1];

/** Whether an audience lives in the countryside: `area: rural`, or its description or interests say so (in any language of the word lists). */
export function isRural(a: Audience, w: WordLists): boolean {
  if (a.area === 'rural') return true;
  if (a.area !== undefined) return false;
  const text = [a.description ?? '', ...strings(a.interests)].join(' ; ');
  return findTerms(fold(text).split(' '), w.rural).length > 0;
}
