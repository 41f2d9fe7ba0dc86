// The reviews/ rules (category compliance): rewards for reviews and review suppression (16 CFR 465
// in the US, Directive 2005/29/EC in the EU, the DMCC Act 2024 in the UK).
import { ruleTester } from '../rule-tester.js';

const line = (item: string, j = 'US') => `organization: {jurisdictions: [${j}]}\nbudget:\n  lines:\n    - item: "${item}"\n      amount: 1000\n`;

ruleTester('reviews/incentives', {
  valid: [
    { name: 'asking every patient for an honest review, no reward', yaml: line('Review-request emails after each visit (no reward)') },
    { name: 'a gift card for a raffle among newsletter subscribers (no review)', yaml: line('Gift card raffle for newsletter subscribers') },
    {
      name: 'a free clinic day is not a review reward',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-01\n      type: event\n      topic: "Pain-free smiles: our team at the free dental clinic"\n',
    },
  ],
  invalid: [
    {
      name: 'probe: gift cards only for five-star Google reviews',
      yaml: line('Review rewards: 25 USD Amazon gift card for every patient who posts a 5-star Google review'),
      findings: [
        {
          pointer: '/budget/lines/0/item',
          severity: 'critical',
          message:
            "ties a reward (`reward…`) to reviews that say something particular (`5 star…`): incentives conditioned on a review's sentiment are forbidden (16 CFR 465.4)",
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: 'in Swedish, under EU law',
      yaml: line('Presentkort till patienter som ger oss fem stjärnor i sin recension', 'SE'),
      findings: [{ pointer: '/budget/lines/0/item', severity: 'critical', message: 'forbidden (Directive 2005/29/EC Annex I points 23b-23c)' }],
    },
    {
      name: 'a reward for any review must be disclosed',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-01\n      type: promotional\n      topic: "Spring special: leave us a review and get 10 percent off"\n',
      findings: [
        {
          pointer: '/content/calendar/0/topic',
          severity: 'warning',
          message: 'offers a reward (`percent off`) for reviews: each such review has a material connection that must be disclosed (16 CFR 255.5)',
        },
      ],
    },
  ],
  notApplicable: [{ name: 'a plan for Canada', yaml: line('Gift cards for five-star reviews', 'CA'), reason: 'this plan names CA' }],
});

ruleTester('reviews/suppression', {
  valid: [
    {
      name: 'never confirm, offer a phone number',
      yaml: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: Never confirm that a reviewer is a patient; offer the patient-relations number\n',
    },
  ],
  invalid: [
    {
      name: 'probe: a refund if the reviewer takes the review down',
      yaml: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    review_response_policy: For negative reviews, offer a refund if the reviewer agrees to take the review down.\n',
      findings: [
        {
          pointer: '/compliance/hipaa/review_response_policy',
          severity: 'error',
          message:
            'offers a reward (`refund…`) for taking a review down (`take … review down`): buying the removal of honest reviews is review suppression (16 CFR 465.7; FTC Act s.5)',
        },
      ],
    },
    {
      name: 'threatening reviewers with legal action',
      yaml: 'organization: {jurisdictions: [GB]}\nengagement:\n  escalation: Reviewers who post false one-star reviews get a letter threatening legal action\n',
      findings: [
        {
          pointer: '/engagement/escalation',
          message: 'threatens reviewers (`legal action`): suppressing reviews by threats or intimidation is forbidden (DMCC Act 2024 Sch. 20)',
        },
      ],
    },
  ],
  notApplicable: [{ name: 'no jurisdiction', yaml: 'organization: {name: Clinic}\n', reason: 'names no jurisdiction' }],
});
