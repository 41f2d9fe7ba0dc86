import type { RuleFinding } from '../../types.js';
import { defineRule, entryName, finding, patientEntries, present } from '../helpers.js';
import { gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/patient-consent',
    category: 'compliance',
    severity: 'critical',
    description: 'In an EU/EEA plan, patient content rests on the patient\'s explicit consent, recorded per entry.',
    rationale:
      'A patient\'s story, photo or condition is health data, a special category under GDPR Art. 9; publishing it for marketing needs the patient\'s explicit consent for that purpose, Art. 9(2)(a), and the controller must be able to show it (Art. 7(1)). ' +
      'Seed 002 (HIPAA section) asks for written consent before patient photos and stories; in Europe the same step is explicit GDPR consent.',
    source: 'Seed 002, patient privacy section; GDPR Art. 9(2)(a) and Art. 7(1)',
    fix: 'Record the consent on the entry (`consent_ref: …`) and set `compliance.gdpr.lawful_basis_health_data: explicit-consent`.',
    examples: {
      fail: 'organization: {jurisdictions: [SE]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: patient-story\n      involves_patient: true\ncompliance:\n  gdpr:\n    lawful_basis_health_data: other',
      pass: 'organization: {jurisdictions: [SE]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: patient-story\n      involves_patient: true\n      consent_ref: SAMTYCKE-2027-01\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
    },
  },
  notApplicable: (_plan, ctx) => gdprSkipReason(ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const entries = patientEntries(plan, ctx);
    for (const [e, i] of entries) {
      if (!present(e.consent_ref)) {
        out.push(finding(`/content/calendar/${i}/consent_ref`, `${entryName(e, i)} is patient content but names no recorded explicit consent (consent_ref)`));
      }
    }
    // A missing lawful basis is reported by gdpr/lawful-basis; here only a basis that is not consent.
    if (entries.length > 0 && plan.compliance?.gdpr?.lawful_basis_health_data === 'other') {
      out.push(
        finding('/compliance/gdpr/lawful_basis_health_data', 'the plan publishes patient content but its lawful basis for health data is `other`: marketing with health data needs explicit consent (GDPR Art. 9(2)(a))'),
      );
    }
    return out;
  },
});
