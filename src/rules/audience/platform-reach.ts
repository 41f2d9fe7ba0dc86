import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, quote } from '../helpers.js';
import { channelsReaching, reachFor, validAge } from './helpers.js';

export const rule = defineRule<{ minReach: number }>({
  meta: {
    id: 'audience/platform-reach',
    category: 'audience-fit',
    severity: 'warning',
    description: 'An audience is not reached only through platforms that few people of its age use.',
    rationale:
      'Choose channels where your audience already is (step 4 of the six-step article). Platform use differs sharply by age: 12% of ' +
      'US adults aged 65 or over use TikTok and 19% Instagram, against 57% Facebook and 64% YouTube (Pew Research Center, ' +
      'November 2025). An audience reached only through platforms its age group barely uses will not see the content.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 4: choose channels where the audience is; Pew Research Center, Americans\' Social Media Use, 2025',
    fix: "Add a channel that the audience's age group uses (for 65+: Facebook or YouTube), or revise the audience.",
    options: {
      minReach: {
        type: 'number',
        default: 20,
        description: "Percent of the age group using the best of the audience's platforms below which the fit is poor.",
      },
    },
    examples: {
      fail: 'audiences:\n  - id: seniors\n    age: [65, 90]\nchannels:\n  - platform: tiktok\n    audiences: [seniors]',
      pass: 'audiences:\n  - id: seniors\n    age: [65, 90]\nchannels:\n  - platform: facebook\n    audiences: [seniors]',
    },
  },
  notApplicable: (plan) => (items(plan.audiences).some(([a]) => validAge(a)) ? undefined : 'no audience declares an age range'),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const min = ctx.options.minReach;
    for (const [a, i] of items(plan.audiences)) {
      if (!validAge(a) || typeof a.id !== 'string' || a.age[1] < 18) continue;
      const reached = channelsReaching(plan, a.id);
      if (reached.length === 0) continue; // audience/reached reports it
      const figures = reached.map(([c]) => ({ platform: c.platform ?? '?', reach: reachFor(a.age, ctx.knowledge.platforms[c.platform ?? '']) }));
      // A platform without survey data (a newsletter, a website) may well reach them: no finding.
      if (figures.some((f) => f.reach === undefined)) continue;
      const best = Math.max(...figures.map((f) => f.reach!));
      if (best < min) {
        const list = figures.map((f) => `${quote(f.platform)} about ${Math.round(f.reach!)}%`).join(', ');
        out.push(
          finding(
            pointer('audiences', i, 'age'),
            `${label('audience', a.id, i)} (aged ${a.age[0]}-${a.age[1]}) is reached only through platforms few people that age use: ${list} (under ${min}%)`,
          ),
        );
      }
    }
    return out;
  },
});
