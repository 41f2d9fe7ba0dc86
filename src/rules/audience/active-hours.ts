import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'audience/active-hours',
    category: 'audience-fit',
    severity: 'info',
    description: 'Every audience says when it is online (`active_hours`).',
    rationale:
      'The article "How to develop a social media strategy for healthcare marketing", step 2: "at what times are they online? Consider your audience\'s engagement time, not your working ' +
      'hours." Posting and reply schedules follow from it.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 2: understand your audience (when they are online)',
    fix: 'Add `active_hours:` from your analytics, e.g. "20:00-23:00".',
    examples: {
      fail: 'audiences:\n  - id: new-parents',
      pass: 'audiences:\n  - id: new-parents\n    active_hours: "20:00-23:00"',
    },
  },
  notApplicable: (plan) => (items(plan.audiences).length === 0 ? 'the plan declares no audiences (audience/reached reports it)' : undefined),
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [a, i] of items(plan.audiences)) {
      if (!present(a.active_hours)) {
        out.push(finding(pointer('audiences', i, 'active_hours'), `${label('audience', a.id, i)} does not say when it is online`));
      }
    }
    return out;
  },
});
