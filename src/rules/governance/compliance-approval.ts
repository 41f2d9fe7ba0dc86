import type { Plan, RuleContext } from '../../types.js';
import { defineRule, finding, isPatientContent, items, pointer, strings, usCodes, words } from '../helpers.js';
import { hasTerm } from '../../knowledge/words.js';

function patientContent(plan: Plan, ctx: RuleContext): { ptr: string } | undefined {
  for (const [e, i] of items(plan.content?.calendar)) {
    if (isPatientContent(e, ctx)) return { ptr: pointer('content', 'calendar', i) };
  }
  return undefined;
}
function paidPromotion(plan: Plan): { ptr: string } | undefined {
  for (const [l, i] of items(plan.budget?.lines)) {
    if (l.category === 'paid-media' || l.category === 'influencers') return { ptr: pointer('budget', 'lines', i) };
  }
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'governance/compliance-approval',
    category: 'governance',
    severity: 'error',
    description: 'The approval workflow includes compliance (or legal) whenever the plan has patient content or paid promotion.',
    rationale:
      'Patient stories, testimonials and photos need a signed HIPAA authorization (45 CFR 164.508) and paid or influencer posts need ' +
      'FTC disclosures; content that marketing alone approves is how patient information ends up published without authorization: NewYork-Presbyterian paid 2.2 M USD (HHS OCR, 2016) for letting a TV crew film patients without their authorization, and review replies that disclosed care cost practices 10-50 K USD (2019-2023). ' +
      'Process and leadership come first ("What does it take to implement a strategic healthcare social media program?", steps 1 and 2). ' +
      'Roles are read in English, Swedish, French, Romanian and Spanish (`cumplimiento`, `juridik`, `conformité`, `conformitate`, `privacy-office`, …); the word lists can be extended with a knowledge file.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 1-2: leadership and process; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA; 45 CFR 164.508; 16 CFR 255',
    fix: 'Add `compliance` (or `legal`) to `governance.approval_workflow:`, e.g. [marketing, compliance].',
    examples: {
      fail: 'governance:\n  approval_workflow: [marketing]\ncontent:\n  calendar:\n    - {date: 2027-01-20, channel: instagram, type: patient-story, involves_patient: true}',
      pass: 'governance:\n  approval_workflow: [marketing, compliance]\ncontent:\n  calendar:\n    - {date: 2027-01-20, channel: instagram, type: patient-story, involves_patient: true}',
    },
  },
  notApplicable(plan, ctx) {
    return patientContent(plan, ctx) || paidPromotion(plan) ? undefined : 'the plan has no patient content and no paid promotion';
  },
  check(plan, ctx) {
    const roles = strings(plan.governance?.approval_workflow);
    const review = words(ctx).complianceRoles;
    if (roles.some((r) => hasTerm(r, review))) return [];
    // Outside HIPAA, a clinic's medical director reviewing patient content is an accountable
    // review (the controller's, under GDPR Art. 5(2) and 24); under HIPAA the privacy official is.
    if (usCodes(ctx).length === 0 && roles.some((r) => hasTerm(r, words(ctx).clinicalLeadRoles))) return [];
    const patient = patientContent(plan, ctx);
    const what = patient ? 'patient content' : 'paid promotion';
    const at = '/governance/approval_workflow';
    const msg = roles.length
      ? `the plan has ${what} but its approval workflow has no compliance or legal review`
      : `the plan has ${what} but no approval workflow`;
    // Patient content without compliance review is an error; paid promotion alone a warning.
    return [finding(at, msg, patient ? {} : { severity: 'warning' })];
  },
});
