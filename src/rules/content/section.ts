import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'content/section',
    category: 'content',
    severity: 'error',
    description: 'The plan has a content section: the content plan and editorial calendar.',
    rationale: 'A plan without a content plan has chosen channels but not what to say on them, how it is sourced or when it goes out. ' +
      'The detail rules of the content category report nothing until the section exists; this rule reports its absence once.',
    source: 'Seeds 000/001, step 5: content strategy; seed 003, step 7: a content plan and editorial calendar; seed 002: trusted sources',
    fix: 'Add a `content:` section: pillars, voice, mix, sources_policy, plain_language, repurposing and a calendar.',
    examples: { fail: 'version: 1\norganization: {name: Lakeside Pediatrics}', pass: 'content:\n  pillars: [vaccines explained]\n  sources_policy: Claims link to the CDC or AAP and are checked by a clinician' },
  },
  check(plan) {
    return sectionEmpty(plan, 'content') ? [finding('/content', 'the plan has no `content` section: no pillars, voice, mix, sources policy or editorial calendar')] : [];
  },
});
