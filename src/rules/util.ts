// Helpers shared by rules. Rules receive data that passed the schema (invalid values removed),
// but every section may be missing and list items may be holes: iterate with `items`.
import type { Goal, Plan, RuleFinding, Severity } from '../types.js';
import { pointer } from '../load/pointer.js';

export { pointer };
export { closest, quote } from '../util/text.js';

/** Object items of a list with their index; skips holes left by invalid values. */
export function items<T>(list: T[] | undefined | null): [T, number][] {
  if (!Array.isArray(list)) return [];
  const out: [T, number][] = [];
  list.forEach((v, i) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push([v, i]);
  });
  return out;
}

/** Non-empty strings of a list. */
export function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}

export function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export function finding(ptr: string, message: string, extra: Omit<RuleFinding, 'pointer' | 'message'> = {}): RuleFinding {
  return { pointer: ptr, message, ...extra };
}

/** Parses an ISO date (YYYY-MM-DD) as a UTC day number; undefined when absent or invalid. */
export function day(date: unknown): number | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const t = Date.parse(date + 'T00:00:00Z');
  return Number.isNaN(t) ? undefined : Math.round(t / 86_400_000);
}

export function goalIds(plan: Plan): Set<string> {
  return new Set(items(plan.goals).map(([g]) => g.id).filter((id): id is string => typeof id === 'string'));
}
export function audienceIds(plan: Plan): Set<string> {
  return new Set(items(plan.audiences).map(([a]) => a.id).filter((id): id is string => typeof id === 'string'));
}
export function channelPlatforms(plan: Plan): Set<string> {
  return new Set(items(plan.channels).map(([c]) => c.platform).filter((p): p is string => typeof p === 'string'));
}

/** True when a goal's metric is an engagement rate. */
export function isEngagementRate(g: Goal): boolean {
  return /engagement[_\s-]*rate/i.test(`${g.metric ?? ''}`) || (/engagement/i.test(`${g.metric ?? ''}`) && /percent|%/i.test(`${g.unit ?? ''}`));
}

/**
 * Whether free text is probably English, so that English-only heuristics (vague verbs,
 * disclaimers) may judge it. Text in Swedish, French, Romanian or any other language is left
 * to the structured fields.
 */
export function looksEnglish(text: string): boolean {
  if (/[^\u0000-\u024f]/.test(text)) return false; // non-Latin script
  if (/[åäöéèêëàâçîïôûùüăâîșşțţ]/i.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0) return false;
  const common = new Set([
    'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'our', 'we', 'is', 'are', 'be',
    'that', 'this', 'at', 'as', 'more', 'new', 'online', 'grow', 'increase', 'improve', 'get', 'raise', 'reach', 'become',
    'social', 'media', 'patients', 'parents', 'visits', 'bookings', 'followers', 'engagement', 'per', 'month', 'week',
  ]);
  const hits = words.filter((w) => common.has(w)).length;
  return hits >= 1 && hits / words.length >= 0.15;
}

/** Upgrades a severity for one finding (info -> warning -> error); used for graded checks. */
export function sev(s: Severity): { severity: Severity } {
  return { severity: s };
}
