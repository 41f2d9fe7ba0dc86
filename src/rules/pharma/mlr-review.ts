import { defineRule, finding, scope, strings } from '../helpers.js';
import { makerName, makerSkipReason } from './helpers.js';

/** Reviewer roles of medical, legal and regulatory review, in the plan's languages. */
const ROLES: { role: 'medical' | 'legal' | 'regulatory'; test: RegExp }[] = [
  { role: 'medical', test: /medic|médic|clinical|physician|läkar|medicinsk|doctor/i },
  { role: 'legal', test: /legal|counsel|lawyer|attorney|juri|avocat|advokat|abogad/i },
  { role: 'regulatory', test: /regulat|réglement|reglement|regulator/i },
];

export const rule = defineRule({
  meta: {
    id: 'pharma/mlr-review',
    category: 'compliance',
    severity: 'error',
    description: 'A drug or device maker has every promotional piece reviewed by medical, legal and regulatory reviewers (MLR) before it is published.',
    rationale:
      'Medical, legal and regulatory (MLR) review is how manufacturers keep claims within the label, balance benefit with risk, catch off-label and comparative claims and prepare the FDA submission; it is industry practice rather than a rule of law (PhRMA Guiding Principles on Direct to Consumer Advertisements; in Europe the EFPIA and national codes), but without it the legal duties of fda/risk-information, fda/off-label and fda/form-2253 are left to chance. ' +
      'A brand and agency workflow with one medical reviewer is not MLR. The source articles ask for a defined approval process ("What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 2: process). Device makers get a warning.',
    source:
      'PhRMA Guiding Principles on Direct to Consumer Advertisements About Prescription Medicines (revised 2018; practice, not law); "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 2',
    fix: 'Add medical, legal and regulatory reviewers to `governance.approval_workflow` (e.g. `[brand, medical, legal, regulatory]` or `mlr`).',
    laws: ['phrma-dtc'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, agency, medical]',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, medical, legal, regulatory]',
    },
  },
  notApplicable: (plan, ctx) => makerSkipReason(plan, ctx),
  appliesBecause: (plan, ctx) => `MLR review is the practice for ${makerName(plan, ctx)}`,
  check(plan, ctx) {
    const roles = strings(plan.governance?.approval_workflow);
    const text = roles.join(' ');
    if (/\bmlr\b|\bprc\b/i.test(text)) return [];
    const missing = ROLES.filter((r) => !roles.some((x) => r.test.test(x))).map((r) => r.role);
    if (missing.length === 0) return [];
    const severity = scope(plan, ctx).manufacturer === 'pharma' ? 'error' : 'warning';
    return [
      finding(
        '/governance/approval_workflow',
        `the approval workflow has no ${missing.join(', ')} review: promotional pieces of ${makerName(plan, ctx)} go out without medical, legal and regulatory (MLR) review (practice, not law)`,
        { severity },
      ),
    ];
  },
});
