// Helpers used by the rules of more than one family. A helper only one family uses lives in that
// family's folder (src/rules/<family>/helpers.ts). Rules receive data that passed the schema
// (invalid values removed), but every section may be missing and list items may be holes:
// iterate with `items`.
import { pointer } from '../load/pointer.js';
import { memoize } from '../util/memo.js';
import { closest, quote } from '../util/text.js';
import { REGULATIONS, type Regulations } from '../knowledge/regulations.js';
import { planScope, type PlanScope } from '../knowledge/applicability.js';
import { WORDS, findInClauses, fold, findTerms, hasTerm, mergeWords, showTerm, type WordLists } from '../knowledge/words.js';
import type { CalendarEntry, ConsentRecord, Goal, Knowledge, OptionsMeta, Plan, Rule, RuleContext, RuleFinding, RuleOptions, Severity } from '../types.js';

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
// biome-ignore lint/complexity/noBannedTypes: `{}` is "no options" in the type of a rule without options
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
  return new Set(
    items(plan.goals)
      .map(([g]) => g.id)
      .filter((id): id is string => typeof id === 'string'),
  );
}
export function channelPlatforms(plan: Plan): Set<string> {
  return new Set(
    items(plan.channels)
      .map(([c]) => c.platform)
      .filter((p): p is string => typeof p === 'string'),
  );
}

/** True when a goal's metric is an engagement rate (in any language of the word lists). */
export function isEngagementRate(g: Goal): boolean {
  const metric = `${g.metric ?? ''}`;
  return (
    /engagement[_\s-]*rate/i.test(metric) ||
    (/engag|implicare|interac/i.test(metric) && /percent|%|procent|pourcent|porcentaje/i.test(`${g.unit ?? ''}`)) ||
    (metric !== '' && hasTerm(metric, WORDS.engagementRate))
  );
}

// ---- words in the user's language (text heuristics of several families)

/** The word lists in force: the built-in ones with the knowledge base's additions. */
export function words(ctx: Pick<RuleContext, 'knowledge'>): WordLists {
  const extra = ctx.knowledge.words;
  if (!extra) return WORDS;
  let w = wordSets.get(ctx.knowledge);
  if (!w) wordSets.set(ctx.knowledge, (w = mergeWords(extra)));
  return w;
}
const wordSets = new WeakMap<Knowledge, WordLists>();

// ---- consent evidence (hipaa/, gdpr/ and privacy/ rules)

/**
 * What a calendar entry's `consent_ref` shows: the consent record it names (`record`), a kind of
 * document its text gives away (`text`: "verbal", "NPP-ACK-…", "Consent to treat…", "Terms of
 * Service", "Admission agreement section 14", in any language of the word lists), an id that
 * matches no record when the plan keeps records (`unknown-id`), an id that cannot be checked
 * because the plan keeps none (`id`), or nothing (`none`). `term` is the word list's term that
 * gave the kind away (our words, never the plan's), for the message.
 */
export interface ConsentEvidence {
  from: 'record' | 'text' | 'unknown-id' | 'id' | 'none';
  /** The record's kind, or the kind the text gives away (`combined-document` for a section of an admission or registration packet). */
  kind?: string;
  record?: ConsentRecord;
  index?: number;
  term?: string;
}

/** The kinds a consent text can give away, in the order they are looked for. */
const TELLTALES: { list: keyof WordLists; kind: string }[] = [
  { list: 'consentVerbal', kind: 'verbal' },
  { list: 'consentPrivacyNotice', kind: 'privacy-notice-acknowledgment' },
  { list: 'consentTreatment', kind: 'treatment-consent' },
  { list: 'consentTerms', kind: 'terms-of-service' },
  { list: 'consentCombined', kind: 'combined-document' },
];

/** Reads what an entry's consent reference is evidence of. */
export function consentEvidence(plan: Plan, ref: unknown, ctx: Pick<RuleContext, 'knowledge'>): ConsentEvidence {
  if (typeof ref !== 'string' || ref.trim() === '') return { from: 'none' };
  const records = consentRecords(plan);
  const hit = records.byId.get(ref.trim().toLowerCase());
  if (hit) return { from: 'record', kind: hit[0].kind, record: hit[0], index: hit[1] };
  const w = words(ctx);
  const folded = fold(ref);
  // The whole reference is a word for "none" ("none", "n/a", "TBD", "pending", "saknas", "aucun", …).
  const none = findTerms(folded.split(' '), w.consentNone).find((h) => h.start === 0 && h.end === folded.split(' ').length);
  if (none) return { from: 'text', kind: 'none', term: none.term };
  for (const t of TELLTALES) {
    // "written authorization, not verbal" names what it is not: a negated term gives nothing away.
    const found = findInClauses(ref, w[t.list], w.negators).find((h) => !h.negated);
    if (found) return { from: 'text', kind: t.kind, term: found.term };
  }
  return records.count > 0 ? { from: 'unknown-id' } : { from: 'id' };
}

