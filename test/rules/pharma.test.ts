// The pharma/ rules (category compliance): drug and device makers wherever they promote: safety
// reporting from social media, MLR review, the EU/UK ban on advertising prescription medicines.
import { plan, ruleTester, swap } from '../rule-tester.js';

ruleTester('pharma/adverse-events', {
  valid: [
    {
      name: 'side effects go to pharmacovigilance',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\nengagement:\n  escalation: Any comment or DM that mentions a side effect goes to pharmacovigilance within one business day\n',
    },
    {
      name: 'an EU device maker with complaint handling',
      yaml: 'organization: {type: medtech, jurisdictions: [NL]}\nengagement:\n  escalation: Product problems go to complaint handling; serious incidents are reported under vigilance\n',
    },
  ],
  invalid: [
    {
      name: 'probe: side-effect comments hidden and answered with a stock reply',
      yaml: plan`
        organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
        engagement:
          escalation: Comments mentioning side effects are hidden and answered "Please talk to your doctor"
          moderation_policy: Hide comments mentioning side effects or competitor products
      `,
      findings: [
        {
          pointer: '/engagement/escalation',
          severity: 'critical',
          message:
            'are hidden or deflected (the plan says `hidden`) and no route to pharmacovigilance or complaint handling is named: reportable adverse events are lost (21 CFR 314.80, 600.80)',
        },
      ],
    },
    {
      name: 'probe: a device maker that handles skin irritation as customer service',
      yaml: 'organization: {type: medtech, jurisdictions: [US, NL]}\nengagement:\n  escalation: Comments about skin irritation go to Customer Care, which escalates to Quality only if a replacement is requested\n',
      findings: [{ pointer: '/engagement/escalation', severity: 'error', message: 'comments about `skin irritation` are handled as customer service' }],
    },
    {
      name: 'no escalation at all',
      yaml: 'organization: {type: pharma, jurisdictions: [FR]}\nengagement:\n  listening_tools: [brandwatch]\n',
      findings: [
        {
          pointer: '/engagement',
          message:
            'names no route for adverse events and product complaints that arrive in comments and messages (pharmacovigilance or complaint handling; Directive 2001/83/EC Art. 107; GVP Module VI, guidance)',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'a hospital', yaml: 'organization: {type: hospital, jurisdictions: [US]}\n', reason: 'apply to organization.type pharma or medtech' },
  ],
});

ruleTester('pharma/mlr-review', {
  valid: [
    {
      name: 'medical, legal and regulatory review',
      yaml: 'organization: {type: medtech, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [marketing, medical-affairs, regulatory-affairs, legal]\n',
    },
    { name: 'an MLR committee', yaml: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, mlr]\n' },
  ],
  invalid: [
    {
      name: 'probe: brand, agency and medical only',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, agency, medical]\n',
      findings: [
        {
          pointer: '/governance/approval_workflow',
          severity: 'error',
          message:
            'has no legal, regulatory review: promotional pieces of a prescription drug maker go out without medical, legal and regulatory (MLR) review (practice, not law)',
        },
      ],
    },
    {
      name: 'a device maker gets a warning',
      yaml: 'organization: {type: medtech, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [marketing]\n',
      findings: [{ pointer: '/governance/approval_workflow', severity: 'warning', message: 'has no medical, legal, regulatory review' }],
    },
  ],
  notApplicable: [{ name: 'a clinic', yaml: 'organization: {type: clinic, jurisdictions: [US]}\n', reason: 'organization.type is `clinic`' }],
});

const eu = plan`
  organization: {name: Example Pharma, type: pharma, jurisdictions: [FR]}
  content:
    calendar:
      - date: 2027-02-15
        channel: facebook
        type: educational
        topic: "Atopic dermatitis explained (unbranded)"
      - date: 2027-03-01
        channel: instagram
        type: promotional
        topic: "BRANDX: clearer skin is possible"
      - date: 2027-04-01
        channel: other
        type: promotional
        topic: "HCP mechanism-of-action video"
`;

ruleTester('pharma/public-advertising', {
  valid: [{ name: 'only unbranded and HCP content', yaml: swap(eu, 'topic: "BRANDX: clearer skin is possible"', 'topic: "Eczema and sleep (unbranded)"') }],
  invalid: [
    {
      name: 'a branded post to the public in France',
      yaml: eu,
      findings: [
        {
          pointer: '/content/calendar/1/topic',
          severity: 'critical',
          message: 'advertises a prescription medicine to the public, which EU and UK law forbid (Directive 2001/83/EC Art. 88(1)',
        },
      ],
    },
    {
      name: 'the UK has the same ban',
      yaml: swap(eu, 'jurisdictions: [FR]', 'jurisdictions: [GB]'),
      findings: [{ pointer: '/content/calendar/1/topic', message: 'HMR 2012 reg. 284' }],
    },
  ],
  notApplicable: [
    { name: 'a US pharma plan', yaml: swap(eu, 'jurisdictions: [FR]', 'jurisdictions: [US]'), reason: 'Directive 2001/83/EC Art. 88 is EU law' },
    { name: 'a device maker in the EU', yaml: swap(eu, 'type: pharma', 'type: medtech'), reason: 'concerns drug makers' },
  ],
});
