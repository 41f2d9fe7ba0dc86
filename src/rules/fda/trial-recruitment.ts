import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, items, pointer, quote, scope, strings, words } from '../helpers.js';

/** A cheap test first (most posts recruit no one), then the word lists. */
const MENTIONS_RECRUITING = /enrol|recruit|volunt|qualify|take part|sign up|join (?:our|the)|deltagare|delta i|particip|recrut|reclut|caut[aă]m/i;
function recruits(text: string, negators: Parameters<typeof affirmed>[2]): boolean {
  return MENTIONS_RECRUITING.test(text) && affirmed(text, LAW_TERMS.trialRecruitment, negators).length > 0;
}

export const rule = defineRule({
  meta: {
    id: 'fda/trial-recruitment',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'In a US plan, posts and ads that recruit for a clinical trial make no claim that the investigational product cures or is safe or effective, and go through the IRB.',
    rationale:
      'An investigational drug may not be represented as safe or effective for the use under investigation (21 CFR 312.7(a)). Recruitment ads are part of informed consent: the IRB reviews them (21 CFR 50.20, 56.111), and FDA\'s guidance "Recruiting Study Subjects" (guidance) says they must not promise a cure, call the product new or improved treatment, or stress free care. ' +
      'A post that calls a trial product "a new cure" misleads patients who may then consent for the wrong reason: it stops publication (critical). A recruitment post with no IRB step in the plan is a warning. Hospitals and research centres recruit on social media as much as manufacturers do, so any US plan is checked.',
    source: '21 CFR 312.7(a), 50.20 and 56.111, as of 2024-01-01; FDA, "Recruiting Study Subjects: Information Sheet" (guidance)',
    fix: 'Describe the study neutrally (what it tests, who can join, what taking part involves), with no claim of cure or benefit, and have the IRB approve the wording before it is posted.',
    laws: ['fda-trial-recruitment'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-02-01\n      type: promotional\n      topic: "Now enrolling: the RIDGE trial, a new cure for lymphoma"',
      pass: 'organization: {jurisdictions: [US]}\ngovernance:\n  approval_workflow: [marketing, irb]\ncontent:\n  calendar:\n    - date: 2027-02-01\n      type: promotional\n      topic: "Now enrolling: a study of an investigational treatment for relapsed lymphoma (IRB-approved text)"',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (!s.us) return `the FDA rules on clinical-trial recruitment apply to US plans; this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    const negators = words(ctx).negators;
    const any = items(plan.content?.calendar).some(([e]) => recruits(`${e.topic ?? ''}\n${e.copy ?? ''}`, negators));
    return any ? undefined : 'the plan has no post that recruits for a clinical trial';
  },
  appliesBecause: () => 'FDA rules on investigational products apply to recruitment aimed at US patients',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const irbInPlan = affirmed(strings(plan.governance?.approval_workflow).join('; '), LAW_TERMS.irb, negators).length > 0;
    for (const [e, i] of items(plan.content?.calendar)) {
      const text = `${e.topic ?? ''}\n${e.copy ?? ''}`;
      if (!recruits(text, negators)) continue;
      const claim = affirmed(text, LAW_TERMS.trialClaims, negators)[0];
      const at = pointer('content', 'calendar', i, 'topic');
      if (claim) {
        out.push(
          finding(
            at,
            `${entryName(e, i)} recruits for a trial and calls the investigational product ${quote(showTerm(claim.term))}: it may not be represented as safe or effective, and recruitment ads make no claim of cure or benefit (21 CFR 312.7(a); FDA "Recruiting Study Subjects", guidance)`,
            {
              severity: 'critical',
            },
          ),
        );
      } else if (!irbInPlan && affirmed(text, LAW_TERMS.irb, negators).length === 0) {
        out.push(
          finding(at, `${entryName(e, i)} recruits for a trial, and nothing shows the IRB approved its wording (21 CFR 50.20, 56.111)`, {
            severity: 'warning',
            hint: 'Add the IRB (or the clinical research office) to `governance.approval_workflow`, and post only the approved text.',
          }),
        );
      }
    }
    return out;
  },
});
