import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer } from '../helpers.js';
import { channelsReaching } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'audience/reached',
    category: 'audience-fit',
    severity: 'warning',
    description: 'The plan declares its audiences, and every audience is reached by at least one channel.',
    rationale:
      'Step 2 of the article "How to develop a social media strategy for healthcare marketing" is to understand your audience before any tactic; "Click, Like, Retweet: Healthcare Reputation Online" warns that organisations that do ' +
      'not know their audience "may be on the wrong platform". A plan with no audiences skipped that step (an error); an ' +
      'audience no channel reaches is researched but never served.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 2: understand your audience; "Click, Like, Retweet: Healthcare Reputation Online": know the audience',
    fix: 'Add the audience id to the `audiences` of a channel it uses, or remove the audience.',
    examples: {
      fail: 'audiences:\n  - id: referrers\nchannels:\n  - platform: instagram\n    audiences: []',
      pass: 'audiences:\n  - id: referrers\nchannels:\n  - platform: linkedin\n    audiences: [referrers]',
    },
  },
  check(plan) {
    const audiences = items(plan.audiences);
    if (audiences.length === 0) {
      return [
        finding('/audiences', 'the plan declares no audiences: nobody knows whom the channels and content are for', {
          severity: 'error',
          hint: 'Add `audiences:` with who they are, their role, age range and where the data came from.',
        }),
      ];
    }
    const out: RuleFinding[] = [];
    for (const [a, i] of audiences) {
      if (typeof a.id !== 'string') {
        out.push(finding(pointer('audiences', i), `audience ${i + 1} has no id, so no channel can target it`));
        continue;
      }
      if (channelsReaching(plan, a.id).length === 0) {
        out.push(finding(pointer('audiences', i, 'id'), `${label('audience', a.id, i)} is not reached by any channel`));
      }
    }
    return out;
  },
});
