import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'content/section',
    category: 'content',
    severity: 'error',
    weight: 2,
    description: 'The plan has a content section: the content plan and editorial calendar.',
    rationale:
      'A plan without a content plan has chosen channels but not what to say on them, how it is sourced or when it goes out. ' +
      'The detail rules of the content category report nothing until the section exists; this rule reports its absence once.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 5: content strategy; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 7: a content plan and editorial calendar; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: trusted sources',
    fix: 'Add a `content:` section: pillars, voice, mix, sources_policy, plain_language, repurposing and a calendar.',
    examples: {
      fail: 'version: 1\norganization: {name: Lakeside Pediatrics}',
      pass: 'content:\n  pillars: [vaccines explained]\n  sources_policy: Claims link to the CDC or AAP and are checked by a clinician',
    },
  },
  check(plan) {
    return sectionEmpty(plan, 'content')
      ? [finding('/content', 'the plan has no `content` section: no pillars, voice, mix, sources policy or editorial calendar', { absent: true })]
      : [];
  },
});
