import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, strings } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'channel/audience',
    category: 'audience-fit',
    severity: 'warning',
    description: 'The plan declares channels, and every channel targets at least one audience.',
    rationale:
      'Channels are chosen where the audience is ("armed with information about who your audience is", the article "How to develop a social media strategy for healthcare marketing", ' +
      'step 4; "Click, Like, Retweet: Healthcare Reputation Online": if you have not researched your audience you may be on the wrong platform). A channel that targets ' +
      'no one is presence for its own sake; a plan with no channels has skipped the step (an error).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 4: choose your social channels; "Click, Like, Retweet: Healthcare Reputation Online": know the audience',
    fix: 'List the audience ids the channel is meant to reach under its `audiences`, or drop the channel.',
    examples: {
      fail: 'channels:\n  - platform: tiktok\n    handle: "@clinic"',
      pass: 'channels:\n  - platform: instagram\n    audiences: [new-parents]',
    },
  },
  check(plan) {
    const channels = items(plan.channels);
    if (channels.length === 0) {
      return [
        finding('/channels', 'the plan declares no channels: nothing says where the audiences will be reached', {
          severity: 'error',
          hint: 'Add `channels:` with the platforms your audiences use, each with its `audiences` and `goals`.',
        }),
      ];
    }
    const out: RuleFinding[] = [];
    for (const [c, i] of channels) {
      if (strings(c.audiences).length === 0) {
        out.push(finding(pointer('channels', i, 'audiences'), `${label('channel', c.platform, i)} targets no audience`));
      }
    }
    return out;
  },
});
