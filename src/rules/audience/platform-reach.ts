import { AGE_BANDS } from '../../knowledge/platforms.js';
import type { Audience, PlatformFacts, RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, quote } from '../helpers.js';
import { channelsReaching } from './helpers.js';

/**
 * Share (percent) of an age range that uses a platform: the band reach figures weighted by how
 * many years of the range fall in each band (ages under 18 are not in the survey and ignored).
 * Undefined when the platform has no figure for a band the range covers.
 */
function reachFor(age: [number, number], facts: PlatformFacts | undefined): number | undefined {
  const reach = facts?.reach;
  if (!reach) return undefined;
  let years = 0;
  let sum = 0;
  for (const b of AGE_BANDS) {
    const lo = Math.max(b.min, age[0]);
    const hi = Math.min(b.max, age[1]);
    if (hi < lo) continue;
    const v = reach[b.band];
    if (typeof v !== 'number') return undefined;
    years += hi - lo + 1;
    sum += (hi - lo + 1) * v;
  }
  return years === 0 ? undefined : sum / years;
}

const validAge = (a: Audience): a is Audience & { age: [number, number] } =>
  Array.isArray(a.age) && a.age.length === 2 && a.age.every((n) => typeof n === 'number') && a.age[0] <= a.age[1];

export const rule = defineRule<{ minReach: number }>({
  meta: {
    id: 'audience/platform-reach',
    category: 'audience-fit',
    severity: 'warning',
    description: 'An audience is not reached only through platforms that few people of its age use.',
    rationale:
      'Choose channels where your audience already is (seeds 000/001, step 4). Platform use differs sharply by age: 12% of ' +
      'US adults aged 65 or over use TikTok and 19% Instagram, against 57% Facebook and 64% YouTube (Pew Research Center, ' +
      'November 2025). An audience reached only through platforms its age group barely uses will not see the content.',
    source: 'Seeds 000/001, step 4: choose channels where the audience is; Pew Research Center, Americans\' Social Media Use, 2025',
    fix: 'Add a channel that the audience\'s age group uses (for 65+: Facebook or YouTube), or revise the audience.',
    options: {
      minReach: {
        type: 'number',
        default: 20,
        description: 'Percent of the age group using the best of the audience\'s platforms below which the fit is poor.',
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
