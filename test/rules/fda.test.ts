// The fda/ rules (category compliance): promotion of prescription drugs and medical devices to a US
// audience: fair balance, off-label promotion, Form FDA 2253.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { findingsOf, lint, ROOT } from '../helpers.js';

/** A US pharma plan with an educational post and promotional posts on Facebook and X. */
const pharma = plan`
  organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-01-14
        channel: facebook
        type: promotional
      - date: 2027-03-01
        channel: x
        type: promotional
`;

ruleTester('fda/risk-information', {
  valid: [
    {
      name: 'risk information on every promotional post and a link to the full information',
      yaml:
        pharma.replace(/type: promotional\n/g, 'type: promotional\n      risk_information: true\n') +
        'compliance:\n  fda:\n    risk_information_link: https://example.com/full-prescribing-information\n',
    },
    {
      name: 'a reminder post for a drug without a boxed warning is exempt',
      yaml:
        swap(pharma, '      type: promotional\n', '      type: promotional\n      topic: "BRANDX. Ask your doctor. (reminder, no claims)"\n').replace(
          'channel: x\n      type: promotional\n',
          'channel: x\n      type: promotional\n      risk_information: true\n',
        ) + 'compliance:\n  fda:\n    risk_information_link: https://example.com/pi\n',
    },
  ],
  invalid: [
    {
      name: 'a promotional post on X without risk information is critical, naming the 280-character limit',
      yaml: pharma,
      findings: [
        // The missing link is located at the top (there is no compliance section).
        {
          pointer: '/compliance/fda/risk_information_link',
          severity: 'warning',
          message: '1 promotional post is on character-limited platforms but the plan names no link',
          line: 1,
          column: 1,
        },
        {
          pointer: '/content/calendar/1/risk_information',
          severity: 'warning',
          message: 'calendar entry 2 (2027-01-14, facebook) is a promotional post that does not say whether it carries risk information',
        },
        {
          pointer: '/content/calendar/2/risk_information',
          severity: 'critical',
          message: 'is a promotional post on a 280-character platform without its risk information',
        },
      ],
    },
    {
      name: 'risk_information: false is critical (no fair balance)',
      yaml: swap(pharma, '      type: promotional\n', '      type: promotional\n      risk_information: false\n'),
      findings: [
        { pointer: '/compliance/fda/risk_information_link', severity: 'warning', message: 'names no link' },
        { pointer: '/content/calendar/1/risk_information', severity: 'critical', message: 'no fair balance (21 CFR 202.1(e)(5))' },
        { pointer: '/content/calendar/2/risk_information', severity: 'critical', message: '280-character platform' },
      ],
    },
    {
      name: "probe: a paid creator's benefit claim without risk information is the company's promotion",
      yaml: plan`
        organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
        content:
          calendar:
            - date: 2027-04-12
              channel: tiktok
              type: influencer
              topic: "My 30-day journey: itch gone in two days!"
              material_connection: true
              disclosure: true
              risk_information: false
      `,
      findings: [
        {
          pointer: '/content/calendar/0/risk_information',
          severity: 'critical',
          message: "is a paid creator's post, which is a promotional post without risk information",
        },
      ],
    },
    {
      name: 'probe: a reminder post for a drug with a boxed warning',
      yaml: plan`
        organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
        content:
          calendar:
            - date: 2027-03-01
              channel: instagram
              type: promotional
              topic: "BRANDX carousel with Important Safety Information including the boxed warning"
              risk_information: true
            - date: 2027-03-20
              channel: tiktok
              type: promotional
              topic: "BRANDX. Ask your dermatologist. (brand name reminder, no claims)"
              risk_information: false
      `,
      findings: [
        {
          pointer: '/content/calendar/1/topic',
          severity: 'critical',
          message: 'for a drug the plan says carries a boxed warning: reminder advertising is not allowed for it (21 CFR 202.1(e)(2)(i))',
        },
      ],
    },
    {
      name: 'a device maker is no longer skipped: an error, not critical',
      yaml: swap(swap(pharma, 'type: pharma', 'type: medtech'), '      type: promotional\n', '      type: promotional\n      risk_information: false\n'),
      findings: [
        { pointer: '/compliance/fda/risk_information_link', severity: 'warning', message: 'names no link' },
        { pointer: '/content/calendar/1/risk_information', severity: 'error', message: 'no fair balance' },
        { pointer: '/content/calendar/2/risk_information', severity: 'error', message: '280-character platform' },
      ],
    },
  ],
  notApplicable: [
    { name: 'a practice', yaml: 'organization: {name: Lakeside Pediatrics, type: practice, jurisdictions: [US]}\n', reason: 'organization.type is `practice`' },
    { name: 'a pharma plan outside the US', yaml: swap(pharma, 'jurisdictions: [US]', 'jurisdictions: [SE]'), reason: 'Directive 2001/83/EC' },
  ],
});

