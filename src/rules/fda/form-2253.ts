import { defineRule, finding, items, regulations, strings } from '../helpers.js';
import { fdaApplies, fdaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'fda/form-2253',
    category: 'compliance',
    severity: 'error',
    description: 'A US prescription drug plan submits each promotional piece (posts, ads, creator content) to FDA on Form FDA 2253 at the time of first use.',
    rationale:
      "Promotional labeling and advertisements for prescription drugs must be submitted to FDA's Office of Prescription Drug Promotion on Form FDA 2253 at the time of initial dissemination or publication (21 CFR 314.81(b)(3)(i); for biologics 601.12(f)(4)); social-media posts, paid ads and creator content are such pieces. " +
      'A plan with a weekly posting cadence needs the submission as a step of its approval workflow, or pieces go out unsubmitted. Medical devices have no such submission and are skipped.',
    source: '21 CFR 314.81(b)(3)(i) and 601.12(f)(4), as of 2024-01-01',
    fix: 'Add the Form FDA 2253 submission at first use to the approval workflow (e.g. `approval_workflow: [medical, legal, regulatory, fda-2253]`) and set `compliance.fda.form_2253: true`.',
    laws: ['fda-2253'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, medical]\ncontent:\n  calendar:\n    - date: 2027-05-04\n      type: promotional\n      risk_information: true',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, medical, legal, regulatory]\ncontent:\n  calendar:\n    - date: 2027-05-04\n      type: promotional\n      risk_information: true\ncompliance:\n  fda:\n    form_2253: true',
    },
  },
  notApplicable(plan, ctx) {
    const skip = fdaSkipReason(plan, ctx, true);
    if (skip) return skip;
    const r = regulations(ctx);
    const promotes = items(plan.content?.calendar).some(
      ([e]) =>
        (typeof e.type === 'string' && (r.fda.promotionalTypes.includes(e.type) || r.endorsements.calendarTypes.includes(e.type))) ||
        e.material_connection === true,
    );
    const paid = items(plan.budget?.lines).some(([l]) => l.category === 'paid-media' || l.category === 'influencers');
    return promotes || paid ? undefined : 'the plan has no promotional post, creator post or paid media';
  },
  appliesBecause: (plan, ctx) => fdaApplies(plan, ctx),
  check(plan) {
    const f = plan.compliance?.fda?.form_2253;
    if (f === true) return [];
    const workflow = strings(plan.governance?.approval_workflow).join(' ');
    if (/2253|\bopdp\b|fda submission/i.test(workflow)) return [];
    if (f === false)
      return [finding('/compliance/fda/form_2253', 'promotional pieces are not submitted to FDA on Form FDA 2253 at first use (21 CFR 314.81(b)(3)(i))')];
    return [
      finding(
        '/governance/approval_workflow',
        'the approval workflow has no step that submits each promotional piece to FDA on Form FDA 2253 at first use (21 CFR 314.81(b)(3)(i)), and compliance.fda.form_2253 is not set',
      ),
    ];
  },
});
