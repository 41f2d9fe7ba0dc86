// Probable protected health information in the plan's free text. The finding says WHERE (the
// pointer) and WHAT KIND ("a phone number"); it never carries the matched text, in any field.
import type { CalendarEntry, Plan, RuleContext, RuleFinding, Severity } from '../../types.js';
import { consentEvidence, defineRule, finding, isPatientContent, regulations } from '../helpers.js';
import { KIND_LABEL, MAX_STRINGS_PER_PLAN, scan, scanPlanText, type Kind } from '../../util/phi.js';
import { thousands } from '../../util/text.js';

/** Structured fields (ids, enums, dates, paths): not free text about people. Every other string and every key is scanned. */
const SKIP_KEYS = new Set([
  'version',
  'id',
  'date',
  'deadline',
  'start',
  'end',
  'type',
  'role',
  'platform',
  'channel',
  'handle',
  'metric',
  'unit',
  'category',
  'kpi',
  'currency',
  'period',
  'source',
  'goal',
  'goals',
  'audiences',
  'review_cadence',
  'active_hours',
  'patient_content_consent',
  'staff_training',
  'tracking_technologies',
  'lawful_basis_health_data',
  'collection_consent',
  'sharing_consent',
  'geofencing',
  'consent_form',
  'risk_information_link',
  'jurisdictions',
  'formats',
  'approval_workflow',
  'tools',
  'listening_tools',
  'insight_sources',
]);
/**
 * Fields where the organisation's own contact details and staff names belong (a nurse line, a press
 * address, the DPO): only identifiers that are never organisational (ID numbers, record numbers,
 * birth dates, a patient named next to a diagnosis) are looked for there.
 */
const CONTACT_KEYS = new Set([
  'escalation',
  'crisis_plan',
  'dm_policy',
  'review_response_policy',
  'moderation_policy',
  'dpo_contact',
  'name',
  'owner',
  'executive_sponsor',
  'agency',
]);

function labelOf(kind: Kind, ctx: RuleContext): string {
  return KIND_LABEL[kind] ?? regulations(ctx).safeHarbor.kinds.find((k) => k.kind === kind)?.label ?? 'an identifier';
}

/** Kinds that identify a person in a story (as opposed to an account or record number, which no post may carry). */
const PERSON_KINDS: ReadonlySet<string> = new Set([
  'name',
  'name-diagnosis',
  'age-over-89',
  'date',
  'event-date',
  'room-number',
  'geographic-subdivision',
  'photo',
  'biometric',
]);
/** Kinds of document that are no consent to publish a patient's story (the consent rules say which ones are). */
const NOT_CONSENT = ['treatment-consent', 'privacy-notice-acknowledgment', 'verbal', 'terms-of-service', 'combined-document', 'none'];
/** The published text of a calendar entry. */
const POST_TEXT = /^\/content\/calendar\/(\d+)\/(?:topic|copy)$/;

/**
 * How a hit in a calendar entry's topic or copy is judged. In a patient story with a consent of
 * the right kind (or an id the plan keeps no records for), the person's details are the authorized
 * story: not reported here (the consent rules judge the consent). Anywhere else in a post, details
 * that identify a person would be published without authorization: critical, whatever
 * `involves_patient` says.
 */
function inPost(plan: Plan, ptr: string, kind: Kind, ctx: RuleContext): { skip: true } | { severity: Severity; tail: string } | undefined {
  const m = POST_TEXT.exec(ptr);
  if (!m || !PERSON_KINDS.has(kind)) return undefined;
  // The entry by its index (searching the calendar for each finding was findings x entries).
  const calendar = plan.content?.calendar;
  const item: unknown = Array.isArray(calendar) ? calendar[Number(m[1])] : undefined;
  const entry = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as CalendarEntry) : undefined;
  if (!entry) return undefined;
  const ev = consentEvidence(plan, entry.consent_ref, ctx);
  const consented = ev.from === 'id' || (ev.from === 'record' && !NOT_CONSENT.includes(ev.kind ?? ''));
  if (isPatientContent(entry, ctx) && consented) return { skip: true };
  const why = entry.involves_patient === false ? 'though the entry says `involves_patient: false`' : 'without a patient authorization on record';
  return { severity: 'critical', tail: `, in a post that would publish it ${why}` };
}

const HINTS: Partial<Record<Kind, string>> = {
  'name-diagnosis':
    'Describe the story without the person\'s name and condition (e.g. "a family shares their NICU story") and keep the details in the consent record.',
  phone: "Remove the number; if it is the organisation's own line, put it in a contact field (engagement.escalation) instead.",
  email: 'Remove the address; use a shared mailbox (e.g. info@…) or put it in a contact field.',
};

