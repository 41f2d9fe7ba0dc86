import type { Plan, RuleContext } from '../../types.js';
import { defineRule, finding, isPatientContent, items, pointer, strings } from '../helpers.js';

/** Roles that count as a compliance or legal review, in the languages the seeds are written in. */
const REVIEW = /compliance|legal|privacy|regulatory|dpo|counsel|hipaa|juridi|jurist|efterlevnad|dataskydd|conformit|juriste|protection des donn|conformitate/i;

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
      'FTC disclosures; a workflow in which only marketing reviews such a post is how the NewYork-Presbyterian (2.2 M USD) and review-reply ' +
      'penalties happened. Process and leadership come first in seed 003 (steps 1 and 2).',
    source: 'Seed 003, steps 1-2: leadership and process; seed 002: HIPAA written consent; 45 CFR 164.508; FTC 16 CFR 255',
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
    if (roles.some((r) => REVIEW.test(r))) return [];
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
