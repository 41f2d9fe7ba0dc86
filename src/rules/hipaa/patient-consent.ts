import type { RuleFinding } from '../../types.js';
import { complianceEmpty, consentFindings, defineRule, finding, patientEntries, quote, words } from '../helpers.js';
import { findTerms, fold, showTerm } from '../../knowledge/words.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/patient-consent',
    category: 'compliance',
    severity: 'critical',
    description:
      'Patient stories, testimonials and posts involving a patient rest on a signed HIPAA authorization that covers social media and is valid on the day of the post; the authorization form is a document of its own.',
    rationale:
      "Publishing a patient's photo, story or condition is marketing under HIPAA and needs the patient's written authorization first (45 CFR 164.501, 164.508(a)(3)). " +
      'A verbal OK, a consent to treatment, an acknowledgment of the notice of privacy practices (164.520(c)(2)(ii)) or accepted terms of service is not one. ' +
      'A valid authorization describes the use, is signed and dated, has an expiry date or event and states the right to revoke (164.508(c)); it cannot be a section of an admission or registration packet (164.508(b)(3)) and care cannot depend on signing it (164.508(b)(4)). ' +
      'Filming patients without authorization cost NewYork-Presbyterian 2.2 M USD (2016) and three Boston hospitals 999 K USD (2018). ' +
      'Publishing patient content without a valid authorization is a violation, so those findings are critical: they must stop publication. ' +
      'The consent reference is checked against `compliance.consents` when the plan keeps consent records; otherwise its text is read, in English, Swedish, French, Romanian and Spanish, for the kinds of document that are not an authorization.',
    source:
      '45 CFR 164.501, 164.508(a)(3), (b)(2)-(4) and (c), 164.520(c)(2)(ii), as of 2013-01; HHS OCR settlements with NewYork-Presbyterian (2016) and Boston hospitals (2018); ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA',
    fix: "Record the signed authorization under `compliance.consents` (kind: hipaa-authorization, covers: [social-media], signed, expires, revocable: true) and name its id in the entry's `consent_ref`.",
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-20\n      type: patient-story\n      involves_patient: true\n      consent_ref: verbal OK at chairside',
      pass:
        'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-20\n      type: patient-story\n      involves_patient: true\n      consent_ref: AUTH-2027-004\n' +
        'compliance:\n  hipaa:\n    patient_content_consent: written-authorization\n  consents:\n    - id: AUTH-2027-004\n      kind: hipaa-authorization\n      covers: [social-media, website]\n' +
        '      signed: 2027-01-05\n      expires: 2028-01-05\n      revocable: true\n      standalone: true\n      condition_of_care: false',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = consentFindings(plan, ctx, 'hipaa');
    const entries = patientEntries(plan, ctx);
    // The authorization form itself: a section of an admission or registration packet, or a form
    // that must be signed to be admitted or treated, is not a valid authorization.
    const form = plan.compliance?.hipaa?.consent_form;
    if (typeof form === 'string' && form.trim() !== '') {
      const w = words(ctx);
      const tokens = fold(form).split(' ');
      const combined = findTerms(tokens, w.consentCombined)[0];
      const conditioned = findTerms(tokens, w.consentConditioned)[0];
      if (combined || conditioned) {
        const said = [combined && quote(showTerm(combined.term)), conditioned && quote(showTerm(conditioned.term))].filter(Boolean).join(' and ');
        const law = [
          combined && 'an authorization for marketing cannot be combined with another document (45 CFR 164.508(b)(3))',
          conditioned && 'treatment, admission or registration cannot depend on signing it (164.508(b)(4))',
        ].filter(Boolean);
        out.push(
          finding(
            '/compliance/hipaa/consent_form',
            `the authorization form is described as ${said}: ${law.join(', and ')}, so it is not a valid authorization`,
            {
              severity: entries.length > 0 ? 'critical' : 'error',
              hint: 'Use a separate marketing authorization that patients may refuse without any effect on their care, and record each signed one under `compliance.consents`.',
            },
          ),
        );
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
              : `the plan has ${n} patient-content entr${n === 1 ? 'y' : 'ies'} but its patient-content consent is ${quote(consent)}, not a written authorization (45 CFR 164.508(a)(3))`,
            { severity: consent === undefined ? 'error' : 'critical' },
          ),
        );
      }
    }
    return out;
  },
});
