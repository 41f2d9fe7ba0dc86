// The gdpr/ rules (category compliance): plans for EU/EEA countries and the health data they handle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { lint, ROOT } from '../helpers.js';

/** A Swedish plan with a consented patient story, explicit consent as its basis and a DPO. */
const se = plan`
  organization: {name: Vårdcentral, jurisdictions: [SE]}
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-01-20
        channel: instagram
        type: patient-story
        involves_patient: true
        consent_ref: SAMTYCKE-2027-01
  compliance:
    gdpr:
      lawful_basis_health_data: explicit-consent
      dpo_contact: dataskyddsombud@vardcentral.example
`;
/** The Swedish plan without its GDPR section. */
const noGdpr = swap(
  se,
  '  gdpr:\n    lawful_basis_health_data: explicit-consent\n    dpo_contact: dataskyddsombud@vardcentral.example\n',
  '  vendors:\n    - name: Mentionlytics\n',
);
/** The Swedish plan without its patient story. */
const noStory = swap(
  noGdpr,
  '    - date: 2027-01-20\n      channel: instagram\n      type: patient-story\n      involves_patient: true\n      consent_ref: SAMTYCKE-2027-01\n',
  '',
);
const US = 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Mentionlytics\n';

/** The Swedish plan with a consent record behind its patient story. */
const seRecorded =
  se +
  '  consents:\n    - id: SAMTYCKE-2027-01\n      kind: gdpr-explicit-consent\n      covers: [social-media]\n      signed: 2027-01-10\n      revocable: true\n';
const seRef = (text: string) => swap(se, 'consent_ref: SAMTYCKE-2027-01', `consent_ref: ${text}`);

ruleTester('gdpr/patient-consent', {
  valid: [
    { name: 'a consent per patient entry and explicit consent as the basis', yaml: se },
    { name: 'a recorded explicit consent that covers social media', yaml: seRecorded },
  ],
  invalid: [
    {
      name: 'patient content needs a consent per entry and explicit consent as the basis',
      yaml: swap(se, 'lawful_basis_health_data: explicit-consent', 'lawful_basis_health_data: other').replace(
        'consent_ref: SAMTYCKE-2027-01',
        'consent_ref: null',
      ),
      findings: [
        {
          pointer: '/content/calendar/1/consent_ref',
          severity: 'critical',
          message: 'calendar entry 2 (2027-01-20, instagram) is patient content but names no consent (consent_ref): it needs a recorded explicit consent',
        },
        { pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'critical', message: 'its lawful basis for health data is `other`' },
      ],
    },
    {
      name: 'a French consent to surgery is not a consent to publish',
      yaml: seRef('"Consentement éclairé à l\'intervention signé le 12/01/2027"'),
      findings: [
        {
          pointer: '/content/calendar/1/consent_ref',
          severity: 'critical',
          message: 'rests on a consent to treatment (its consent_ref says `consentement éclairé`), not a recorded explicit consent: GDPR Art. 9(2)(a)',
        },
      ],
    },
    {
      name: 'an oral consent noted in the record cannot be shown: an error',
      yaml: seRef('"Muntligt samtycke, antecknat i journalen 2027-01-03"'),
      findings: [
        {
          pointer: '/content/calendar/1/consent_ref',
          severity: 'error',
          message: 'rests on a verbal consent (its consent_ref says `muntlig…`), not a recorded explicit consent: GDPR Art. 7(1)',
        },
      ],
    },
    {
      name: 'a recorded consent that covers the website only',
      yaml: swap(seRecorded, 'covers: [social-media]', 'covers: [website]'),
      findings: [{ pointer: '/compliance/consents/0/covers', severity: 'critical', message: 'covers website, not social media' }],
    },
    {
      name: 'a recorded consent that cannot be withdrawn, asked as a condition of care',
      yaml: swap(seRecorded, 'revocable: true', 'revocable: false\n      condition_of_care: true'),
      findings: [
        { pointer: '/compliance/consents/0/revocable', severity: 'warning', message: 'does not record that it can be withdrawn at any time' },
        { pointer: '/compliance/consents/0/condition_of_care', severity: 'critical', message: 'GDPR Art. 7(4)' },
      ],
    },
  ],
  notApplicable: [{ name: 'a US plan', yaml: US, reason: 'the GDPR applies to plans for EU/EEA countries; this plan names US' }],
});

