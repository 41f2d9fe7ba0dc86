import { defineRule, finding, items, looksEnglish, present, quote, sectionSkip, words } from '../helpers.js';
import { findInClauses, showTerm } from '../../knowledge/words.js';

/** English wording that says one post is copied unchanged to every platform. */
const COPIED =
  /\b(same|identical|one)\s+(post|posts|text|message|content|copy|caption)\s+(on|to|for|across|in)?\s*(every|all|each|everywhere)\b|\bsame\s+(post|text|content|message)\s+everywhere\b|\bcopy[\s-]*(and|&)?[\s-]*paste|\bcop(y|ied|ies)\s+(it\s+|them\s+)?(to|on|across)\s+(every|all|each)\b|\bcross[\s-]*post(ed|ing)?\s+(unchanged|as[\s-]is)\b|\b(posts?|content)\s+(unchanged|as[\s-]is)\s+(on|to|across)\b/i;
const NEGATED =
  /\b(not|never|no|don't|do not|without|instead of|rather than|avoid)\b[^.;]{0,25}\b(cop(y|ied|ies|ying)|same|identical|paste|unchanged|as[\s-]is)/i;

export const rule = defineRule({
  meta: {
    id: 'content/repurposing',
    category: 'content',
    severity: 'warning',
    description: 'A plan on several channels repurposes content across them and adapts it to each one, not copied unchanged.',
    rationale:
      'Repurpose all content across channels ("What does it take to implement a strategic healthcare social media program?", step 8), but "do not copy and paste the same post on each platform - ' +
      'format each of them to meet the requirements of the specific platforms" ("Click, Like, Retweet: Healthcare Reputation Online"). A copied post ignores each platform\'s format and audience. ' +
      'A plan with a single channel has nothing to repurpose across, so the rule does not apply to it. The wording is read in English, Swedish, French, Romanian and Spanish.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 8: repurpose content; ' +
      '"Click, Like, Retweet: Healthcare Reputation Online", section on platform-specific formatting; ' +
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" [How to develop a social media strategy for healthcare marketing], step 5: formats per platform',
    fix: 'Describe in `content.repurposing:` how one piece becomes platform-specific formats (a reel, a carousel, an article), not the same post everywhere.',
    examples: {
      fail: 'channels:\n  - platform: instagram\n  - platform: facebook\ncontent:\n  repurposing: We publish the same post on every channel',
      pass: 'channels:\n  - platform: instagram\n  - platform: facebook\ncontent:\n  repurposing: Each monthly video becomes a reel, a carousel and a Facebook post, reformatted per platform',
    },
  },
  notApplicable(plan) {
    const skip = sectionSkip(plan, 'content');
    if (skip) return skip;
    const platforms = new Set(
      items(plan.channels)
        .map(([c]) => c.platform)
        .filter((p) => typeof p === 'string'),
    );
    if (platforms.size < 2) return `the plan publishes on ${platforms.size === 0 ? 'no channel' : 'one channel'}: there is nothing to repurpose across`;
    return undefined;
  },
  check(plan, ctx) {
    const v = plan.content?.repurposing;
    if (!present(v)) {
      return [finding('/content/repurposing', 'the plan does not say how content is repurposed and adapted per platform', { severity: 'info' })];
    }
    if (v === false) return [finding('/content/repurposing', 'content is not repurposed across platforms (`repurposing: false`)')];
    if (typeof v !== 'string') return [];
    const w = words(ctx);
    const copied = findInClauses(v, w.repurposeCopied, w.negators).find((h) => !h.negated);
    const english = looksEnglish(v) && COPIED.test(v) && !NEGATED.test(v);
    if (copied || english) {
      return [
        finding(
          '/content/repurposing',
          `the repurposing plan reads as the same post copied to every platform${copied ? ` (it says ${quote(showTerm(copied.term))})` : ''}`,
          {
            hint: 'Adapt each piece to the platform: length, aspect ratio, captions, hashtags and call to action differ.',
          },
        ),
      ];
    }
    return [];
  },
});
