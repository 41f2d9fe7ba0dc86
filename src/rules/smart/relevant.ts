import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, quote, strings, withoutGoals } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'smart/relevant',
    category: 'goals',
    severity: 'warning',
    weight: 2,
    description: 'Every goal names the business objective it serves and is pursued by at least one channel or budget line.',
    rationale:
      'Goals "must be aligned with your business objectives and clinical priorities" (the article "How to develop a social media strategy for healthcare marketing", step 1), and the budget ' +
      'return "is closely tied to the goals you set" (step 3). A goal that no channel works toward and no budget line pays for ' +
      'is a wish, not part of the plan.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1 (Relevant) and step 3: tie the budget to the goals',
    fix: "Add `business_objective:` and list the goal id under a channel's `goals` or a budget line's `goals`.",
    examples: {
      fail: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\nchannels:\n  - platform: instagram\n    goals: []',
      pass: 'goals:\n  - id: bookings\n    business_objective: Fill the new Saturday clinic\nchannels:\n  - platform: instagram\n    goals: [bookings]',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const out: RuleFinding[] = [];
    const used = new Set<string>();
    for (const [c] of items(plan.channels)) strings(c.goals).forEach((id) => used.add(id));
    for (const [l] of items(plan.budget?.lines)) strings(l.goals).forEach((id) => used.add(id));
    for (const [g, i] of items(plan.goals)) {
      const at = pointer('goals', i);
      const name = label('goal', g.id, i);
      if (!present(g.business_objective)) {
        out.push(finding(at + '/business_objective', `${name} does not say which business or clinical objective it serves`));
      }
      if (typeof g.id === 'string' && !used.has(g.id)) {
        out.push(
          finding(at + '/id', `${name} is not pursued by any channel or budget line`, {
            hint: `List ${quote(g.id)} under the \`goals\` of the channels and budget lines that work toward it.`,
          }),
        );
      }
    }
    return out;
  },
});
