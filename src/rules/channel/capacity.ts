import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, pointer, present } from '../helpers.js';

export const rule = defineRule<{ channelsPerFte: number }>({
  meta: {
    id: 'channel/capacity',
    category: 'audience-fit',
    severity: 'warning',
    description: 'The team can sustain its channels: at most `channelsPerFte` channels per full-time person.',
    rationale:
      'It takes a dedicated FTE to run a social program ("What does it take to implement a strategic healthcare social media program?", step 3), and presence must be constant: "if someone sees ' +
      'no changes on a pretty regular basis ... they will fall away" (step 4). Each channel needs its own formats, replies and ' +
      'monitoring; more channels than the team can feed leaves dead accounts. The rule is skipped when an agency is named ' +
      '(its capacity is not in the plan: "What does it take to implement a strategic healthcare social media program?", step 10, outsourcing) or when `governance.team_fte` is not given.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 3, 4 and 10: a dedicated FTE, constant presence, outsource when staff is missing',
    fix: 'Concentrate on fewer channels, add staff (`governance.team_fte`), or name the agency that runs some of them.',
    options: {
      channelsPerFte: { type: 'number', default: 3, description: 'Channels one full-time person can sustain.' },
    },
    examples: {
      fail: 'governance: {team_fte: 0.5, agency: null}\nchannels:\n  - platform: instagram\n  - platform: facebook\n  - platform: tiktok',
      pass: 'governance: {team_fte: 1.0, agency: null}\nchannels:\n  - platform: instagram\n  - platform: facebook',
    },
  },
  notApplicable(plan) {
    if (present(plan.governance?.agency)) return 'an agency is named: its capacity is not part of the plan';
    if (typeof plan.governance?.team_fte !== 'number') return '`governance.team_fte` is not given';
    if (items(plan.channels).length === 0) return 'the plan declares no channels (channel/audience reports it)';
    return undefined;
  },
  check(plan, ctx) {
    const fte = plan.governance!.team_fte!;
    const per = ctx.options.channelsPerFte;
    const channels = items(plan.channels);
    const capacity = Math.floor(fte * per + 1e-9);
    const out: RuleFinding[] = [];
    if (channels.length > capacity) {
      out.push(
        finding(
          pointer('governance', 'team_fte'),
          `${channels.length} channels for a team of ${fte} FTE: about ${per} channels per full-time person can be sustained (${capacity} here)`,
        ),
      );
    }
    return out;
  },
});
