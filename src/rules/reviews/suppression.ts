import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, finding, quote, words } from '../helpers.js';
import { MENTIONS_REVIEWS, reviewLaws, reviewSkip, reviewTexts } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'reviews/suppression',
    category: 'compliance',
    severity: 'error',
    description: 'The plan never trades a refund, discount or favour for taking a review down, and never threatens reviewers.',
    rationale:
      'The FTC rule on consumer reviews forbids suppressing reviews by unfounded legal threats, intimidation or false accusations, and presenting the reviews shown as all or most of them when negative ones were suppressed (16 CFR 465.7, in force 21 October 2024). ' +
      'Offering a refund only if the reviewer removes a negative review is not named in the rule, but it buys the removal of honest criticism and misleads every later reader: a deceptive practice under FTC Act s.5 (and a misleading practice in the EU, Directive 2005/29/EC Art. 6-7). Contract clauses that forbid patients to post reviews are void under the Consumer Review Fairness Act (15 U.S.C. 45b). ' +
      'Hiding negative comments in moderation is judged by engagement/moderation; this rule reads the deals and threats. Texts are read in English, Swedish, French, Romanian and Spanish.',
    source:
      '16 CFR 465.7, as of 2024-10-21; FTC Act s.5, 15 U.S.C. 45(a); Directive 2005/29/EC Art. 6-7 and Annex I point 23b; "Click, Like, Retweet: Healthcare Reputation Online", section on listening and responding',
    fix: 'Resolve the complaint on its merits without asking for the review to be removed; answer once in public and move the conversation to a private channel.',
    laws: ['ftc-465', 'ftc-act-5', 'eu-ucpd', 'uk-dmcc'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Offer a refund if the reviewer agrees to take the review down',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Never confirm that a reviewer is a patient; offer the patient-relations number',
    },
  },
  notApplicable: (plan, ctx) => reviewSkip(plan, ctx),
  appliesBecause: (plan, ctx) => `applies under ${reviewLaws(plan, ctx).suppression.join('; ')}`,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const laws = reviewLaws(plan, ctx).suppression.join('; ');
    for (const [ptr, text] of reviewTexts(plan)) {
      if (!MENTIONS_REVIEWS.test(text)) continue;
      const removal = affirmed(text, LAW_TERMS.reviewRemoval, negators);
      const incentives = affirmed(text, LAW_TERMS.incentive, negators);
      const deal = removal.map((r) => ({ r, x: incentives.find((x) => x.clause === r.clause) })).find((p) => p.x);
      if (deal) {
        out.push(
          finding(
            ptr,
            `this offers a reward (${quote(showTerm(deal.x!.term))}) for taking a review down (${quote(showTerm(deal.r.term))}): buying the removal of honest reviews is review suppression (${laws})`,
          ),
        );
        continue;
      }
      const threat = affirmed(text, LAW_TERMS.reviewThreat, negators).find((t) =>
        affirmed(text, LAW_TERMS.review, negators).some((r) => r.clause === t.clause),
      );
      if (threat)
        out.push(
          finding(ptr, `this threatens reviewers (${quote(showTerm(threat.term))}): suppressing reviews by threats or intimidation is forbidden (${laws})`),
        );
    }
    return out;
  },
});
