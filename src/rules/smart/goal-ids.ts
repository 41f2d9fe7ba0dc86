import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, pointer, quote, withoutGoals } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'smart/goal-ids',
    category: 'goals',
    severity: 'error',
    description: 'Every goal has an id, and no two goals share one.',
    rationale:
      'Channels, budget lines and KPIs point at goals by id; that is how a reader traces spend and measurement back to a goal ' +
      '("the more traceable your goal, the easier it is to see whether you reached it", the article "How to develop a social media strategy for healthcare marketing", step 1). A duplicate id ' +
      'makes every reference ambiguous (an error); a goal without an id cannot be referenced at all (a warning).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: traceable goals; strategy format: ids are unique within their list',
    fix: 'Give each goal a unique kebab-case `id`.',
    examples: {
      fail: 'goals:\n  - id: bookings\n  - id: bookings',
      pass: 'goals:\n  - id: bookings\n  - id: trusted-source',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const out: RuleFinding[] = [];
    const seen = new Map<string, number>();
    for (const [g, i] of items(plan.goals)) {
      if (typeof g.id !== 'string' || g.id.trim() === '') {
        out.push(finding(pointer('goals', i), `goal ${i + 1} has no id: channels, budget lines and KPIs cannot refer to it`, { severity: 'warning' }));
        continue;
      }
      const first = seen.get(g.id);
      if (first !== undefined) {
        out.push(finding(pointer('goals', i, 'id'), `goal id ${quote(g.id)} is used twice (also goal ${first + 1}): references to it are ambiguous`));
      } else seen.set(g.id, i);
    }
    return out;
  },
});
