import { complianceSkip, defineRule, finding, patientEntries, sev } from '../helpers.js';
import { gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/lawful-basis',
    category: 'compliance',
    severity: 'warning',
    description: 'An EU/EEA plan states its lawful basis for processing health data (an error when it publishes patient content).',
    rationale:
      'Comments, DMs, reviews and patient stories bring health data into a social-media programme; under GDPR Art. 9 processing it is forbidden unless an exception applies, so the plan must say which one. Seed 004 names privacy as the concern that holds healthcare back: a stated basis answers it.',
    source: 'Seed 004 (privacy concerns); GDPR Art. 6 and Art. 9(2)',
    fix: 'Set `compliance.gdpr.lawful_basis_health_data` (`explicit-consent` for patient content).',
    examples: {
      fail: 'organization: {jurisdictions: [FR]}\ncompliance:\n  gdpr:\n    dpo_contact: dpo@clinique.example',
      pass: 'organization: {jurisdictions: [FR]}\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx) ?? complianceSkip(plan),
  check(plan, ctx) {
    if (plan.compliance?.gdpr?.lawful_basis_health_data !== undefined) return [];
    const patient = patientEntries(plan, ctx).length > 0;
    return [
      finding(
        '/compliance/gdpr/lawful_basis_health_data',
        patient
          ? 'the plan publishes patient content but states no lawful basis for health data (compliance.gdpr.lawful_basis_health_data)'
          : 'the plan states no lawful basis for the health data its channels will receive (compliance.gdpr.lawful_basis_health_data)',
        patient ? sev('error') : {},
      ),
    ];
  },
});
