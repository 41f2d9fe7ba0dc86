import type { RuleFinding } from '../../types.js';
import { complianceSkip, defineRule, finding, present, quote, words } from '../helpers.js';
import { findInClauses, languagesOf, showTerm } from '../../knowledge/words.js';
import { hipaaSkipReason } from './helpers.js';

const AT = '/compliance/hipaa/review_response_policy';

export const rule = defineRule({
  meta: {
    id: 'hipaa/review-response-policy',
    category: 'compliance',
    severity: 'warning',
    mayBeCritical: true,
    description:
      'A HIPAA plan has a review-response policy that never confirms a reviewer is a patient and never discusses their care; a policy that tells staff to do either is critical.',
    rationale:
      'Replies to online reviews that confirm a reviewer is a patient or discuss their care are the most common social-media HIPAA penalty: Elite Dental 10 K USD (2019), New Vision Dental 23 K USD (2022), Manasa Health Center 30 K USD (2023), Dr. U. Phillip Igbinadolor & Associates 50 K USD (2022). ' +
      'OCR: "Social media is not the place for providers to discuss a patient\'s care." A policy that tells staff to mention the treatment, describe the visit or thank the reviewer for trusting the practice "with your care" makes every reply a disclosure, so it must stop publication (critical). ' +
      'A policy that never says replies neither confirm nor deny a patient relationship leaves each reply to chance (a warning). ' +
      'The policy is read in English, Swedish, French, Romanian and Spanish; the finding names the words that triggered it.',
    source:
      'HHS OCR resolution agreements and civil money penalties on review replies, 2019-2023; 45 CFR 164.502(a); ' +
      '"Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA',
    fix: 'Write `compliance.hipaa.review_response_policy`, e.g. "Never confirm or deny that a reviewer is a patient and never discuss care; thank them and give the patient-relations number".',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Reply by first name and mention their treatment so it feels personal',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Never confirm or deny that a reviewer is a patient; give the patient-relations number',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  check(plan, ctx) {
    const policy = plan.compliance?.hipaa?.review_response_policy;
    if (!present(policy)) {
      return [
        finding(
          AT,
          'the plan has no review-response policy (compliance.hipaa.review_response_policy): a reply that confirms a reviewer is a patient is a HIPAA violation',
        ),
      ];
    }
    const text = policy as string;
    const w = words(ctx);
    const care = findInClauses(text, w.reviewDisclosesCare, w.negators).filter((h) => !h.negated);
    const names = findInClauses(text, w.reviewNamesReviewer, w.negators).filter((h) => !h.negated);
    const neverConfirms = findInClauses(text, w.reviewNeverConfirms, w.negators).length > 0;
    const out: RuleFinding[] = [];
    if (care.length > 0) {
      const said = [...new Set([...care, ...names].map((h) => quote(showTerm(h.term))))].slice(0, 4).join(', ');
      out.push(
        finding(
          AT,
          `the review-response policy tells staff to discuss the reviewer's care in public replies (it says ${said}): a reply that mentions a treatment or visit confirms the reviewer is a patient and discloses their health information (45 CFR 164.502(a); HHS OCR review-reply penalties 2019-2023)`,
          {
            severity: 'critical',
            hint: 'Reply without any detail of care and without confirming a patient relationship: "We take every concern seriously; please call our patient-relations team at …".',
          },
        ),
      );
    } else if (names.length > 0 && !neverConfirms) {
      out.push(
        finding(
          AT,
          `the review-response policy has replies address the reviewer by name (it says ${quote(showTerm(names[0].term))}) and never says they must not confirm a patient relationship`,
          {
            severity: 'error',
            hint: 'Add "never confirm or deny that a reviewer is a patient, and never discuss care" to the policy.',
          },
        ),
      );
    } else if (!neverConfirms && languagesOf(text, w.languageMarkers).length > 0) {
      // Only text in a language of the word lists can be judged on what it leaves out.
      out.push(
        finding(AT, 'the review-response policy does not say that replies never confirm or deny that a reviewer is a patient', {
          hint: 'Add "never confirm or deny that a reviewer is a patient, and never discuss care; offer a phone number instead".',
        }),
      );
    }
    return out;
  },
});