ruleTester('gdpr/lawful-basis', {
  valid: [
    { name: 'explicit consent', yaml: se },
    {
      name: 'a basis of `other` is stated (gdpr/patient-consent judges it for patient content)',
      yaml: swap(se, 'lawful_basis_health_data: explicit-consent', 'lawful_basis_health_data: other'),
    },
  ],
  invalid: [
    {
      name: 'no lawful basis with a patient story is an error',
      yaml: noGdpr,
      findings: [
        { pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'error', message: 'the plan publishes patient content but states no lawful basis' },
      ],
    },
    {
      name: 'a plan without patient content only gets a warning',
      yaml: noStory,
      findings: [
        {
          pointer: '/compliance/gdpr/lawful_basis_health_data',
          severity: 'warning',
          message: 'the plan states no lawful basis for the health data its channels will receive (compliance.gdpr.lawful_basis_health_data; GDPR Art. 9(2))',
        },
      ],
    },
    {
      name: 'a UK plan is checked against the UK GDPR',
      yaml: swap(US, '[US]', '[GB]'),
      findings: [{ pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'warning', message: 'UK GDPR Art. 9(2)' }],
    },
    {
      name: 'a US clinic whose audiences include France falls under the GDPR (Art. 3(2))',
      yaml: swap(US, 'jurisdictions: [US]', 'jurisdictions: [US], audience_locations: [US, FR]'),
      findings: [{ pointer: '/compliance/gdpr/lawful_basis_health_data', message: '(compliance.gdpr.lawful_basis_health_data; GDPR Art. 9(2))' }],
    },
  ],
  notApplicable: [{ name: 'no compliance section', yaml: se.slice(0, se.indexOf('compliance:')), reason: 'privacy/compliance-section reports it once' }],
});

ruleTester('gdpr/dpo-contact', {
  valid: [{ name: 'a DPO contact', yaml: se }],
  invalid: [
    {
      name: 'no DPO contact is a warning',
      yaml: noGdpr,
      findings: [{ pointer: '/compliance/gdpr/dpo_contact', severity: 'warning', message: 'names no data protection officer contact' }],
    },
    ...['NO', 'FR-75', 'EU', 'ro'].map((j) => ({
      name: `applies to EEA and subdivision codes: ${j} next to US`,
      yaml: swap(US, '[US]', `[US, ${j}]`),
      findings: [{ pointer: '/compliance/gdpr/dpo_contact', message: 'names no data protection officer contact' }],
    })),
  ],
  notApplicable: [
    { name: 'a US plan', yaml: US, reason: 'names US' },
    { name: 'a Swedish plan without a compliance section', yaml: se.slice(0, se.indexOf('compliance:')), reason: 'privacy/compliance-section reports it once' },
  ],
});

ruleTester('gdpr/processor-agreement', {
  valid: [
    {
      name: 'a vendor with health data under a data processing agreement',
      yaml: swap(noGdpr, '    - name: Mentionlytics\n', '    - name: Inbox tool\n      handles_phi: true\n      agreement: dpa\n'),
    },
    { name: 'a vendor that receives no health data', yaml: swap(noGdpr, '    - name: Mentionlytics\n', '    - name: Canva\n      handles_phi: false\n') },
  ],
  invalid: [
    {
      name: 'a booking system with health data and no agreement recorded (a BAA flag is not the EU instrument)',
      yaml: swap(noGdpr, '    - name: Mentionlytics\n', '    - name: Online booking system\n      handles_phi: true\n      baa: false\n'),
      findings: [
        {
          pointer: '/compliance/vendors/0/agreement',
          severity: 'warning',
          message: 'vendor `Online booking system` processes health data but the plan records no data processing agreement (agreement: dpa; GDPR Art. 28(3))',
        },
      ],
    },
    {
      name: 'an agency that receives patient photos under no agreement is an error',
      yaml: swap(noGdpr, '    - name: Mentionlytics\n', '    - name: Agency (before-and-after photos)\n      handles_phi: true\n      agreement: none\n'),
      findings: [
        {
          pointer: '/compliance/vendors/0/agreement',
          severity: 'error',
          message: 'processes health data without a data processing agreement (GDPR Art. 28(3))',
        },
      ],
    },
    {
      name: 'a BAA alone, in a UK plan',
      yaml: 'organization: {name: London Clinic, jurisdictions: [GB]}\ncompliance:\n  vendors:\n    - name: Inbox tool\n      handles_phi: true\n      agreement: baa\n',
      findings: [{ pointer: '/compliance/vendors/0/agreement', message: 'UK GDPR Art. 28(3)); a BAA is a US instrument, not an Art. 28 agreement' }],
    },
  ],
  notApplicable: [{ name: 'a US plan', yaml: US, reason: 'names US' }],
});

describe('examples/vardcentral-sweden.strategy.yaml', () => {
  it('a Swedish GDPR plan that scores well, HIPAA skipped', () => {
    const name = 'vardcentral-sweden.strategy.yaml';
    const r = lint(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), name);
    const status = (id: string) => r.rules.find((x) => x.ruleId === id)!.status;
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.passed).toBe(true);
    expect(status('hipaa/patient-consent')).toBe('skipped');
    for (const id of ['gdpr/patient-consent', 'gdpr/lawful-basis', 'gdpr/dpo-contact', 'privacy/phi-in-text']) expect(status(id), id).toBe('passed');
  });
});
