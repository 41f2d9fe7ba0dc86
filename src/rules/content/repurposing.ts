import { defineRule, finding, looksEnglish, present, quote, sectionSkip } from '../helpers.js';

/** English wording that says one post is copied unchanged to every platform. */
const COPIED =
  /\b(same|identical|one)\s+(post|posts|text|message|content|copy|caption)\s+(on|to|for|across|in)?\s*(every|all|each|everywhere)\b|\bsame\s+(post|text|content|message)\s+everywhere\b|\bcopy[\s-]*(and|&)?[\s-]*paste|\bcop(y|ied|ies)\s+(it\s+|them\s+)?(to|on|across)\s+(every|all|each)\b|\bcross[\s-]*post(ed|ing)?\s+(unchanged|as[\s-]is)\b|\b(posts?|content)\s+(unchanged|as[\s-]is)\s+(on|to|across)\b/i;
const NEGATED = /\b(not|never|no|don't|do not|without|instead of|rather than|avoid)\b[^.;]{0,25}\b(cop(y|ied|ies|ying)|same|identical|paste|unchanged|as[\s-]is)/i;

export const rule = defineRule({
  meta: {
    id: 'content/repurposing',
    category: 'content',
    severity: 'warning',
    description: 'Content is repurposed across platforms and adapted to each one, not copied unchanged.',
    rationale:
      'Seed 003 asks to repurpose all content across channels; seed 004 warns "do not copy and paste the same post on each platform - ' +
      'format each of them to meet the requirements of the specific platforms". A copied post ignores each platform\'s format and audience.',
    source: 'Seed 003, step 8: repurpose content; seed 004: cross-promote, but format per platform; seeds 000/001, step 5: formats per platform',
    fix: 'Describe in `content.repurposing:` how one piece becomes platform-specific formats (a reel, a carousel, an article), not the same post everywhere.',
    examples: {
      fail: 'content:\n  repurposing: We publish the same post on every channel',
      pass: 'content:\n  repurposing: Each monthly video becomes a reel, a carousel and a Facebook post, reformatted per platform',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan) {
    const v = plan.content?.repurposing;
    if (!present(v)) {
      return [finding('/content/repurposing', 'the plan does not say how content is repurposed and adapted per platform', { severity: 'info' })];
    }
    if (v === false) return [finding('/content/repurposing', 'content is not repurposed across platforms (`repurposing: false`)')];
    // English-only heuristic: text in another language is left to the structured field.
    if (typeof v === 'string' && looksEnglish(v) && COPIED.test(v) && !NEGATED.test(v)) {
      return [finding('/content/repurposing', `repurposing ${quote(v)} reads as the same post copied to every platform`, {
        hint: 'Adapt each piece to the platform: length, aspect ratio, captions, hashtags and call to action differ.',
      })];
    }
    return [];
  },
});
