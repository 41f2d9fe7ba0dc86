import { complianceSkip, defineRule, finding, present, quote, words } from '../helpers.js';
import { findInClauses, languagesOf, showTerm } from '../../knowledge/words.js';
import { hipaaSkipReason } from './helpers.js';

const AT = '/compliance/hipaa/dm_policy';

export const rule = defineRule({
  meta: {
    id: 'hipaa/dm-policy',
    category: 'compliance',
    severity: 'warning',
    description:
      'A HIPAA plan has a direct-message policy that keeps health details out of DMs and sends such conversations to a secure channel; a policy that invites them is an error.',
    rationale:
      "Patients write about symptoms, results and prescriptions in direct messages; the platforms sign no Business Associate Agreement, so those details sit with a vendor outside HIPAA's safeguards (45 CFR 164.530(c)). " +
      'Staff need a written rule that says not to discuss health details in DMs and where to send them instead (a patient portal, a phone number, a secure form). ' +
      'A policy that has staff answer refill, result or appointment questions in DMs builds the disclosure into the process (an error); one that is silent about health details leaves it to chance (a warning). ' +
      'The policy is read in English, Swedish, French, Romanian and Spanish.',
    source:
      '45 CFR 164.530(c) (safeguards), as of 2013-01; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA ("be very careful with sensitive information sent through messages")',
    fix: 'Write `compliance.hipaa.dm_policy`, e.g. "Never discuss symptoms, results, prescriptions or records in DMs; send the patient-portal link or the nurse line".',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    dm_policy: Community managers answer refill and lab-result questions in DMs',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    dm_policy: Never discuss symptoms or records in DMs; move to the patient portal',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  check(plan, ctx) {
    const policy = plan.compliance?.hipaa?.dm_policy;
    if (!present(policy)) {
      return [finding(AT, 'the plan has no direct-message policy (compliance.hipaa.dm_policy): nothing tells staff to keep health information out of DMs')];
    }
    const text = policy as string;
    const w = words(ctx);
    const health = findInClauses(text, w.dmHealthDetails, w.negators);
    const redirect = findInClauses(text, w.dmRedirect, w.negators);
    // Health details named, not negated, in a clause that does not send them elsewhere: the policy invites them.
    const invited = health.filter((h) => !h.negated && !redirect.some((r) => r.clause === h.clause && !r.negated));
    if (invited.length > 0) {
      const said = [...new Set(invited.map((h) => quote(showTerm(h.term))))].slice(0, 4).join(', ');
      return [
        finding(
          AT,
          `the direct-message policy has staff handle health details in DMs (it says ${said}): messages on social platforms are held by vendors with no Business Associate Agreement (45 CFR 164.530(c))`,
          {
            severity: 'error',
            hint: "Answer only general questions in DMs; move anything about a person's health to the patient portal, a phone call or a secure form.",
          },
        ),
      ];
    }
    const safe = health.some((h) => h.negated) || redirect.some((r) => !r.negated);
    if (!safe && languagesOf(text, w.languageMarkers).length > 0) {
      return [
        finding(AT, 'the direct-message policy does not say to keep health details out of DMs or where to send them instead', {
          hint: 'Add "never discuss symptoms, results or records in DMs; send the patient-portal link or the phone number".',
        }),
      ];
    }
    return [];
  },
});
