import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, strings } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'audience/insight-sources',
    category: 'audience-fit',
    severity: 'warning',
    description: 'Every audience says where its data came from (`insight_sources`: analytics, surveys, CRM).',
    rationale:
      'The article "How to develop a social media strategy for healthcare marketing", step 2: "start by finding data on your existing audience: use the Demographics and Interests sections ' +
      'of Google Analytics and the audience analytics of Facebook Insights and Twitter". An audience without a source is a ' +
      'guess, and the channels chosen for it inherit the guess.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 2: understand your audience (take action: use your analytics)',
    fix: 'List where the audience data came from under `insight_sources`, e.g. [ga4-demographics, patient-survey-2026].',
    examples: {
      fail: 'audiences:\n  - id: new-parents\n    description: Parents of children under 5',
      pass: 'audiences:\n  - id: new-parents\n    insight_sources: [ga4-demographics, patient-survey-2026]',
    },
  },
  notApplicable: (plan) => (items(plan.audiences).length === 0 ? 'the plan declares no audiences (audience/reached reports it)' : undefined),
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [a, i] of items(plan.audiences)) {
      if (strings(a.insight_sources).length === 0) {
        out.push(finding(pointer('audiences', i, 'insight_sources'), `${label('audience', a.id, i)} does not say where its data came from`));
      }
    }
    return out;
  },
});
