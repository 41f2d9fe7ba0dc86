import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, quote } from '../helpers.js';
import { channelsReaching } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'audience/minimum-age',
    category: 'audience-fit',
    severity: 'error',
    description: 'No audience younger than 13 is targeted on a platform that requires account holders to be 13 or older.',
    rationale:
      'Facebook, Instagram, TikTok, Snapchat, X and YouTube require account holders to be 13 or older (COPPA and platform ' +
      'terms): children below that age cannot be targeted there, and trying is a compliance risk. Paediatric plans reach ' +
      'the parents. An audience entirely under 13 is an error; one whose range starts below 13 is a warning.',
    source:
      'COPPA, 15 U.S.C. 6501-6506, and platform terms; "Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 2: understand your audience',
    fix: 'Target the parents or caregivers instead (role: caregiver, their own age range), or raise the age range to 13+.',
    examples: {
      fail: 'audiences:\n  - id: kids\n    age: [6, 11]\nchannels:\n  - platform: tiktok\n    audiences: [kids]',
      pass: 'audiences:\n  - id: parents\n    role: caregiver\n    age: [28, 45]\nchannels:\n  - platform: tiktok\n    audiences: [parents]',
    },
  },
  notApplicable: (plan) =>
    items(plan.audiences).some(([a]) => Array.isArray(a.age) && typeof a.age[0] === 'number' && a.age[0] < 13) ? undefined : 'no audience is younger than 13',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    for (const [a, i] of items(plan.audiences)) {
      if (!Array.isArray(a.age) || typeof a.age[0] !== 'number' || typeof a.id !== 'string') continue;
      const [lo, hi] = a.age;
      const offending = channelsReaching(plan, a.id)
        .map(([c]) => ({ platform: c.platform ?? '', minimum: ctx.knowledge.platforms[c.platform ?? '']?.minimumAge }))
        .filter((x): x is { platform: string; minimum: number } => x.minimum !== undefined && lo < x.minimum);
      if (offending.length === 0) continue;
      const minimum = Math.max(...offending.map((x) => x.minimum));
      const all = typeof hi === 'number' && offending.every((x) => hi < x.minimum);
      const list = [...new Set(offending.map((x) => quote(x.platform)))].join(', ');
      out.push(
        finding(
          pointer('audiences', i, 'age'),
          `${label('audience', a.id, i)} (aged ${lo}-${hi}) is targeted on ${list}, which require${offending.length === 1 ? 's' : ''} account holders to be ${minimum} or older` +
            (all ? '' : `; part of the range is under ${minimum}`),
          { severity: all ? 'error' : 'warning' },
        ),
      );
    }
    return out;
  },
});
