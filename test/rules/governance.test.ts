// The governance/ rules (category governance): why the organisation is on social media, who
// leads it, whether the team can carry it, and who approves what.
import { plan, ruleTester, swap } from '../rule-tester.js';

/** The example plan's governance, why and channel load (8 posts a week). */
const governance = plan`
  why: Parents in our county look for pediatric advice online first, and we want to be the trusted local source they find
  governance:
    executive_sponsor: Dr. Amara Okafor, Medical Director
    owner: Jordan Reyes, Communications Lead
    team_fte: 1.0
    agency: null
    approval_workflow: [marketing, compliance]
  channels:
    - platform: instagram
      posts_per_week: 4
    - platform: facebook
      posts_per_week: 3
    - platform: linkedin
      posts_per_week: 1
`;
const NO_SECTION = 'the plan has no `governance` section; governance/section reports it once';
const why = (text: string) => `why: ${text}\n`;

ruleTester('governance/section', {
  valid: [{ name: 'a governance section', yaml: governance }],
  invalid: [
    {
      name: 'no governance section is one error',
      yaml: why('x'),
      findings: [{ pointer: '/governance', severity: 'error', message: 'the plan has no `governance` section' }],
    },
  ],
});

ruleTester('governance/why', {
  valid: [
    { name: 'whom to reach and what should change', yaml: governance },
    { name: 'the same words in French are not judged as English', yaml: why('Parce que tout le monde est sur les réseaux sociaux, nous aussi.') },
  ],
  invalid: [
    {
      name: 'a missing why is an error',
      yaml: 'governance:\n  owner: Jordan Reyes\n',
      findings: [{ pointer: '/why', severity: 'error', message: 'does not say why', line: 1, column: 1 }],
    },
    {
      name: '"everyone is on social media" is a warning at the key',
      yaml: why('We need to be there because everyone is on social media these days'),
      findings: [{ pointer: '/why', severity: 'warning', message: 'everyone else is on social media', at: /^why:/ }],
    },
    {
      name: 'a very short why is information',
      yaml: why('More patients'),
      findings: [{ pointer: '/why', severity: 'info', message: 'the `why` has 2 words' }],
    },
    {
      name: 'the minWords option',
      options: { minWords: 30 },
      yaml: governance,
      findings: [{ pointer: '/why', severity: 'info', message: 'the `why` has 21 words' }],
    },
  ],
});

ruleTester('governance/leadership', {
  valid: [{ name: 'a sponsor and an owner', yaml: governance }],
  invalid: [
    {
      name: 'a missing sponsor and an empty owner',
      yaml: swap(governance, '  executive_sponsor: Dr. Amara Okafor, Medical Director\n', '').replace('owner: Jordan Reyes, Communications Lead', 'owner: ""'),
      findings: [
        // The missing sponsor is located at its section, which starts before the owner.
        { pointer: '/governance/executive_sponsor', severity: 'warning', message: 'names no executive sponsor', at: 'governance:' },
        { pointer: '/governance/owner', severity: 'warning', message: 'names no owner', at: 'owner: ""' },
      ],
    },
  ],
  notApplicable: [{ name: 'no governance section', yaml: why('x'), reason: NO_SECTION }],
});

ruleTester('governance/capacity', {
  valid: [
    { name: '8 posts a week for 1 FTE', yaml: governance },
    { name: 'an agency carries the load', yaml: swap(governance, 'team_fte: 1.0\n  agency: null', 'team_fte: 0.4\n  agency: Northwind Health Media') },
  ],
  invalid: [
    {
      name: 'more posts than the team can carry, without an agency, is a warning at team_fte',
      yaml: swap(governance, 'team_fte: 1.0', 'team_fte: 0.4'),
      findings: [
        {
          pointer: '/governance/team_fte',
          severity: 'warning',
          message: '8 posts a week is more than 0.4 FTE can carry (about 6 at 15 posts per FTE)',
          at: 'team_fte: 0.4',
        },
      ],
    },
    {
      name: 'no team and no agency',
      yaml: swap(governance, '  team_fte: 1.0\n', ''),
      findings: [{ pointer: '/governance/team_fte', message: 'the plan publishes 8 posts a week but names no team' }],
    },
    {
      name: 'the postsPerFte option',
      options: { postsPerFte: 5 },
      yaml: governance,
      findings: [{ pointer: '/governance/team_fte', message: 'about 5 at 5 posts per FTE' }],
    },
  ],
  notApplicable: [
    { name: 'no governance section', yaml: 'channels:\n  - platform: instagram\n    posts_per_week: 4\n', reason: NO_SECTION },
    { name: 'no channel declares posts_per_week', yaml: 'governance:\n  team_fte: 1.0\n', reason: 'no channel declares posts_per_week' },
  ],
});

