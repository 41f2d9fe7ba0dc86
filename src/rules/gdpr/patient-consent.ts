import type { RuleFinding } from '../../types.js';
import { consentFindings, defineRule, finding, patientEntries } from '../helpers.js';
import { gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/patient-consent',
    category: 'compliance',
    severity: 'critical',
    description:
      "In an EU/EEA plan, patient content rests on the patient's explicit consent for social media, recorded per entry and valid on the day of the post.",
    rationale:
      "A patient's story, photo or condition is health data, a special category under GDPR Art. 9; publishing it for marketing needs the patient's explicit consent for that purpose, Art. 9(2)(a), and the controller must be able to show it (Art. 7(1)). " +
      'A consent to surgery or treatment, a privacy notice or accepted terms of service is not that consent: publishing on such a basis is unlawful and the finding is critical. ' +
      'An oral consent noted in the medical record may be genuine but cannot show its scope (channels, duration, withdrawal), so it is an error. ' +
      'A consent must be distinguishable from other matters (Art. 7(2)), freely given (Art. 7(4)) and as easy to withdraw as to give (Art. 7(3)). ' +
      'The consent reference is checked against `compliance.consents` when the plan keeps consent records; otherwise its text is read, in English, Swedish, French, Romanian and Spanish.',
    source:
      'Regulation (EU) 2016/679 (GDPR), Art. 7 and Art. 9(2)(a), as of 2016-04-27; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA (written consent before patient photos and stories)',
    fix: 'Record the consent under `compliance.consents` (kind: gdpr-explicit-consent, covers: [social-media], signed, revocable: true), name its id in `consent_ref`, and set `compliance.gdpr.lawful_basis_health_data: explicit-consent`.',
    examples: {
      fail: 'organization: {jurisdictions: [SE]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: patient-story\n      involves_patient: true\n      consent_ref: Samtycke till behandling 2027-01-12\ncompliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent',
      pass:
        'organization: {jurisdictions: [SE]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: patient-story\n      involves_patient: true\n      consent_ref: SAMTYCKE-2027-01\n' +
        'compliance:\n  gdpr:\n    lawful_basis_health_data: explicit-consent\n  consents:\n    - id: SAMTYCKE-2027-01\n      kind: gdpr-explicit-consent\n      covers: [social-media]\n      signed: 2027-02-10\n      revocable: true',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx, plan),
  check(plan, ctx) {
    const out: RuleFinding[] = consentFindings(plan, ctx, 'gdpr');
    const entries = patientEntries(plan, ctx);
    // A missing lawful basis is reported by gdpr/lawful-basis; here only a basis that is not consent.
    if (entries.length > 0 && plan.compliance?.gdpr?.lawful_basis_health_data === 'other') {
      out.push(
        finding(
          '/compliance/gdpr/lawful_basis_health_data',
          'the plan publishes patient content but its lawful basis for health data is `other`: marketing with health data needs explicit consent (GDPR Art. 9(2)(a))',
          { severity: 'critical' },
        ),
      );
    }
    return out;
  },
});
