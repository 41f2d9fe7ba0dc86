import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, quote, strings, words } from '../helpers.js';
import { channelsReaching, isRural } from './helpers.js';

export const rule = defineRule<{ roles: string[] }>({
  meta: {
    id: 'audience/professional-channel',
    category: 'audience-fit',
    severity: 'warning',
    description: 'Clinicians, referrers, job seekers and B2B audiences are reached through at least one professional channel.',
    rationale:
      'Professionals are found where they work: LinkedIn skews to graduates (51% of US graduates use it, Pew 2021) and is ' +
      'the professional network for clinicians, referrers and job seekers. The knowledge data marks LinkedIn and the owned ' +
      'long-form channels (blog, newsletter, website) as professional-capable. An audience of referring physicians reached ' +
      'only through Instagram and TikTok is in the wrong place (step 4 of the six-step article: choose channels where the audience is). ' +
      'In the countryside the picture turns: few rural adults use LinkedIn (12% against 67% on Facebook, Pew), so a rural audience ' +
      '(`area: rural`, or a description that says so) reached through a platform that reaches far more rural adults than any professional one is not reported: recruiting nurses for a rural hospital on Facebook is where they are.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" ' +
      '[How to develop a social media strategy for healthcare marketing], step 4: choose channels where the audience is; Pew Research Center 2015 and 2021 (use by education and community type); Healthlink Dimensions 2020',
    fix: 'Reach the audience on LinkedIn, or through a blog, newsletter or the website.',
    options: {
      roles: {
        type: 'string[]',
        default: ['clinician', 'referrer', 'b2b', 'job-seeker'],
        description: 'Audience roles that need a professional channel.',
      },
    },
    examples: {
      fail: 'audiences:\n  - id: referrers\n    role: referrer\nchannels:\n  - platform: instagram\n    audiences: [referrers]',
      pass: 'audiences:\n  - id: referrers\n    role: referrer\nchannels:\n  - platform: linkedin\n    audiences: [referrers]',
    },
  },
  notApplicable: (plan, ctx) =>
    items(plan.audiences).some(([a]) => strings(ctx.options.roles).includes(a.role ?? ''))
      ? undefined
      : 'no audience is a clinician, referrer, job seeker or B2B audience',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const roles = strings(ctx.options.roles);
    const professional = Object.entries(ctx.knowledge.platforms)
      .filter(([, f]) => f.professional)
      .map(([p]) => p);
    // The best rural reach of a professional platform with survey data (LinkedIn: 12%).
    const proRural = Math.max(0, ...professional.map((p) => ctx.knowledge.platforms[p]?.reachByArea?.rural ?? 0));
    const w = words(ctx);
    for (const [a, i] of items(plan.audiences)) {
      if (typeof a.id !== 'string' || !roles.includes(a.role ?? '')) continue;
      const reached = channelsReaching(plan, a.id);
      if (reached.length === 0) continue; // audience/reached reports it
      if (reached.some(([c]) => professional.includes(c.platform ?? ''))) continue;
      // In the countryside, a platform that reaches at least twice the rural adults a professional one does is the right place.
      if (proRural > 0 && isRural(a, w) && reached.some(([c]) => (ctx.knowledge.platforms[c.platform ?? '']?.reachByArea?.rural ?? 0) >= 2 * proRural))
        continue;
      const via = reached.map(([c]) => quote(c.platform ?? '?')).join(', ');
      out.push(
        finding(
          pointer('audiences', i, 'role'),
          `${label('audience', a.id, i)} (${a.role}) is reached only through ${via}, none of them a professional channel (${professional.join(', ')})`,
        ),
      );
    }
    return out;
  },
});
