import type { RuleFinding } from '../../types.js';
import { defineRule, didYouMean, finding, goalIds, items, label, pointer, quote } from '../helpers.js';
import { audienceIds } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'channel/known-ids',
    category: 'audience-fit',
    severity: 'error',
    description: 'The audiences and goals a channel lists are declared under `audiences` and `goals`.',
    rationale:
      'A channel is chosen for an audience and a goal (the article "How to develop a social media strategy for healthcare marketing", steps 2 and 4: choose channels where your audience ' +
      'is). An id that matches nothing, usually a typo, silently breaks that link: the channel looks targeted but is not, ' +
      'so it is an error, with the closest declared id suggested.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 4: choose your social channels for your audience',
    fix: 'Use an id declared under `audiences` / `goals`, or declare the missing one.',
    examples: {
      fail: 'audiences:\n  - id: new-parents\nchannels:\n  - platform: instagram\n    audiences: [new-parent]',
      pass: 'audiences:\n  - id: new-parents\nchannels:\n  - platform: instagram\n    audiences: [new-parents]',
    },
  },
  notApplicable: (plan) => (items(plan.channels).length === 0 ? 'the plan declares no channels (channel/audience reports it)' : undefined),
  check(plan) {
    const out: RuleFinding[] = [];
    const kinds = [
      { key: 'audiences' as const, kind: 'audience', ids: audienceIds(plan) },
      { key: 'goals' as const, kind: 'goal', ids: goalIds(plan) },
    ];
    for (const [c, i] of items(plan.channels)) {
      const name = label('channel', c.platform, i);
      for (const { key, kind, ids } of kinds) {
        const list = c[key];
        if (!Array.isArray(list)) continue;
        list.forEach((id, j) => {
          if (typeof id !== 'string' || ids.has(id)) return;
          const dym = didYouMean(id, ids);
          const none = ids.size === 0 ? ` (the plan declares no ${key})` : '';
          out.push(
            finding(pointer('channels', i, key, j), `${name} lists ${kind} ${quote(id)}, which is not declared${none}${dym.tail}`, {
              suggestion: dym.suggestion,
              hint: dym.suggestion
                ? `Replace ${quote(id)} with ${quote(dym.suggestion)}.`
                : `Declare ${kind} ${quote(id)} under \`${key}\`, or remove it from this channel.`,
            }),
          );
        });
      }
    }
    return out;
  },
});