/**
 * The consent records by id (trimmed, lower case; the first of equal ids), made once per plan (per
 * `compliance.consents` list): rules read the evidence of every calendar entry, and searching the
 * records for each one was entries x records.
 */
const consentIndex = new WeakMap<object, { byId: Map<string, [ConsentRecord, number]>; count: number }>();
const noRecords = { byId: new Map<string, [ConsentRecord, number]>(), count: 0 };
function consentRecords(plan: Plan): { byId: Map<string, [ConsentRecord, number]>; count: number } {
  const list = plan.compliance?.consents;
  if (!Array.isArray(list)) return noRecords;
  let index = consentIndex.get(list);
  if (!index) {
    const records = items(list);
    const byId = new Map<string, [ConsentRecord, number]>();
    for (const entry of records) {
      const id = entry[0].id;
      if (typeof id !== 'string') continue;
      const key = id.trim().toLowerCase();
      if (!byId.has(key)) byId.set(key, entry);
    }
    index = { byId, count: records.length };
    consentIndex.set(list, index);
  }
  return index;
}

/** How a message names a consent kind. */
export const CONSENT_KIND_TEXT: Readonly<Record<string, string>> = {
  'hipaa-authorization': 'a HIPAA authorization',
  'gdpr-explicit-consent': 'an explicit consent',
  'media-release': 'a media release',
  'treatment-consent': 'a consent to treatment',
  'privacy-notice-acknowledgment': 'an acknowledgment of the notice of privacy practices',
  verbal: 'a verbal consent',
  'terms-of-service': 'terms of service',
  'combined-document': 'a section of an admission or registration document',
  none: 'no consent',
  other: 'a document of another kind',
};

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
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'from',
  'our',
  'we',
  'is',
  'are',
  'be',
  'that',
  'this',
  'at',
  'as',
  'more',
  'new',
  'online',
  'grow',
  'increase',
  'improve',
  'get',
  'raise',
  'reach',
  'become',
  'social',
  'media',
  'patients',
  'parents',
  'visits',
  'bookings',
  'followers',
  'engagement',
  'per',
  'month',
  'week',
  'same',
  'every',
  'each',
  'all',
  'everywhere',
  'everyone',
  'it',
  'them',
  'go',
  'goes',
  'because',
  'questions',
]);

/**
 * Function words of the other languages of the word lists (Swedish, French, Romanian, Spanish:
 * WORDS.languageMarkers, the one list of them), as typed with and without diacritics, that are not
 * English words.
 */
const FOREIGN_WORDS = new Set(
  (['sv', 'fr', 'ro', 'es'] as const)
    .flatMap((l) => WORDS.languageMarkers[l])
    .flatMap((w) => [w, fold(w)])
    .filter((w) => !w.includes(' ') && !COMMON_ENGLISH.has(w) && !WORDS.languageMarkers.en.includes(w)),
);

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

