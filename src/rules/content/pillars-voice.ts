import { defineRule, finding, sectionSkip, strings } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'content/pillars-voice',
    category: 'content',
    severity: 'warning',
    description: 'The content plan declares its pillars (recurring themes) and its voice.',
    rationale:
      'Without pillars every post is improvised, and without a declared voice and tone the account sounds like a different ' +
      'organisation each day. The source articles ask for a content strategy with a consistent voice, tone and themes before the first post.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 5: content strategy (voice, tone, formats); "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 7: a content plan',
    fix: 'Add `content.pillars:` (three to five themes) and `content.voice:` (a few adjectives, e.g. [warm, plain-spoken, evidence-based]).',
    examples: {
      fail: 'content:\n  pillars: []\n  plain_language: true',
      pass: 'content:\n  pillars: [vaccines explained, sleep and feeding]\n  voice: [warm, evidence-based]',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan) {
    const out = [];
    if (strings(plan.content?.pillars).length === 0) out.push(finding('/content/pillars', 'the content plan declares no pillars (recurring themes)'));
    if (strings(plan.content?.voice).length === 0) out.push(finding('/content/voice', 'the content plan declares no voice (how the organisation sounds)'));
    return out;
  },
});
