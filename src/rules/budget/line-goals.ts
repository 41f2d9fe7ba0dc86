import type { RuleFinding } from '../../types.js';
import { defineRule, didYouMean, finding, goalIds, items, label, pointer, quote, strings } from '../helpers.js';

const noLines = 'the budget has no lines (budget/exists reports it)';

export const rule = defineRule({
  meta: {
    id: 'budget/line-goals',
    category: 'budget-roi',
    severity: 'error',
    description: 'Every budget line names the goals it serves, and those goals exist.',
    rationale:
      'The return on social spend "is closely tied to the goals you set in step 1" (the article "How to develop a social media strategy for healthcare marketing", step 3). A line that names ' +
      'no goal cannot be judged (a warning); a line that names an undeclared goal, usually a typo, is untraceable (an error, ' +
      'with the closest goal id suggested).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 3: track ROI against the goals',
    fix: "List the ids of the goals this spend serves under the line's `goals`.",
    examples: {
      fail: 'goals:\n  - id: bookings\nbudget:\n  lines:\n    - item: Meta ads\n      goals: [booking]',
      pass: 'goals:\n  - id: bookings\nbudget:\n  lines:\n    - item: Meta ads\n      goals: [bookings]',
    },
  },
  notApplicable: (plan) => (items(plan.budget?.lines).length === 0 ? noLines : undefined),
  check(plan) {
    const out: RuleFinding[] = [];
    const ids = goalIds(plan);
    for (const [l, i] of items(plan.budget?.lines)) {
      const name = label('budget line', l.item, i);
      if (strings(l.goals).length === 0) {
        out.push(finding(pointer('budget', 'lines', i, 'goals'), `${name} names no goal it serves`, { severity: 'warning' }));
        continue;
      }
      (l.goals ?? []).forEach((id, j) => {
        if (typeof id !== 'string' || ids.has(id)) return;
        const dym = didYouMean(id, ids);
        out.push(
          finding(pointer('budget', 'lines', i, 'goals', j), `${name} names goal ${quote(id)}, which is not declared${dym.tail}`, {
            suggestion: dym.suggestion,
            hint: dym.suggestion ? `Replace ${quote(id)} with ${quote(dym.suggestion)}.` : `Declare goal ${quote(id)} under \`goals\`, or remove it here.`,
          }),
        );
      });
    }
    return out;
  },
});
