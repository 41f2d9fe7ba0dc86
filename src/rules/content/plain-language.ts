import { defineRule, finding, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'content/plain-language',
    category: 'content',
    severity: 'warning',
    description: 'The plan commits to plain language.',
    rationale:
      'Health information only helps when the reader understands it; the guide "Social media in the healthcare industry" asks for plain language free of jargon, and plain ' +
      'language is the first defence against misunderstanding and misinformation.',
    source:
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: plain language; US Plain Writing Act 2010 and CDC Clear Communication Index',
    fix: 'Set `content.plain_language: true` and write posts for a general reader (no jargon, short sentences).',
    examples: { fail: 'content:\n  plain_language: false', pass: 'content:\n  plain_language: true' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan) {
    const v = plan.content?.plain_language;
    if (v === true) return [];
    if (v === false) return [finding('/content/plain_language', 'the plan does not commit to plain language (`plain_language: false`)')];
    return [finding('/content/plain_language', 'the plan does not say whether content is written in plain language')];
  },
});
