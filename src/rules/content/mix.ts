import { defineRule, finding, sectionSkip } from '../helpers.js';

export const rule = defineRule<{ tolerance: number }>({
  meta: {
    id: 'content/mix',
    category: 'content',
    severity: 'warning',
    description: 'The content mix is declared and its shares add up to 100 percent.',
    rationale:
      'The mix (educational, community, promotional, ...) is how a plan turns its pillars into a schedule; shares that do not add ' +
      'up to 100 mean the plan was never balanced, and the promotional share cannot be judged.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 5: content strategy; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 7: a content plan and editorial calendar',
    fix: 'Declare `content.mix:` as a map of content type to percent whose values add up to 100.',
    options: {
      tolerance: { type: 'number', default: 2, description: 'How far from 100 (in percentage points) the sum may be.' },
    },
    examples: {
      fail: 'content:\n  mix: {educational: 50, promotional: 30}',
      pass: 'content:\n  mix: {educational: 60, community: 20, promotional: 20}',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan, ctx) {
    const mix = plan.content?.mix;
    if (!mix || typeof mix !== 'object' || Object.keys(mix).length === 0) {
      return [finding('/content/mix', 'the content plan declares no mix (share of each content type)')];
    }
    const values = Object.values(mix).filter((v): v is number => typeof v === 'number');
    const sum = Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
    const tolerance = ctx.options.tolerance;
    if (Math.abs(sum - 100) > tolerance) {
      return [finding('/content/mix', `the content mix adds up to ${sum} percent, not 100`)];
    }
    return [];
  },
});