/** Which laws the plan falls under and why (src/knowledge/applicability.ts), made once per plan. */
export function scope(plan: Plan, ctx: Pick<RuleContext, 'knowledge'>): PlanScope {
  return planScope(plan, regulations(ctx), ctx.knowledge);
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
  return ctx.jurisdictions.length === 0
    ? 'names no jurisdiction'
    : `names ${ctx.jurisdictions.slice(0, 6).join(', ')}${ctx.jurisdictions.length > 6 ? ', …' : ''}`;
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

/** What each law accepts as consent for patient content, and the words and citations of its findings. */
interface ConsentLaw {
  /** Record kinds that are the consent this law asks for. */
  valid: string[];
  /** Record kinds that may be it once checked (a warning or an error, not a stop). */
  doubtful: Record<string, Severity>;
  /** What the finding calls the consent the law asks for. */
  what: string;
  /** Citation for a document that is not that consent. */
  notIt: string;
  /** Citations for the record's elements. */
  cite: { covers: string; standalone: string; condition: string; elements: string; timing: string };
  /** Which elements a record must state, with their phrases. */
  elements: { key: 'signed' | 'expires' | 'revocable'; text: string }[];
  /** Severities of record problems. */
  severity: { verbal: Severity; noCovers: Severity; standalone: Severity; elements: Severity };
}

export const CONSENT_LAWS: Readonly<Record<'hipaa' | 'gdpr', ConsentLaw>> = {
  hipaa: {
    valid: ['hipaa-authorization'],
    doubtful: { 'media-release': 'error', 'gdpr-explicit-consent': 'error', other: 'error' },
    what: 'a signed HIPAA authorization',
    notIt: "45 CFR 164.508(a)(3): marketing with a patient's story, image or condition needs their written authorization",
    cite: {
      covers: '45 CFR 164.508(c)(1)(iv): the authorization states the purpose of the use',
      standalone: '45 CFR 164.508(b)(3): an authorization for marketing cannot be combined with another document',
      condition: '45 CFR 164.508(b)(4): treatment, payment or enrolment cannot depend on signing it',
      elements: '45 CFR 164.508(c)(1)(v)-(vi) and (c)(2)(i)',
      timing: '45 CFR 164.508(b)(2)(i): an authorization is not valid before it is signed or after it expires',
    },
    elements: [
      { key: 'signed', text: 'the date it was signed' },
      { key: 'expires', text: 'an expiry date or event' },
      { key: 'revocable', text: 'the right to revoke it in writing' },
    ],
    severity: { verbal: 'critical', noCovers: 'error', standalone: 'critical', elements: 'error' },
  },
  gdpr: {
    valid: ['gdpr-explicit-consent', 'hipaa-authorization'],
    doubtful: { 'media-release': 'warning', other: 'warning' },
    what: 'a recorded explicit consent',
    notIt: "GDPR Art. 9(2)(a): publishing a patient's health data for marketing needs their explicit consent for that purpose",
    cite: {
      covers: 'GDPR Art. 9(2)(a): consent for one or more specified purposes',
      standalone: 'GDPR Art. 7(2): a consent in a document about other matters must be clearly distinguishable from them',
      condition: 'GDPR Art. 7(4): consent is not freely given when a service depends on it',
      elements: 'GDPR Art. 7(1) and 7(3)',
      timing: 'GDPR Art. 7(1): the controller must be able to show the consent was given before the processing',
    },
    elements: [
      { key: 'signed', text: 'when it was given' },
      { key: 'revocable', text: 'that it can be withdrawn at any time' },
    ],
    severity: { verbal: 'error', noCovers: 'warning', standalone: 'error', elements: 'warning' },
  },
};

/**
 * Findings on the consent behind each patient-content entry, under one law: an entry without a
 * reference, a reference that is not the consent the law asks for (read from the record it names,
 * or from its text), an id that names no record, a post outside the consent's dates, and the
 * records the entries name that lack what the law requires (reported once per record).
 */
export function consentFindings(plan: Plan, ctx: Pick<RuleContext, 'knowledge'>, law: 'hipaa' | 'gdpr'): RuleFinding[] {
  const L = CONSENT_LAWS[law];
  const out: RuleFinding[] = [];
  const checked = new Set<number>();
  const records = items(plan.compliance?.consents);
  const ids = records.map(([r]) => r.id).filter((id): id is string => typeof id === 'string');
  for (const [e, i] of patientEntries(plan, ctx)) {
    const at = pointer('content', 'calendar', i, 'consent_ref');
    const name = entryName(e, i);
    const ev = consentEvidence(plan, e.consent_ref, ctx);
    if (ev.from === 'none') {
      out.push(
        finding(at, `${name} is patient content but names no consent (consent_ref): it needs ${L.what} before it is published (${L.notIt})`, sev('critical')),
      );
      continue;
    }
    if (ev.from === 'id') continue; // an id the plan keeps no records for: nothing to check it against
    if (ev.from === 'unknown-id') {
      const dym = didYouMean(e.consent_ref as string, ids);
      out.push(
        finding(at, `${name} names consent ${quote(e.consent_ref)}, which is not a record under compliance.consents${dym.tail}`, {
          severity: 'error',
          suggestion: dym.suggestion,
          hint: dym.suggestion
            ? `Replace it with ${quote(dym.suggestion)}.`
            : 'Add the consent record (id, kind, covers, signed, expires, revocable) under `compliance.consents`, or correct the id.',
        }),
      );
      continue;
    }
    const kind = ev.kind ?? 'other';
    if (kind === 'none') {
      out.push(
        finding(
          at,
          `${name} is patient content but its consent_ref says ${quote(showTerm(ev.term ?? ''))}: it needs ${L.what} before it is published (${L.notIt})`,
          sev('critical'),
        ),
      );
      continue;
    }
    const said =
      ev.from === 'text' ? ` (its consent_ref says ${quote(showTerm(ev.term ?? ''))})` : ` (consent ${quote(e.consent_ref)} is recorded as \`${kind}\`)`;
    if (!L.valid.includes(kind)) {
      const doubtful = L.doubtful[kind];
      const severity: Severity = doubtful ?? (kind === 'verbal' ? L.severity.verbal : 'critical');
      const why =
        kind === 'combined-document'
          ? `${L.cite.standalone}; ${L.cite.condition}`
          : kind === 'verbal' && law === 'gdpr'
            ? 'GDPR Art. 7(1): the controller must be able to show the patient consented, to what and when; an oral consent has no scope and cannot be shown'
            : doubtful
              ? `check that it has every element the law requires, then record it as \`${L.valid[0]}\``
              : L.notIt;
      out.push(finding(at, `${name} rests on ${CONSENT_KIND_TEXT[kind] ?? 'another document'}${said}, not ${L.what}: ${why}`, { severity }));
      continue;
    }
    // A record of the right kind: the post must fall inside its dates and within what it covers.
    const r = ev.record!;
    const rp = (...k: string[]) => pointer('compliance', 'consents', ev.index!, ...k);
    const d = day(e.date);
    const signed = day(r.signed);
    const expires = day(r.expires);
    if (d !== undefined && signed !== undefined && d < signed) {
      out.push(finding(at, `${name} is planned for ${e.date}, before consent ${quote(r.id)} was signed (${r.signed}) (${L.cite.timing})`, sev('critical')));
    } else if (d !== undefined && expires !== undefined && d > expires) {
      out.push(finding(at, `${name} is planned for ${e.date}, after consent ${quote(r.id)} expires (${r.expires}) (${L.cite.timing})`, sev('critical')));
    }
    const covers = strings(r.covers);
    if (e.paid === true && covers.length > 0 && covers.includes('social-media') && !covers.includes('paid-ads')) {
      out.push(finding(at, `${name} is a paid post, but consent ${quote(r.id)} covers ${covers.join(', ')}, not paid ads (${L.cite.covers})`, sev('error')));
    }
    if (checked.has(ev.index!)) continue;
    checked.add(ev.index!);
    if (covers.length > 0 && !covers.includes('social-media')) {
      out.push(
        finding(
          rp('covers'),
          `consent ${quote(r.id)} covers ${covers.join(', ')}, not social media, yet calendar entries publish under it (${L.cite.covers})`,
          sev('critical'),
        ),
      );
    } else if (covers.length === 0) {
      out.push(
        finding(
          rp('covers'),
          `consent ${quote(r.id)} does not say which uses it covers (social-media, website, paid-ads, …) (${L.cite.covers})`,
          sev(L.severity.noCovers),
        ),
      );
    }
    if (r.standalone === false) {
      out.push(
        finding(rp('standalone'), `consent ${quote(r.id)} is part of another document (standalone: false) (${L.cite.standalone})`, sev(L.severity.standalone)),
      );
    }
    if (r.condition_of_care === true) {
      out.push(
        finding(
          rp('condition_of_care'),
          `signing consent ${quote(r.id)} is a condition of care (condition_of_care: true) (${L.cite.condition})`,
          sev('critical'),
        ),
      );
    }
    const missing = L.elements.filter((el) => (el.key === 'revocable' ? r.revocable !== true : !present(r[el.key])));
    if (missing.length > 0) {
      out.push(
        finding(rp(missing[0].key), `consent ${quote(r.id)} does not record ${missing.map((m) => m.text).join(', ')} (${L.cite.elements})`, {
          severity: L.severity.elements,
          hint: `Record ${missing.map((m) => '`' + m.key + '`').join(', ')} from the signed form; a form without them is not ${L.what}.`,
        }),
      );
    }
  }
  return out;
}
