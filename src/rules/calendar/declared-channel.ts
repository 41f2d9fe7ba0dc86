import { channelPlatforms, closest, defineRule, entryName, finding, items, pointer, quote } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'calendar/declared-channel',
    category: 'content',
    severity: 'error',
    description: 'Every calendar entry is on a channel the plan declares in `channels`.',
    rationale:
      'A post scheduled on a platform the plan never chose has no audience, goal or posting rhythm behind it; most often it is a typo ' +
      '(`instagam`) that silently drops the post from every channel check.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 4: choose channels where the audience is; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 7: an editorial calendar',
    fix: 'Use the `platform` of a declared channel in `channel:`, or declare the channel under `channels`.',
    examples: {
      fail: 'channels:\n  - platform: instagram\ncontent:\n  calendar:\n    - date: 2027-01-11\n      channel: instagam',
      pass: 'channels:\n  - platform: instagram\ncontent:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram',
    },
  },
  notApplicable(plan) {
    return items(plan.content?.calendar).length === 0 ? 'the plan has no calendar entries' : undefined;
  },
  check(plan) {
    const out = [];
    const platforms = channelPlatforms(plan);
    for (const [e, i] of items(plan.content?.calendar)) {
      const at = pointer('content', 'calendar', i, 'channel');
      if (typeof e.channel !== 'string' || e.channel.trim() === '') {
        out.push(finding(at, `${entryName(e, i)} names no channel`, { severity: 'warning' }));
        continue;
      }
      if (platforms.has(e.channel)) continue;
      const guess = closest(e.channel, platforms);
      out.push(
        finding(
          at,
          `${entryName(e, i)} is on ${quote(e.channel)}, which is not a declared channel${guess ? `; did you mean ${quote(guess)}?` : ''}`,
          guess ? { suggestion: guess } : {},
        ),
      );
    }
    return out;
  },
});
