import { defineRule, finding, items, present, sectionSkip } from '../helpers.js';

export const rule = defineRule<{ postsPerFte: number }>({
  meta: {
    id: 'governance/capacity',
    category: 'governance',
    severity: 'warning',
    description: "The posting load (the sum of `posts_per_week`) fits the team's FTE, or an agency is named.",
    rationale:
      'Each post is planned, written, produced, approved, published, answered and measured. A load the team cannot carry ends in ' +
      'silence or in unreviewed posts; "it takes an FTE dedicated to run" the programme ("What does it take to implement a strategic healthcare social media program?", step 3), and "if the human ' +
      'resources are not available, consider outsourcing" (step 10).',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 3: a dedicated FTE; step 10: outsource when staff is missing',
    fix: 'Raise `governance.team_fte`, lower `posts_per_week`, or name the `governance.agency` that carries part of the load.',
    options: {
      postsPerFte: { type: 'number', default: 15, description: 'Posts a week one full-time person can plan, produce, approve and answer.' },
    },
    examples: {
      fail: 'governance:\n  team_fte: 0.5\n  agency: null\nchannels:\n  - {platform: instagram, posts_per_week: 10}\n  - {platform: facebook, posts_per_week: 10}',
      pass: 'governance:\n  team_fte: 1.0\n  agency: null\nchannels:\n  - {platform: instagram, posts_per_week: 4}\n  - {platform: facebook, posts_per_week: 3}',
    },
  },
  notApplicable(plan) {
    const skip = sectionSkip(plan, 'governance');
    if (skip) return skip;
    const load = items(plan.channels).reduce((s, [c]) => s + (typeof c.posts_per_week === 'number' ? c.posts_per_week : 0), 0);
    return load > 0 ? undefined : 'no channel declares posts_per_week';
  },
  check(plan, ctx) {
    if (present(plan.governance?.agency)) return [];
    const load = Math.round(items(plan.channels).reduce((s, [c]) => s + (typeof c.posts_per_week === 'number' ? c.posts_per_week : 0), 0) * 10) / 10;
    const fte = plan.governance?.team_fte;
    const perFte = Math.max(1, ctx.options.postsPerFte);
    if (typeof fte !== 'number' || fte <= 0) {
      return [finding('/governance/team_fte', `the plan publishes ${load} posts a week but names no team (\`team_fte\`) and no agency`)];
    }
    const capacity = Math.round(fte * perFte * 10) / 10;
    if (load > capacity) {
      return [
        finding(
          '/governance/team_fte',
          `${load} posts a week is more than ${fte} FTE can carry (about ${capacity} at ${perFte} posts per FTE) and no agency is named`,
        ),
      ];
    }
    return [];
  },
});