ruleTester('fda/off-label', {
  valid: [
    {
      name: 'adult topics and audiences for an adult drug',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\nwhy: Approved for adults with moderate to severe eczema.\naudiences:\n  - id: adults\n    age: [18, 64]\n',
    },
  ],
  invalid: [
    {
      name: 'probe: teens 12+ for a drug approved for adults, and an audience of parents of teenagers',
      yaml: plan`
        organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
        why: BRANDX is approved in January 2027 for adults with moderate to severe atopic dermatitis.
        audiences:
          - id: teens-parents
            description: Parents of teenagers with severe eczema
            age: [35, 55]
        content:
          calendar:
            - date: 2027-06-05
              channel: facebook
              type: news
              topic: "BRANDX for teens? Exciting data in adolescents 12+"
      `,
      findings: [
        {
          pointer: '/audiences/0',
          severity: 'error',
          message: 'audience `teens-parents` is about minors (`teenage…`), for a product the plan says is approved for adults',
        },
        {
          pointer: '/content/calendar/0/topic',
          severity: 'critical',
          message: 'promotes use in `teens` of a product the plan says is approved for adults: off-label promotion (21 CFR 201.128; 21 U.S.C. 331(a), 352(f))',
        },
      ],
    },
    {
      name: 'a label the plan does not state: check it (a warning)',
      yaml: 'organization: {type: medtech, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-06-05\n      type: educational\n      topic: Heart rhythm monitoring for children\n',
      findings: [{ pointer: '/content/calendar/0/topic', severity: 'warning', message: 'check that the label covers that age group' }],
    },
  ],
  notApplicable: [{ name: 'a clinic', yaml: 'organization: {type: clinic, jurisdictions: [US]}\n', reason: 'apply to drug and device makers' }],
});

ruleTester('fda/form-2253', {
  valid: [
    {
      name: 'the workflow submits Form FDA 2253',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, mlr, fda-2253-submission]\ncontent:\n  calendar:\n    - date: 2027-05-04\n      type: promotional\n      risk_information: true\n',
    },
  ],
  invalid: [
    {
      name: 'no Form FDA 2253 step in the workflow',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [brand, agency, medical]\ncontent:\n  calendar:\n    - date: 2027-05-04\n      type: promotional\n      risk_information: true\n',
      findings: [
        {
          pointer: '/governance/approval_workflow',
          severity: 'error',
          message: 'submits each promotional piece to FDA on Form FDA 2253 at first use (21 CFR 314.81(b)(3)(i))',
        },
      ],
    },
    {
      name: 'form_2253: false',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-04\n      type: promotional\n      risk_information: true\ncompliance:\n  fda:\n    form_2253: false\n',
      findings: [{ pointer: '/compliance/fda/form_2253', message: 'are not submitted to FDA on Form FDA 2253' }],
    },
  ],
  notApplicable: [
    { name: 'a device maker', yaml: 'organization: {type: medtech, jurisdictions: [US]}\n', reason: 'the plan promotes medical devices' },
    { name: 'a pharma plan with nothing promotional', yaml: 'organization: {type: pharma, jurisdictions: [US]}\n', reason: 'no promotional post' },
  ],
});

describe('examples/pharma-launch.strategy.yaml', () => {
  it('FDA risk information missing on X and Threads posts stops publication', () => {
    const name = 'pharma-launch.strategy.yaml';
    const r = lint(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), name);
    const status = (id: string) => r.rules.find((x) => x.ruleId === id)!.status;
    const fda = findingsOf(r, 'fda/risk-information');
    expect(fda.filter((f) => f.severity === 'critical').map((f) => f.pointer)).toEqual([
      '/content/calendar/1/risk_information',
      '/content/calendar/3/risk_information',
    ]);
    expect(status('hipaa/patient-consent')).toBe('skipped');
    expect(status('endorsement/disclosure')).toBe('failed');
    expect(r.passed).toBe(false);
  });
});

ruleTester('fda/trial-recruitment', {
  valid: [
    {
      name: 'a neutral, IRB-approved recruitment post',
      yaml: 'organization: {type: health-system, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [marketing, irb]\ncontent:\n  calendar:\n    - date: 2027-02-01\n      type: promotional\n      topic: "Now enrolling: a study of an investigational CAR-T treatment for relapsed lymphoma"\n',
    },
  ],
  invalid: [
    {
      name: 'probe: "a new cure" for an investigational product',
      yaml: 'organization: {type: health-system, jurisdictions: [US]}\ngovernance:\n  approval_workflow: [marketing, irb]\ncontent:\n  calendar:\n    - date: 2027-02-01\n      type: promotional\n      topic: "Now enrolling: RIDGE-CAR trial, a new cure for relapsed lymphoma"\n',
      findings: [
        {
          pointer: '/content/calendar/0/topic',
          severity: 'critical',
          message: 'calls the investigational product `new cure`: it may not be represented as safe or effective',
        },
      ],
    },
    {
      name: 'no IRB in sight: a warning',
      yaml: 'organization: {type: health-system, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-02-01\n      type: promotional\n      topic: "Now enrolling: a study of sleep in teenagers"\n',
      findings: [{ pointer: '/content/calendar/0/topic', severity: 'warning', message: 'nothing shows the IRB approved its wording' }],
    },
  ],
  notApplicable: [
    { name: 'no recruitment post', yaml: 'organization: {jurisdictions: [US]}\n', reason: 'no post that recruits for a clinical trial' },
    { name: 'a Swedish plan', yaml: 'organization: {jurisdictions: [SE]}\n', reason: 'apply to US plans' },
  ],
});
