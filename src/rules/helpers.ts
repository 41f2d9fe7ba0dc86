// Helpers used by the rules of more than one family. A helper only one family uses lives in that
// family's folder (src/rules/<family>/helpers.ts). Rules receive data that passed the schema
// (invalid values removed), but every section may be missing and list items may be holes:
// iterate with `items`.
import { pointer } from '../load/pointer.js';
import { memoize } from '../util/memo.js';
import { closest, quote } from '../util/text.js';
import { REGULATIONS, type Regulations } from '../knowledge/regulations.js';
import type { CalendarEntry, Goal, OptionsMeta, Plan, Rule, RuleContext, RuleFinding, RuleOptions, Severity } from '../types.js';

export { closest, pointer, quote };

/**
 * Declares a rule (a typed identity function). `O` types the rule's options, and the metadata
 * must then declare exactly those options, each with a default of its type:
 *
 *     export const rule = defineRule<{ maxGoals: number }>({
 *       meta: { …, options: { maxGoals: { type: 'number', default: 5, description: '…' } } },
 *       check(plan, ctx) { … ctx.options.maxGoals … },  // a number
 *     });
 *
 * The engine merges the defaults with the configuration once (lint.ts, prepareRules), so a rule
 * reads `ctx.options.maxGoals` and never repeats the default.
 */
export function defineRule<O extends RuleOptions = {}>(rule: Rule<O> & ({} extends O ? unknown : { meta: { options: OptionsMeta<O> } })): Rule<O> {
  return rule;
}

// ---- every family: lists, findings, dates, language

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
  return typeof date === 'string' && date.length === 10 ? dayOf(date) : undefined;
}
/** Several rules read the same calendar dates: each is parsed once. */
const dayOf = memoize((date) => {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date + 'T00:00:00Z') : NaN;
  return Number.isNaN(t) ? undefined : Math.round(t / 86_400_000);
}, 10_000);

export function goalIds(plan: Plan): Set<string> {
  return new Set(items(plan.goals).map(([g]) => g.id).filter((id): id is string => typeof id === 'string'));
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
  if (/[^\u0000-\u024f\u2000-\u206f]/.test(text)) return false; // non-Latin script (general punctuation such as dashes is fine)
  const all = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  // Words with diacritics and common Swedish, French and Romanian function words (with or without
  // diacritics, as they are often typed) are evidence of another language.
  const foreign = all.filter((w) => /[åäöéèêëàâçîïôûùüăâîșşțţ]/.test(w) || FOREIGN_WORDS.has(w)).length;
  if (foreign >= 2 || (foreign === 1 && all.length <= 4)) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length === 0) return false;
  const hits = words.filter((w) => COMMON_ENGLISH.has(w)).length;
  return hits >= 1 && hits / words.length >= 0.15;
}

/** Words common in English plan text (hoisted: looksEnglish runs on every goal and topic). */
const COMMON_ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'our', 'we', 'is', 'are', 'be',
  'that', 'this', 'at', 'as', 'more', 'new', 'online', 'grow', 'increase', 'improve', 'get', 'raise', 'reach', 'become',
  'social', 'media', 'patients', 'parents', 'visits', 'bookings', 'followers', 'engagement', 'per', 'month', 'week',
  'same', 'every', 'each', 'all', 'everywhere', 'everyone', 'it', 'them', 'go', 'goes', 'because', 'questions',
]);

/** Function words of Swedish, French and Romanian (the seeds' languages) that are not English words. */
const FOREIGN_WORDS = new Set([
  // Swedish
  'och', 'att', 'det', 'som', 'för', 'med', 'av', 'till', 'inte', 'vi', 'om', 'ett', 'vår', 'våra', 'alla', 'samma', 'går', 'eller',
  'efter', 'varje', 'inom', 'hos', 'mot', 'sedan', 'den', 'de', 'är', 'på', 'vara', 'ska', 'kan', 'vill',
  // French
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'pour', 'sur', 'avec', 'nous', 'notre', 'nos', 'chaque', 'toutes', 'tous',
  'pas', 'au', 'aux', 'qui', 'que', 'dans', 'ne', 'sont', 'vont', 'ou', 'par', 'en', 'même', 'être', 'leur', 'leurs',
  // Romanian (often typed without diacritics)
  'si', 'și', 'din', 'cu', 'pe', 'este', 'sunt', 'pentru', 'nu', 'care', 'nostri', 'noastre', 'fiecare', 'toate', 'sa', 'să', 'mai',
  'merg', 'spre', 'dupa', 'după', 'prin', 'catre', 'către', 'sau', 'unei', 'unui', 'acest', 'aceasta', 'aceeasi', 'aceeași', 'în', 'o',
]);

/** Upgrades a severity for one finding (info -> warning -> error); used for graded checks. */
export function sev(s: Severity): { severity: Severity } {
  return { severity: s };
}

// ---- ids and names (smart/, audience/, channel/, budget/, ftc/, hipaa/ rules)

