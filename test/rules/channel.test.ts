// The channel/ rules (category audience-fit): which platforms the plan uses, for whom, and whether
// the team can run them.
import { plan, ruleTester, swap } from '../rule-tester.js';

/** Two goals, two audiences and three channels that all refer to them (the example plan's). */
const declared = plan`
  goals:
    - id: bookings
    - id: trusted-source
  audiences:
    - id: new-parents
    - id: referrers
  channels:
    - platform: instagram
      audiences: [new-parents]
      goals: [bookings, trusted-source]
      formats: [reel, carousel]
    - platform: facebook
      audiences: [new-parents]
      goals: [bookings]
      formats: [image, short-video]
    - platform: linkedin
      audiences: [referrers]
      goals: [bookings]
      formats: [article, text]
`;

ruleTester('channel/known-ids', {
  valid: [{ name: 'every audience and goal a channel lists is declared', yaml: declared }],
  invalid: [
    {
      name: 'an undeclared audience is an error, with "did you mean"',
      yaml: swap(declared, 'audiences: [new-parents]\n    goals: [bookings]\n', 'audiences: [new-parent]\n    goals: [bookings]\n'),
      findings: [
        {
          pointer: '/channels/1/audiences/0',
          severity: 'error',
          suggestion: 'new-parents',
          message: /^channel `facebook` lists audience `new-parent`, which is not declared; did you mean `new-parents`\?$/,
          at: 'new-parent]',
        },
      ],
    },
    {
      name: 'an undeclared goal, with "did you mean"',
      yaml: swap(declared, 'audiences: [referrers]\n    goals: [bookings]', 'audiences: [referrers]\n    goals: [booking]'),
      findings: [{ pointer: '/channels/2/goals/0', suggestion: 'bookings', message: 'did you mean `bookings`?' }],
    },
    {
      name: 'nothing is suggested when nothing is close',
      yaml: swap(declared, 'audiences: [referrers]', 'audiences: [oncologists]'),
      findings: [{ pointer: '/channels/2/audiences/0', suggestion: null, message: /^channel `linkedin` lists audience `oncologists`, which is not declared$/ }],
    },
    {
      name: 'a plan that declares no goals says so',
      yaml: 'channels:\n  - platform: instagram\n    goals: [bookings]\n',
      findings: [{ pointer: '/channels/0/goals/0', message: 'which is not declared (the plan declares no goals)' }],
    },
  ],
  notApplicable: [{ name: 'no channels', yaml: 'audiences:\n  - id: new-parents\n', reason: 'the plan declares no channels (channel/audience reports it)' }],
});

ruleTester('channel/audience', {
  valid: [{ name: 'every channel targets an audience', yaml: declared }],
  invalid: [
    {
      name: 'a channel that targets no audience is a warning',
      yaml: swap(declared, '  - platform: instagram\n    audiences: [new-parents]\n', '  - platform: instagram\n'),
      findings: [{ pointer: '/channels/0/audiences', severity: 'warning', message: 'channel `instagram` targets no audience' }],
    },
    {
      name: 'no channels is an error',
      yaml: 'audiences:\n  - id: new-parents\n',
      findings: [{ pointer: '/channels', severity: 'error', message: 'the plan declares no channels' }],
    },
  ],
});

ruleTester('channel/visual-formats', {
  valid: [{ name: 'visual formats on Instagram and Facebook; LinkedIn may be text-only', yaml: declared }],
  invalid: [
    {
      name: 'Instagram with only text and articles',
      yaml: plan`
        channels:
          - platform: instagram
            formats: [text, article]
      `,
      findings: [{ pointer: '/channels/0/formats', severity: 'warning', message: 'visual-first platform but plans only text, article', at: /^formats:/ }],
    },
  ],
  notApplicable: [{ name: 'no channels', yaml: 'audiences:\n  - id: new-parents\n', reason: 'the plan declares no channels' }],
});

/** A team of `fte` running Instagram, Facebook and LinkedIn. */
const team = (fte: number, agency = 'null') => plan`
  governance:
    team_fte: ${fte}
    agency: ${agency}
  channels:
    - platform: instagram
    - platform: facebook
    - platform: linkedin
`;

ruleTester('channel/capacity', {
  valid: [{ name: 'three channels for one FTE', yaml: team(1.0) }],
  invalid: [
    {
      name: 'the channels outgrow the team',
      yaml: team(0.5),
      findings: [{ pointer: '/governance/team_fte', severity: 'warning', message: '3 channels for a team of 0.5 FTE', at: 'team_fte: 0.5' }],
    },
    {
      name: 'the channelsPerFte option',
      options: { channelsPerFte: 2 },
      yaml: team(1.0),
      findings: [{ pointer: '/governance/team_fte', message: 'about 2 channels per full-time person can be sustained (2 here)' }],
    },
  ],
  notApplicable: [
    { name: 'an agency is named', yaml: team(0.2, 'Northwind Health Media'), reason: 'agency' },
    { name: 'no team size', yaml: 'channels:\n  - platform: instagram\n', reason: '`governance.team_fte` is not given' },
  ],
});
