import { complianceSkip, defineRule, finding, present } from '../helpers.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/review-response-policy',
    category: 'compliance',
    severity: 'warning',
    description: 'A HIPAA plan has a review-response policy that never confirms a reviewer is a patient.',
    rationale:
      'Replies to online reviews that confirm a reviewer is a patient or discuss their care are the most common social-media HIPAA penalty: Elite Dental 10 K USD (2019), New Vision Dental 23 K USD (2022), Manasa Health Center 30 K USD (2023). ' +
      'OCR: "Social media is not the place for providers to discuss a patient\'s care." Seed 004 asks for a reputation plan that responds; seed 002 (HIPAA section) asks for care with patient information.',
    source: 'Seed 002, HIPAA section; seed 004 (privacy, respond to reviews); HHS OCR enforcement 2019-2023',
    fix: 'Add `compliance.hipaa.review_response_policy`, e.g. "Never confirm or deny that a reviewer is a patient; invite them to call patient relations".',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    staff_training: annual',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Never confirm or deny that a reviewer is a patient',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  check(plan) {
    if (present(plan.compliance?.hipaa?.review_response_policy)) return [];
    return [finding('/compliance/hipaa/review_response_policy', 'the plan has no review-response policy (compliance.hipaa.review_response_policy): a reply that confirms a reviewer is a patient is a HIPAA violation')];
  },
});
