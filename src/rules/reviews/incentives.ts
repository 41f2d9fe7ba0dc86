import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, finding, quote, scope, words } from '../helpers.js';
import { MENTIONS_REVIEWS, reviewLaws, reviewSkip, reviewTexts } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'reviews/incentives',
    category: 'compliance',
    severity: 'critical',
    description: 'The plan offers no reward for reviews that depends on what the review says (five stars, positive), and discloses any reward for a review.',
    rationale:
      'Since 21 October 2024 the FTC rule on consumer reviews forbids giving compensation or another incentive conditioned, expressly or by implication, on a review expressing a particular sentiment (16 CFR 465.4), with civil penalties per violation; gift cards for five-star reviews are the textbook case, and such a tactic stops publication (critical). ' +
      'A reward for any honest review is not banned, but the review then has a material connection that must be disclosed (16 CFR 255.5) and most review sites forbid it (a warning). EU law bans commissioning false or misleading consumer reviews (Directive 2005/29/EC Annex I points 23b-23c, added by Directive (EU) 2019/2161) and the UK bans fake and incentivised reviews (DMCC Act 2024 Sch. 20, from 6 April 2025). ' +
      'Budget lines, posts, goals and policies are read in English, Swedish, French, Romanian and Spanish; the finding names the words that triggered it.',
    source:
      '16 CFR 465.4 (Trade Regulation Rule on the Use of Consumer Reviews and Testimonials, 89 FR 68034), as of 2024-10-21; 16 CFR 255.5, as of 2023-07-26; Directive 2005/29/EC Annex I points 23b-23c; Digital Markets, Competition and Consumers Act 2024, Schedule 20, as of 2025-04-06',
    fix: 'Ask every patient for an honest review with no reward, or offer the same reward whatever the rating and disclose it; never tie a reward to the rating.',
    laws: ['ftc-465', 'ftc-255', 'eu-ucpd', 'uk-dmcc'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\nbudget:\n  lines:\n    - item: 25 USD gift cards for patients who leave a five-star Google review\n      amount: 3000',
      pass: 'organization: {jurisdictions: [US]}\nbudget:\n  lines:\n    - item: Review-request emails after each visit (no reward, all patients)\n      amount: 3000',
    },
  },
  notApplicable: (plan, ctx) => reviewSkip(plan, ctx),
  appliesBecause: (plan, ctx) => `applies under ${reviewLaws(plan, ctx).incentive.join('; ')}`,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const laws = reviewLaws(plan, ctx).incentive.join('; ');
    const us = scope(plan, ctx).us;
    for (const [ptr, text] of reviewTexts(plan)) {
      if (!MENTIONS_REVIEWS.test(text)) continue;
      const incentives = affirmed(text, LAW_TERMS.incentive, negators);
      if (incentives.length === 0) continue;
      const reviews = affirmed(text, LAW_TERMS.review, negators);
      const pair = incentives.map((x) => ({ x, r: reviews.find((r) => r.clause === x.clause) })).find((p) => p.r);
      if (!pair) continue;
      const removal = affirmed(text, LAW_TERMS.reviewRemoval, negators).some((h) => h.clause === pair.x.clause);
      if (removal) continue; // a reward for removing a review: reviews/suppression reports it
      const positive = affirmed(text, LAW_TERMS.positiveSentiment, negators).find((h) => h.clause === pair.x.clause);
      if (positive) {
        out.push(
          finding(
            ptr,
            `this ties a reward (${quote(showTerm(pair.x.term))}) to reviews that say something particular (${quote(showTerm(positive.term))}): incentives conditioned on a review's sentiment are forbidden (${laws})`,
            {
              hint: 'Drop the reward, or offer the same one for any honest review and disclose it; never tie it to the rating.',
            },
          ),
        );
      } else {
        out.push(
          finding(
            ptr,
            `this offers a reward (${quote(showTerm(pair.x.term))}) for reviews: each such review has a material connection that must be disclosed (${us ? '16 CFR 255.5' : laws}), and review sites such as Google forbid incentivised reviews`,
            {
              severity: 'warning',
              hint: 'Ask for honest reviews without a reward, or make sure every rewarded review says it was rewarded.',
            },
          ),
        );
      }
    }
    return out;
  },
});
