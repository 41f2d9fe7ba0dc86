import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items } from '../helpers.js';
import { thousands } from '../../util/text.js';

const money = (n: number) => thousands(n);

export const rule = defineRule({
  meta: {
    id: 'budget/total',
    category: 'budget-roi',
    severity: 'error',
    description: 'The budget lines add up to at most the budget total.',
    rationale:
      '"Set a realistic budget and build a strategy that works within it" (the article "How to develop a social media strategy for healthcare marketing", step 3). Lines that add up to more ' +
      'than the total mean the plan spends money it does not have: one of the two numbers is wrong.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: set a realistic budget and work within it',
    fix: 'Cut or move lines until they fit the total, or raise `budget.total` to what has been approved.',
    examples: {
      fail: 'budget:\n  total: 10000\n  lines:\n    - item: Meta ads\n      amount: 8000\n    - item: Video\n      amount: 4000',
      pass: 'budget:\n  total: 12000\n  lines:\n    - item: Meta ads\n      amount: 8000\n    - item: Video\n      amount: 4000',
    },
  },
  notApplicable: (plan) =>
    typeof plan.budget?.total !== 'number'
      ? 'the budget has no total (budget/exists reports it)'
      : items(plan.budget?.lines).length === 0
        ? 'the budget has no lines (budget/exists reports it)'
        : undefined,
  check(plan) {
    const total = plan.budget!.total!;
    const sum = items(plan.budget?.lines).reduce((s, [l]) => s + (typeof l.amount === 'number' ? l.amount : 0), 0);
    const out: RuleFinding[] = [];
    // Compare in cents so that 0.1 + 0.2 does not exceed 0.3.
    if (Math.round(sum * 100) > Math.round(total * 100)) {
      const currency = typeof plan.budget?.currency === 'string' ? ' ' + plan.budget.currency : '';
      out.push(
        finding(
          '/budget/total',
          `the budget lines add up to ${money(sum)}${currency}, ${money(sum - total)}${currency} more than the total of ${money(total)}${currency}`,
        ),
      );
    }
    return out;
  },
});
