import { complianceSkip, defineRule, finding, present } from '../helpers.js';
import { gdprLaw, gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/dpo-contact',
    category: 'compliance',
    severity: 'warning',
    description: 'A plan for the EU/EEA or the UK names the contact of its data protection officer.',
    rationale:
      'Hospitals and clinics process health data at large scale as a core activity and must designate a data protection officer (GDPR Art. 37(1)(c); the UK GDPR has the same rule) and publish the contact details (Art. 37(7)); the social team needs that contact for consent questions and data requests. ' +
      'A small practice may fall below "large scale" (guidance of the European Data Protection Board\'s predecessor, WP243); naming the person who answers data questions is good practice either way. ' +
      'Privacy concerns are managed, not avoided ("Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns).',
    source:
      'Regulation (EU) 2016/679 (GDPR) Art. 37-39, as of 2016-04-27; UK GDPR Art. 37, as of 2025-06-19; Article 29 Working Party, Guidelines on DPOs (WP243 rev.01, guidance); "Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: "Set `compliance.gdpr.dpo_contact` to the DPO's role address, e.g. `dpo@clinic.example`.",
    laws: ['gdpr-art37', 'uk-gdpr'],
    examples: {
      fail: 'organization: {jurisdictions: [SE]}\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
      pass: 'organization: {jurisdictions: [SE]}\ncompliance:\n  gdpr:\n    dpo_contact: dataskyddsombud@vardcentral.example',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx, plan) ?? complianceSkip(plan),
  appliesBecause: (plan, ctx) => gdprLaw(plan, ctx).because,
  check(plan, ctx) {
    if (present(plan.compliance?.gdpr?.dpo_contact)) return [];
    return [
      finding(
        '/compliance/gdpr/dpo_contact',
        `the plan names no data protection officer contact (compliance.gdpr.dpo_contact; ${gdprLaw(plan, ctx).name} Art. 37(7))`,
      ),
    ];
  },
});
