import { complianceSkip, defineRule, finding, present } from '../helpers.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/dm-policy',
    category: 'compliance',
    severity: 'warning',
    description: 'A HIPAA plan has a direct-message policy that keeps protected health information out of DMs.',
    rationale:
      'Patients write about symptoms and records in direct messages; staff need a written rule for moving such conversations to a secure channel (seed 002, HIPAA section: "you can interact with patients on social media, but be very careful with sensitive information sent through messages").',
    source: 'Seed 002, HIPAA section; 45 CFR 164.530(c) (safeguards)',
    fix: 'Add `compliance.hipaa.dm_policy`, e.g. "Never discuss symptoms or records in direct messages; move the conversation to the patient portal".',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    staff_training: annual',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    dm_policy: Never discuss symptoms or records in DMs; move to the patient portal',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  check(plan) {
    if (present(plan.compliance?.hipaa?.dm_policy)) return [];
    return [finding('/compliance/hipaa/dm_policy', 'the plan has no direct-message policy (compliance.hipaa.dm_policy): nothing tells staff to keep health information out of DMs')];
  },
});
