import { complianceSkip, defineRule, finding, present } from '../helpers.js';
import { gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/dpo-contact',
    category: 'compliance',
    severity: 'warning',
    description: 'An EU/EEA plan names the contact of its data protection officer.',
    rationale:
      'Hospitals and clinics process health data at large scale as a core activity and must designate a data protection officer (GDPR Art. 37(1)(c)) and publish the contact details (Art. 37(7)); the social team needs that contact for consent questions and data requests. Seed 004: privacy concerns are managed, not avoided.',
    source: 'Seed 004 (privacy concerns); GDPR Art. 37-39',
    fix: 'Set `compliance.gdpr.dpo_contact` to the DPO\'s role address, e.g. `dpo@clinic.example`.',
    examples: {
      fail: 'organization: {jurisdictions: [SE]}\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
      pass: 'organization: {jurisdictions: [SE]}\ncompliance:\n  gdpr:\n    dpo_contact: dataskyddsombud@vardcentral.example',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx) ?? complianceSkip(plan),
  check(plan) {
    if (present(plan.compliance?.gdpr?.dpo_contact)) return [];
    return [finding('/compliance/gdpr/dpo_contact', 'the plan names no data protection officer contact (compliance.gdpr.dpo_contact)')];
  },
});
