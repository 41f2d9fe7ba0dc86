// The ftc/ rules (category compliance): endorsements (influencers, employee advocacy, creators
// with a material connection) under US and EU/EEA law.
import { plan, ruleTester, swap } from '../rule-tester.js';

/** A US plan paying a parent influencer, disclosed post by post and at plan level. */
const influencer = plan`
  organization: {name: Lakeside Pediatrics, jurisdictions: [US]}
  budget:
    lines:
      - item: Parent micro-influencers
        category: influencers
        channel: instagram
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-02-03
        channel: instagram
        type: influencer
        disclosure: true
  compliance:
    influencers:
      disclosure: "#ad"
      contracts_reviewed: true
`;

ruleTester('ftc/endorsement-disclosure', {
  valid: [
    { name: 'an influencer post with its disclosure, reviewed contracts and a plan-level disclosure', yaml: influencer },
    {
      name: 'a disclosed UGC post with a material connection',
      yaml: swap(influencer, '      type: influencer\n      disclosure: true\n', '      type: ugc\n      material_connection: true\n      disclosure: true\n'),
    },
  ],
  invalid: [
    {
      name: 'an influencer post without disclosure is an error at the entry',
      yaml: swap(influencer, 'disclosure: true', 'disclosure: false'),
      findings: [{ pointer: '/content/calendar/1/disclosure', severity: 'error', message: 'calendar entry 2 (2027-02-03, instagram) is an endorsement posted without disclosing the material connection (FTC, 16 CFR 255)' }],
    },
    {
      name: 'a plan-level disclosure and reviewed contracts are needed; an unconfirmed entry is a warning',
      yaml: plan`
        organization: {name: Lakeside Pediatrics, jurisdictions: [US]}
        budget:
          lines:
            - item: Parent micro-influencers
              category: influencers
        content:
          calendar:
            - date: 2027-01-11
              channel: instagram
              type: educational
            - date: 2027-02-03
              channel: instagram
              type: influencer
      `,
      findings: [
        // Both plan-level findings are located at the top (the section is missing), ordered by message.
        { pointer: '/compliance/influencers/contracts_reviewed', severity: 'warning', message: 'contracts are not marked as reviewed', line: 1, column: 1 },
        { pointer: '/compliance/influencers/disclosure', severity: 'error', message: 'the plan pays for endorsements (budget line `Parent micro-influencers`) but states no disclosure', line: 1, column: 1 },
        { pointer: '/content/calendar/1/disclosure', severity: 'warning', message: 'does not say that it discloses the material connection (disclosure: true)' },
      ],
    },
    {
      name: 'a UGC post with a material connection needs a disclosure',
      yaml: plan`
        organization: {name: Lakeside Pediatrics, jurisdictions: [US]}
        content:
          calendar:
            - date: 2027-02-10
              channel: instagram
              type: ugc
              material_connection: true
        compliance:
          influencers:
            disclosure: "#ad"
            contracts_reviewed: true
      `,
      findings: [{ pointer: '/content/calendar/0/disclosure', severity: 'warning', message: 'is an endorsement but does not say' }],
    },
    {
      name: 'an employee-advocacy (ambassador) budget line is an endorsement too',
      yaml: 'organization: {jurisdictions: [US]}\nbudget:\n  lines:\n    - item: Nurse ambassadors\n      category: staff\n',
      findings: [
        { pointer: '/compliance/influencers/contracts_reviewed', severity: 'warning', message: 'not marked as reviewed' },
        { pointer: '/compliance/influencers/disclosure', severity: 'error', message: 'the plan pays for endorsements (budget line `Nurse ambassadors`)' },
      ],
    },
    {
      name: 'an EU plan is judged under EU law',
      yaml: swap(influencer, 'jurisdictions: [US]', 'jurisdictions: [SE]').replace('disclosure: true', 'disclosure: false'),
      findings: [{ pointer: '/content/calendar/1/disclosure', message: 'Directive 2005/29/EC' }],
    },
  ],
  notApplicable: [
    {
      name: 'no endorsement',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-11\n      type: educational\n',
      reason: 'the plan has no influencer or employee-advocacy budget line and no influencer or sponsored calendar entry',
    },
    { name: 'a plan outside the US and the EU/EEA', yaml: swap(influencer, 'jurisdictions: [US]', 'jurisdictions: [CA]'), reason: 'names CA' },
  ],
});
