import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'budget/line-kpi',
    category: 'budget-roi',
    severity: 'warning',
    description: 'Every budget line names the KPI that shows its return.',
    rationale:
      '"Whatever you decide to spend, money or time, track the performance of your content against the time and money you ' +
      'put in: that is your ROI" (the article "How to develop a social media strategy for healthcare marketing", step 3). Without a KPI per line nobody can tell which spend works and where ' +
      'to redeploy budget ("What does it take to implement a strategic healthcare social media program?", step 5).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: track ROI; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5: measure everything, redeploy budget',
    fix: 'Add `kpi:` to the line, e.g. cost_per_booking or engagement_rate.',
    examples: {
      fail: 'budget:\n  lines:\n    - item: Short-video production\n      amount: 9000',
      pass: 'budget:\n  lines:\n    - item: Short-video production\n      amount: 9000\n      kpi: engagement_rate',
    },
  },
  notApplicable: (plan) => (items(plan.budget?.lines).length === 0 ? 'the budget has no lines (budget/exists reports it)' : undefined),
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [l, i] of items(plan.budget?.lines)) {
      if (!present(l.kpi)) out.push(finding(pointer('budget', 'lines', i, 'kpi'), `${label('budget line', l.item, i)} names no KPI`));
    }
    return out;
  },
});
