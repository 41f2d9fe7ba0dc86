import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, present } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'budget/exists',
    category: 'budget-roi',
    severity: 'error',
    weight: 2,
    description: 'The plan has a budget with a total above zero, a currency and lines.',
    rationale:
      '"The perception that social media is free is wrong" (the article "How to develop a social media strategy for healthcare marketing", step 3): running a presence takes tools, content, ' +
      'paid promotion and staff time, and the return on that spend is measured against the goals. A plan with no budget, or ' +
      'a budget of zero, cannot be funded or judged (an error); a total without lines cannot be tied to goals (a warning).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: set your marketing budget; "Click, Like, Retweet: Healthcare Reputation Online": invest budget in social',
    fix: 'Add `budget:` with `currency`, `total`, `period` and `lines` (item, category, amount, goals, kpi).',
    examples: {
      fail: 'budget:\n  currency: USD\n  total: 0',
      pass: 'budget:\n  currency: USD\n  total: 42000\n  period: year\n  lines:\n    - item: Meta paid promotion\n      category: paid-media\n      amount: 15000',
    },
  },
  check(plan) {
    const b = plan.budget;
    if (b === undefined || b === null) {
      return [
        finding('/budget', 'the plan has no budget: social media is not free, and spend cannot be tied to the goals', {
          hint: 'Add `budget:` with `currency`, `total` and `lines` that name the goals they serve.',
          absent: true,
        }),
      ];
    }
    const out: RuleFinding[] = [];
    const lines = items(b.lines);
    if (b.total === 0) {
      out.push(finding('/budget/total', 'the budget total is 0: even organic work costs staff time and tools'));
    } else if (typeof b.total !== 'number') {
      out.push(finding('/budget/total', 'the budget has no `total`', { severity: 'warning' }));
    }
    if (lines.length === 0) {
      out.push(finding('/budget/lines', 'the budget has no lines: nothing says what the money buys or which goal it serves', { severity: 'warning' }));
    }
    if (!present(b.currency)) {
      out.push(
        finding('/budget/currency', 'the budget does not say its currency', { severity: 'info', hint: 'Add `currency:` (ISO 4217, e.g. USD, SEK, EUR).' }),
      );
    }
    return out;
  },
});
