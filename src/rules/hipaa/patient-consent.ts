import type { RuleFinding } from '../../types.js';
import { complianceEmpty, defineRule, entryName, finding, patientEntries, present, quote, sev } from '../helpers.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/patient-consent',
    category: 'compliance',
    severity: 'critical',
    description: 'Patient stories, testimonials and posts involving a patient carry a signed written authorization, and the plan requires written authorization for patient content.',
    rationale:
      'Publishing a patient\'s photo, story or condition is marketing under HIPAA and needs the patient\'s written authorization first (seed 002, HIPAA section: "when you publish photos, stories and health problems of patients you must prepare and sign a written consent"). ' +
      'Filming patients without it cost NewYork-Presbyterian 2.2 M USD (2016) and three Boston hospitals 999 K USD (2018).',
    source: 'Seed 002, HIPAA section; 45 CFR 164.501, 164.508(a)(3) and (c)',
    fix: 'Record the signed authorization on the entry (`consent_ref: AUTH-…`) and set `compliance.hipaa.patient_content_consent: written-authorization`.',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-20\n      type: patient-story\n      involves_patient: true\n      consent_ref: null',
      pass: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-20\n      type: patient-story\n      involves_patient: true\n      consent_ref: AUTH-2027-004\ncompliance:\n  hipaa:\n    patient_content_consent: written-authorization',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const entries = patientEntries(plan, ctx);
    for (const [e, i] of entries) {
      if (!present(e.consent_ref)) {
        out.push(finding(`/content/calendar/${i}/consent_ref`, `${entryName(e, i)} is patient content but names no signed authorization (consent_ref)`));
      }
    }
    // Without a compliance section, privacy/compliance-section reports the missing policy once.
    if (entries.length > 0 && !complianceEmpty(plan)) {
      const consent = plan.compliance?.hipaa?.patient_content_consent;
      if (consent !== 'written-authorization') {
        const n = entries.length;
        out.push(
          finding(
            '/compliance/hipaa/patient_content_consent',
            consent === undefined
              ? `the plan has ${n} patient-content entr${n === 1 ? 'y' : 'ies'} but does not say what consent it obtains (compliance.hipaa.patient_content_consent)`
              : `the plan has ${n} patient-content entr${n === 1 ? 'y' : 'ies'} but its patient-content consent is ${quote(consent)}, not a written authorization`,
            // Not saying which consent is obtained is an error; saying it is not a written authorization is critical.
            consent === undefined ? sev('error') : {},
          ),
        );
      }
    }
    return out;
  },
});
