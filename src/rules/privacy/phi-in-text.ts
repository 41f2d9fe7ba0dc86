// Probable protected health information in the plan's free text. The finding says WHERE (the
// pointer) and WHAT KIND ("a phone number"); it never carries the matched text, in any field.
import type { RuleContext, RuleFinding } from '../../types.js';
import { defineRule, finding, regulations } from '../helpers.js';
import { scan, type Kind } from '../../util/phi.js';
import { memoize } from '../../util/memo.js';

/** Structured fields (ids, enums, dates, paths, staff names, contacts): not free text about people. */
const SKIP_KEYS = new Set([
  'version', 'id', 'date', 'deadline', 'start', 'end', 'type', 'role', 'platform', 'channel', 'handle', 'metric', 'unit',
  'category', 'kpi', 'currency', 'period', 'source', 'goal', 'goals', 'audiences', 'review_cadence', 'active_hours',
  'patient_content_consent', 'staff_training', 'tracking_technologies', 'lawful_basis_health_data', 'collection_consent',
  'sharing_consent', 'geofencing', 'consent_ref', 'consent_form', 'risk_information_link', 'dpo_contact', 'jurisdictions',
  'formats', 'approval_workflow', 'tools', 'listening_tools', 'insight_sources', 'name', 'executive_sponsor', 'owner', 'agency',
]);
/**
 * Fields where the organisation's own contact details belong (a nurse line, a press address): only
 * identifiers that are never organisational (ID numbers, record numbers, birth dates, a patient named
 * next to a diagnosis) are looked for there.
 */
const CONTACT_KEYS = new Set(['escalation', 'crisis_plan', 'dm_policy', 'review_response_policy', 'moderation_policy']);

/** Scanning is linear; this bounds the work on hostile input. */
const MAX_STRINGS = 20_000;

function labelOf(kind: Kind, ctx: RuleContext): string {
  if (kind === 'name-diagnosis') return 'a person\'s name next to a diagnosis';
  if (kind === 'age-over-89') return 'an age over 89';
  return regulations(ctx).safeHarbor.kinds.find((k) => k.kind === kind)?.label ?? 'an identifier';
}

const HINTS: Partial<Record<Kind, string>> = {
  'name-diagnosis': 'Describe the story without the person\'s name and condition (e.g. "a family shares their NICU story") and keep the details in the consent record.',
  phone: 'Remove the number; if it is the organisation\'s own line, put it in a contact field (engagement.escalation) instead.',
  email: 'Remove the address; use a shared mailbox (e.g. info@…) or put it in a contact field.',
};

/** Pointer tokens that are plan keys or list indexes; anything else could itself be patient text. */
const SAFE_TOKEN = /^(?:[a-z][a-z0-9_]{0,40}|\d{1,6})$/;
/** Verdicts on keys: every plan repeats the same few hundred. */
const safeKey = memoize((k) => SAFE_TOKEN.test(k), 5000);

export const rule = defineRule({
  meta: {
    id: 'privacy/phi-in-text',
    category: 'compliance',
    severity: 'critical',
    sensitive: true,
    description: 'Free text in the plan holds no probable protected health information (names next to diagnoses, birth dates, phone numbers, email and street addresses, ID and record numbers).',
    rationale:
      'A strategy file is shared with agencies, committed to repositories and printed in CI logs; a patient\'s details pasted into a topic or a note are a disclosure. Seed 002 (HIPAA section) asks for care with patient information; seed 004 names privacy as the reason organisations hold back. ' +
      'The kinds follow the 18 identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)(i)). Findings say where and what kind, never the text itself, so the report can be published. ' +
      'National ID, record and health-plan numbers and birth dates are errors; phone numbers, addresses, emails, IP addresses, ages over 89 and names next to a diagnosis are warnings (they may be the organisation\'s own or a consented story). Organisational contact fields (escalation, policies, crisis plan) are checked for the first group only.',
    source: 'Seed 002, HIPAA section; seed 004 (privacy); 45 CFR 164.514(b)(2)(i) (Safe Harbor identifiers)',
    fix: 'Remove the identifier from the plan: refer to patients by a consent id (consent_ref) and keep their details in the consent record.',
    examples: {
      fail: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: Follow up with patient John, DOB 03/14/2015, MRN 00482913',
      pass: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: A family shares their NICU-to-home story\n      consent_ref: AUTH-2027-004',
    },
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const orgWords = new Set(
      typeof plan.organization?.name === 'string' ? plan.organization.name.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : [],
    );
    // Iterative walk over plain data (no recursion: a plan may be deeply nested). Each entry carries
    // its pointer, built only while every token is a plain key or index (`safe`): under any other
    // token the strings are not scanned, as the pointer itself could be patient text.
    const stack: { value: unknown; ptr: string; safe: boolean; key: string | undefined }[] = [{ value: plan, ptr: '', safe: true, key: undefined }];
    let strings = 0;
    while (stack.length > 0 && strings < MAX_STRINGS) {
      const { value, ptr, safe, key } = stack.pop()!;
      if (typeof value === 'string') {
        // Structured keys hold ids, enums and names; sections under the same name (`goals`, `audiences`) are walked.
        if (key !== undefined && SKIP_KEYS.has(key)) continue;
        strings++;
        if (!safe) continue;
        if (/^\S+$/.test(value) && /[/\\]|^https?:|\.[a-z]{2,4}$/i.test(value) && !value.includes('@')) continue; // a path or URL
        for (const hit of scan(value, key !== undefined && CONTACT_KEYS.has(key), orgWords)) {
          const where = ptr === '' ? '' : ptr.slice(1).split('/').map((t) => (/^\d+$/.test(t) ? `[${t}]` : `.${t}`)).join('').replace(/^\./, '');
          out.push(
            finding(ptr, `${where || 'the plan'} holds what looks like ${labelOf(hit.kind, ctx)} (not repeated here)`, {
              severity: hit.severity,
              ...(HINTS[hit.kind] ? { hint: HINTS[hit.kind] } : {}),
            }),
          );
        }
      } else if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], ptr: safe ? ptr + '/' + i : '', safe: safe && i <= 999_999, key });
      } else if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>);
        for (let i = entries.length - 1; i >= 0; i--) {
          const [k, v] = entries[i];
          const ok = safe && safeKey(k);
          stack.push({ value: v, ptr: ok ? ptr + '/' + k : '', safe: ok, key: k });
        }
      }
    }
    return out;
  },
});
