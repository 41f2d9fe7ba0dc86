import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, strings } from '../helpers.js';

const TEXT_FORMATS = ['text', 'article', 'poll'];

export const rule = defineRule({
  meta: {
    id: 'channel/visual-formats',
    category: 'audience-fit',
    severity: 'warning',
    description: 'A visual-first platform (Instagram, TikTok, YouTube, Pinterest, Snapchat) uses at least one visual format.',
    rationale:
      'Content must be formatted for each platform: "format each of them to meet the requirements of the specific ' +
      'platforms" and "create lots of visual content such as infographics and videos" ("Click, Like, Retweet: Healthcare Reputation Online"); the article "How to develop a social media strategy for healthcare marketing" (step 5) ' +
      'ask for formats per platform. Text and articles on a visual-first platform do not get seen.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": platform-specific formatting, visual content; "Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 5: formats per platform',
    fix: 'Plan images, carousels, reels, short or long video, stories or infographics for this channel, or drop it.',
    examples: {
      fail: 'channels:\n  - platform: instagram\n    formats: [text, article]',
      pass: 'channels:\n  - platform: instagram\n    formats: [reel, carousel]',
    },
  },
  notApplicable: (plan) => (items(plan.channels).length === 0 ? 'the plan declares no channels (channel/audience reports it)' : undefined),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    for (const [c, i] of items(plan.channels)) {
      if (!ctx.knowledge.platforms[c.platform ?? '']?.visualFirst) continue;
      const formats = strings(c.formats);
      if (formats.length > 0 && formats.every((f) => TEXT_FORMATS.includes(f))) {
        out.push(
          finding(pointer('channels', i, 'formats'), `${label('channel', c.platform, i)} is a visual-first platform but plans only ${formats.join(', ')}`),
        );
      }
    }
    return out;
  },
});
