import type { RuleFinding } from '../../types.js';
import { channelPlatforms, defineRule, didYouMean, finding, items, label, pointer, quote } from '../helpers.js';
import { PAID_CATEGORIES } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'budget/channel-declared',
    category: 'budget-roi',
    severity: 'error',
    description: "A budget line's `channel` is a platform declared under `channels`.",
    rationale:
      'Spend follows the channel choice (the article "How to develop a social media strategy for healthcare marketing", steps 3 and 4): paid spend on a platform the plan does not use means ' +
      'money goes where no audience, goal or content plan is declared (an error). For unpaid lines (tools, production) it is ' +
      'a warning. Usually it is a typo, and the closest channel is suggested.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], steps 3 and 4: budget and channels; "Click, Like, Retweet: Healthcare Reputation Online": paid plus organic promotion',
    fix: 'Use a platform from `channels`, or declare the channel with its audiences and goals.',
    examples: {
      fail: 'channels:\n  - platform: instagram\nbudget:\n  lines:\n    - item: Ads\n      category: paid-media\n      channel: tiktok',
      pass: 'channels:\n  - platform: instagram\nbudget:\n  lines:\n    - item: Ads\n      category: paid-media\n      channel: instagram',
    },
  },
  notApplicable: (plan) => (items(plan.budget?.lines).some(([l]) => typeof l.channel === 'string') ? undefined : 'no budget line names a channel'),
  check(plan) {
    const out: RuleFinding[] = [];
    const declared = channelPlatforms(plan);
    for (const [l, i] of items(plan.budget?.lines)) {
      if (typeof l.channel !== 'string' || declared.has(l.channel)) continue;
      const paid = PAID_CATEGORIES.includes(l.category ?? '');
      const dym = didYouMean(l.channel, declared);
      out.push(
        finding(
          pointer('budget', 'lines', i, 'channel'),
          `${label('budget line', l.item, i)} ${paid ? 'spends paid budget' : 'spends'} on ${quote(l.channel)}, which is not a declared channel${dym.tail}`,
          { severity: paid ? 'error' : 'warning', suggestion: dym.suggestion },
        ),
      );
    }
    return out;
  },
});
