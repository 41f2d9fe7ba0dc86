import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, strings } from '../helpers.js';
import { PAID_CATEGORIES } from './helpers.js';

export const rule = defineRule<{ paidCategories: string[] }>({
  meta: {
    id: 'budget/expected-return',
    category: 'budget-roi',
    severity: 'warning',
    description: 'Paid lines (paid media, influencers, agency) state the return they are expected to bring.',
    rationale:
      '"Click, Like, Retweet: Healthcare Reputation Online" asks to "measure the return on investment for paid ads and social media promotions" every week, and the article "How to develop a social media strategy for healthcare marketing" ' +
      '(step 3) ties spend to ROI. Without an expected return stated up front (e.g. a target cost per booking: ' +
      'healthcare search leads cost about 33 USD, LocalIQ 2021) a paid line cannot be judged a success or a waste.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: ROI; "Click, Like, Retweet: Healthcare Reputation Online": weekly measurement of paid ROI',
    fix: 'Add `expected_return:` to the line, e.g. "cost per booking under 40 USD".',
    options: {
      paidCategories: {
        type: 'string[]',
        default: [...PAID_CATEGORIES],
        description: 'Budget categories that count as paid and need an expected return.',
      },
    },
    examples: {
      fail: 'budget:\n  lines:\n    - item: Meta paid promotion\n      category: paid-media\n      amount: 15000',
      pass: 'budget:\n  lines:\n    - item: Meta paid promotion\n      category: paid-media\n      amount: 15000\n      expected_return: "cost per booking under 40 USD"',
    },
  },
  notApplicable: (plan, ctx) =>
    items(plan.budget?.lines).some(([l]) => strings(ctx.options.paidCategories).includes(l.category ?? '')) ? undefined : 'the budget has no paid lines',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const paid = strings(ctx.options.paidCategories);
    for (const [l, i] of items(plan.budget?.lines)) {
      if (!paid.includes(l.category ?? '') || present(l.expected_return)) continue;
      out.push(finding(pointer('budget', 'lines', i, 'expected_return'), `${label('budget line', l.item, i)} (${l.category}) states no expected return`));
    }
    return out;
  },
});