/** An approval workflow, a patient story and a paid-media line (the example plan's). */
const approvals = (workflow: string, { patient = true, paid = true } = {}) =>
  `governance:\n  approval_workflow: ${workflow}\n` +
  (patient ? 'content:\n  calendar:\n    - date: 2027-01-20\n      type: patient-story\n      involves_patient: true\n' : '') +
  (paid ? 'budget:\n  lines:\n    - item: Meta paid promotion\n      category: paid-media\n' : '');

ruleTester('governance/compliance-approval', {
  valid: [
    { name: 'marketing, then compliance', yaml: approvals('[marketing, compliance]') },
    { name: 'legal review counts', yaml: approvals('[marketing, legal]') },
    ...[
      ['Spanish', '[mercadeo, cumplimiento]'],
      ['Swedish', '[kommunikation, dataskyddsombud]'],
      ['French', '[communication, conformité]'],
      ['Romanian', '[marketing, conformitate]'],
      ['Spanish, legal department', '[mercadeo, asesoría-jurídica]'],
      ['English, a privacy office', '[marketing, privacy-office]'],
    ].map(([language, workflow]) => ({ name: `a ${language} compliance role counts: ${workflow}`, yaml: approvals(workflow) })),
    ...[
      ['Swedish', 'SE', '[kommunikation, medicinskt-ansvarig-lakare]'],
      ['Romanian', 'RO', '[marketing, director-medical]'],
      ['French', 'FR', '[communication, directeur-médical]'],
    ].map(([language, country, workflow]) => ({
      name: `outside the US, a ${language} medical director reviewing patient content counts: ${workflow}`,
      yaml: `organization: {jurisdictions: [${country}]}\n${approvals(workflow)}`,
    })),
  ],
  invalid: [
    {
      name: 'patient content approved by marketing only is an error at the workflow',
      yaml: approvals('[marketing]'),
      findings: [
        {
          pointer: '/governance/approval_workflow',
          severity: 'error',
          message: 'the plan has patient content but its approval workflow has no compliance or legal review',
          at: /^approval_workflow:/,
        },
      ],
    },
    {
      name: 'paid promotion alone without compliance review is a warning',
      yaml: approvals('[marketing]', { patient: false }),
      findings: [{ pointer: '/governance/approval_workflow', severity: 'warning', message: 'the plan has paid promotion' }],
    },
    {
      name: 'a Spanish workflow of marketing and management only',
      yaml: approvals('[mercadeo, dirección]'),
      findings: [{ pointer: '/governance/approval_workflow', severity: 'error', message: 'has no compliance or legal review' }],
    },
    {
      name: 'a CMO is not a medical lead (it is the Chief Marketing Officer as often as not)',
      yaml: `organization: {jurisdictions: [SE]}\n${approvals('[marketing, CMO]')}`,
      findings: [{ pointer: '/governance/approval_workflow', severity: 'error', message: 'has no compliance or legal review' }],
    },
    {
      name: 'under HIPAA a medical director is not the privacy review',
      yaml: `organization: {jurisdictions: [US]}\n${approvals('[marketing, medical-director]')}`,
      findings: [{ pointer: '/governance/approval_workflow', severity: 'error', message: 'has no compliance or legal review' }],
    },
    {
      name: 'no approval workflow at all',
      yaml: approvals('[]'),
      findings: [{ pointer: '/governance/approval_workflow', message: 'the plan has patient content but no approval workflow' }],
    },
  ],
  notApplicable: [
    {
      name: 'neither patient content nor paid promotion',
      yaml: approvals('[marketing]', { patient: false, paid: false }),
      reason: 'the plan has no patient content and no paid promotion',
    },
  ],
});
