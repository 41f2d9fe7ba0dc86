import { defineRule, entryName, finding, items, pointer } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'calendar/entry-type',
    category: 'content',
    severity: 'warning',
    description: 'Every calendar entry has a known type (educational, promotional, patient-story, ...).',
    rationale:
      'The type says what a post is for and which checks apply to it: patient stories and testimonials need consent, promotional ' +
      'posts count against the mix. An entry without a type escapes them. (An unknown type is reported by the schema, with a "did you mean".)',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 7 and 9: an editorial calendar, about the patient; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: educational content types',
    fix: 'Give each entry a `type:` (educational, promotional, patient-story, testimonial, behind-the-scenes, event, ugc, influencer, news, q-and-a).',
    examples: {
      fail: 'content:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram\n      topic: Flu shots',
      pass: 'content:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram\n      topic: Flu shots\n      type: educational',
    },
  },
  notApplicable(plan) {
    return items(plan.content?.calendar).length === 0 ? 'the plan has no calendar entries' : undefined;
  },
  check(plan) {
    const out = [];
    for (const [e, i] of items(plan.content?.calendar)) {
      if (typeof e.type === 'string' && e.type !== '') continue;
      out.push(finding(pointer('content', 'calendar', i, 'type'), `${entryName(e, i)} has no type`));
    }
    return out;
  },
});
