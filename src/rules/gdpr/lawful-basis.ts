import { complianceSkip, defineRule, finding, patientEntries, sev } from '../helpers.js';
import { gdprLaw, gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/lawful-basis',
    category: 'compliance',
    severity: 'warning',
    description: 'A plan for the EU/EEA or the UK states its lawful basis for processing health data (an error when it publishes patient content).',
    rationale:
      "Comments, DMs, reviews, lead forms and patient stories bring health data into a social-media programme. Health data is a special category: processing it is forbidden unless an exception of GDPR Art. 9(2) applies, on top of a basis under Art. 6, and for marketing with a patient's story that exception is explicit consent (Art. 9(2)(a)). The UK GDPR says the same (Art. 9 with the Data Protection Act 2018, Sch. 1). " +
      'Privacy is the concern the source articles say holds healthcare back on social media ("Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns); a stated basis answers it.',
    source:
      'Regulation (EU) 2016/679 (GDPR) Art. 6 and 9(2), as of 2016-04-27; UK GDPR Art. 9 and Data Protection Act 2018 Sch. 1, as of 2025-06-19; "Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: 'Set `compliance.gdpr.lawful_basis_health_data` (`explicit-consent` for patient content).',
    laws: ['gdpr-art9', 'uk-gdpr'],
    examples: {
      fail: 'organization: {jurisdictions: [FR]}\ncompliance:\n  gdpr:\n    dpo_contact: dpo@clinique.example',
      pass: 'organization: {jurisdictions: [FR]}\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx, plan) ?? complianceSkip(plan),
  appliesBecause: (plan, ctx) => gdprLaw(plan, ctx).because,
  check(plan, ctx) {
    if (plan.compliance?.gdpr?.lawful_basis_health_data !== undefined) return [];
    const law = gdprLaw(plan, ctx).name;
    const patient = patientEntries(plan, ctx).length > 0;
    return [
      finding(
        '/compliance/gdpr/lawful_basis_health_data',
        patient
          ? `the plan publishes patient content but states no lawful basis for health data (compliance.gdpr.lawful_basis_health_data; ${law} Art. 9(2))`
          : `the plan states no lawful basis for the health data its channels will receive (compliance.gdpr.lawful_basis_health_data; ${law} Art. 9(2))`,
        patient ? sev('error') : {},
      ),
    ];
  },
});
