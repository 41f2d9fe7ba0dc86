import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, quote, withoutGoals } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'smart/measurable',
    category: 'goals',
    severity: 'error',
    description: 'Every goal names a metric, its unit, a baseline and a target that differs from the baseline.',
    rationale:
      'A goal "becomes the defined metric when you measure your progress" (the article "How to develop a social media strategy for healthcare marketing", step 1). The CDC defines ' +
      'measurable as how much change from a reference point: without a metric and a target the goal cannot be traced ' +
      '(an error); without a unit or a baseline the change cannot be read (a warning).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals (Measurable); CDC Evaluation Brief 3b',
    fix: "Add `metric`, `unit`, `baseline` (today's value) and `target` (the value to reach) to the goal.",
    examples: {
      fail: 'goals:\n  - id: awareness\n    statement: Make more parents aware of our vaccine clinic\n    metric: reach',
      pass: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\n    unit: bookings per month\n    baseline: 35\n    target: 55',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [g, i] of items(plan.goals)) {
      const at = pointer('goals', i);
      const name = label('goal', g.id, i);
      const hard = (['metric', 'target'] as const).filter((k) => !present(g[k]));
      const soft = (['unit', 'baseline'] as const).filter((k) => !present(g[k]));
      if (hard.length > 0) {
        const missing = [...hard, ...soft].map((k) => '`' + k + '`').join(', ');
        out.push(finding(at, `${name} cannot be measured: it has no ${missing}`, { severity: 'error' }));
      } else if (soft.length > 0) {
        const missing = soft.map((k) => '`' + k + '`').join(' or ');
        out.push(
          finding(at + '/' + soft[0], `${name} has no ${missing}: the change it asks for cannot be read`, {
            severity: 'warning',
            hint: soft.includes('baseline')
              ? 'Add `baseline:`, the value of the metric today (use your analytics), so progress can be judged.'
              : 'Add `unit:`, e.g. "bookings per month" or "percent".',
          }),
        );
      }
      if (/percent|%/i.test(`${g.unit ?? ''}`)) {
        const bad = (['baseline', 'target'] as const).find((k) => typeof g[k] === 'number' && (g[k]! < 0 || g[k]! > 100));
        if (bad) {
          out.push(
            finding(at + '/' + bad, `${name} has a ${bad} of ${g[bad]} ${quote(g.unit)}, which is not a percentage from 0 to 100`, {
              severity: 'error',
              hint: 'Write percentages as numbers from 0 to 100 (2.5 for 2.5 %), or change the unit.',
            }),
          );
        }
      }
      if (typeof g.baseline === 'number' && typeof g.target === 'number' && g.baseline === g.target) {
        out.push(
          finding(at + '/target', `${name} has a target equal to its baseline (${g.target}): it asks for no change`, {
            severity: 'warning',
            hint: 'Set the target to the value you want to reach; to hold a level, say so in the statement and set a floor.',
          }),
        );
      }
    }
    return out;
  },
});