export const rule = defineRule({
  meta: {
    id: 'privacy/phi-in-text',
    category: 'compliance',
    severity: 'critical',
    sensitive: true,
    description:
      'Free text in the plan holds no probable protected health information (names next to diagnoses, birth dates, phone numbers, email and street addresses, ID and record numbers).',
    rationale:
      "A strategy file is shared with agencies, committed to repositories and printed in CI logs; a patient's details pasted into a topic or a note are a disclosure, and in a post's topic or copy they are about to be published. " +
      'The kinds follow the 18 identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)(i)): names, all elements of dates (birth, admission, discharge) except the year, ages over 89, record and account numbers, and more; a diagnosis with no person named is not patient information. Findings say where and what kind, never the text itself, so the report can be published. ' +
      "National ID, record and health-plan numbers and birth dates are errors; phone numbers, addresses, emails, IP addresses, ages over 89 and names next to a diagnosis are warnings (they may be the organisation's own or a consented story). Organisational contact fields (escalation, policies, crisis plan) are checked for the first group only. " +
      "In a calendar entry's topic or copy, details that identify a person are critical unless the entry is patient content with a consent on record (the consent rules judge that consent), whatever `involves_patient` says: a post marked as not involving a patient that names one would publish patient information without authorization.",
    source:
      '45 CFR 164.514(b)(2)(i) (Safe Harbor identifiers) and 164.508(a)(3), as of 2013-01; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA; "Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: 'Remove the identifier from the plan: refer to patients by a consent id (consent_ref) and keep their details in the consent record.',
    examples: {
      fail: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: Follow up with patient John, DOB 03/14/2015, MRN 00482913',
      pass: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: A family shares their NICU-to-home story\n      consent_ref: AUTH-2027-004',
    },
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const orgWords = new Set(
      typeof plan.organization?.name === 'string'
        ? plan.organization.name
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .filter(Boolean)
        : [],
    );
    // Every string value and every key that is not a plain lower-case key (scanPlanText, no recursion);
    // a hit in a key is reported at the key, which reports show as `~hidden`.
    const scanned = scanPlanText(plan, {
      orgWords,
      contactKeys: CONTACT_KEYS,
      // A path or URL, or a structured field.
      skipValue: (key, value) =>
        (key !== undefined && SKIP_KEYS.has(key)) || (/^\S+$/.test(value) && /[/\\]|^https?:|\.[a-z]{2,4}$/i.test(value) && !value.includes('@')),
    });
    for (const hit of scanned.hits) {
      const post = hit.inKey ? undefined : inPost(plan, hit.pointer, hit.kind, ctx);
      if (post && 'skip' in post) continue;
      const ptr = hit.shown;
      const where =
        ptr === ''
          ? ''
          : ptr
              .slice(1)
              .split('/')
              .map((t) => (/^\d+$/.test(t) ? `[${t}]` : `.${t}`))
              .join('')
              .replace(/^\./, '');
      const what = hit.inKey ? `a key under ${where.replace(/\.?~hidden$/, '') || 'the plan'}` : where || 'the plan';
      out.push(
        finding(hit.pointer, `${what} holds what looks like ${labelOf(hit.kind, ctx)}${post ? post.tail : ''} (not repeated here)`, {
          severity: post ? post.severity : hit.severity,
          ...(HINTS[hit.kind] ? { hint: HINTS[hit.kind] } : {}),
        }),
      );
    }
    // Comments are text of the plan too (shared, committed and printed like the rest).
    for (const c of ctx.comments?.() ?? []) {
      if (c.text.includes('strategy-lint-')) continue; // suppression comments: their reasons are hidden where they are printed
      for (const hit of scan(c.text, false, orgWords)) {
        out.push({
          ...finding('', `a comment holds what looks like ${labelOf(hit.kind, ctx)} (not repeated here)`, {
            severity: hit.severity,
            ...(HINTS[hit.kind] ? { hint: HINTS[hit.kind] } : {}),
          }),
          at: { line: c.line, column: c.column },
        });
      }
    }
    if (scanned.skipped > 0) {
      // Never silently: a plan this large was not checked to the end.
      out.push(
        finding(
          '',
          `the plan holds more than ${thousands(MAX_STRINGS_PER_PLAN)} strings: ${thousands(scanned.skipped)} were not checked for patient information`,
          {
            severity: 'warning',
            hint: 'Split the plan into smaller files; no real strategy plan comes near this.',
          },
        ),
      );
    }
    return out;
  },
});