/** How a message names a list item: by its id when it has one, else by its position. */
export function label(kind: string, id: unknown, i: number): string {
  return typeof id === 'string' && id.trim() !== '' ? `${kind} ${quote(id)}` : `${kind} ${i + 1}`;
}

/** "did you mean" for an id that is not declared: the message tail and the suggestion. */
export function didYouMean(value: string, candidates: Iterable<string>): { tail: string; suggestion?: string } {
  const s = closest(value, candidates);
  return s === undefined ? { tail: '' } : { tail: `; did you mean ${quote(s)}?`, suggestion: s };
}

// ---- compliance (hipaa/, gdpr/, ftc/, fda/, mhmda/, jurisdiction/, privacy/ rules; the
// not-applicable reasons of one law live in its family's helpers.ts)

/** The regulatory facts in force: the knowledge base's, section by section over the built-in ones. */
export function regulations(ctx: Pick<RuleContext, 'knowledge'>): Regulations {
  return { ...REGULATIONS, ...(ctx.knowledge.regulations ?? {}) };
}

/** The plan's jurisdictions that name the United States (`US`, `US-WA`, …). */
export function usCodes(ctx: Pick<RuleContext, 'jurisdictions' | 'knowledge'>): string[] {
  const { us } = regulations(ctx);
  return ctx.jurisdictions.filter((j) => j === us.code || j.startsWith(us.subdivisionPrefix));
}

/** The plan's jurisdictions in the EU/EEA (a subdivision such as `FR-75` counts as its country). */
export function euCodes(ctx: Pick<RuleContext, 'jurisdictions' | 'knowledge'>): string[] {
  const list = regulations(ctx).euEea.codes;
  // Several GDPR rules ask on every file: the set is made once per knowledge base's list.
  let codes = euSets.get(list);
  if (!codes) euSets.set(list, (codes = new Set(list)));
  return ctx.jurisdictions.filter((j) => codes.has(j.split('-')[0]));
}
const euSets = new WeakMap<readonly string[], Set<string>>();

/** "names SE, FR" / "names no jurisdiction": the tail of a not-applicable reason. */
export function namesJurisdictions(ctx: Pick<RuleContext, 'jurisdictions'>): string {
  return ctx.jurisdictions.length === 0 ? 'names no jurisdiction' : `names ${ctx.jurisdictions.slice(0, 6).join(', ')}${ctx.jurisdictions.length > 6 ? ', …' : ''}`;
}

/** True when the plan has no `compliance` section, or one with nothing in it. */
export function complianceEmpty(plan: Plan): boolean {
  const s = plan.compliance as unknown;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return true;
  return !Object.values(s).some((v) => present(v) && !(v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
}

/** The not-applicable reason of a policy rule whose `compliance` section is missing (privacy/compliance-section reports it once). */
export function complianceSkip(plan: Plan): string | undefined {
  return complianceEmpty(plan) ? 'the plan has no `compliance` section; privacy/compliance-section reports it once' : undefined;
}

/** Whether a calendar entry is patient content: a patient story, a testimonial, or `involves_patient: true`. */
export function isPatientContent(entry: CalendarEntry, ctx: Pick<RuleContext, 'knowledge'>): boolean {
  return entry.involves_patient === true || (typeof entry.type === 'string' && regulations(ctx).patientContentTypes.types.includes(entry.type));
}

/** Patient-content calendar entries with their index. */
export function patientEntries(plan: Plan, ctx: Pick<RuleContext, 'knowledge'>): [CalendarEntry, number][] {
  return items(plan.content?.calendar).filter(([e]) => isPatientContent(e, ctx));
}

/** How a message names a calendar entry without quoting its free text: its date and channel, or its position. */
export function entryName(entry: CalendarEntry, i: number): string {
  const date = typeof entry.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? entry.date : undefined;
  const ch = typeof entry.channel === 'string' && /^[a-z]{1,20}$/.test(entry.channel) ? entry.channel : undefined;
  return `calendar entry ${i + 1}${date || ch ? ` (${[date, ch].filter(Boolean).join(', ')})` : ''}`;
}

// ---- sections (content/, calendar/, engagement/, measurement/, governance/ rules) and goals

/** True when a plan section is missing, not a map, or holds no filled-in field. */
export function sectionEmpty(plan: Plan, key: 'content' | 'engagement' | 'measurement' | 'governance'): boolean {
  const s = (plan as Record<string, unknown>)[key];
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return true;
  return !Object.values(s).some((v) => present(v) && !(v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
}

/** The not-applicable reason of a detail rule whose whole section is missing (the `<section>/section` rule reports it once). */
export function sectionSkip(plan: Plan, key: 'content' | 'engagement' | 'measurement' | 'governance'): string | undefined {
  return sectionEmpty(plan, key) ? `the plan has no \`${key}\` section; ${key}/section reports it once` : undefined;
}

/** `notApplicable` of the rules that judge goals: they do not apply to a plan without goals (smart/goal-count reports it). */
export function withoutGoals(plan: Plan): string | undefined {
  return items(plan.goals).length === 0 ? 'the plan declares no goals (smart/goal-count reports it)' : undefined;
}
