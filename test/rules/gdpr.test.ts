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
const noGdpr = swap(se, '  gdpr:\n    lawful_basis_health_data: explicit-consent\n    dpo_contact: dataskyddsombud@vardcentral.example\n', '  vendors:\n    - name: Mentionlytics\n');
/** The Swedish plan without its patient story. */
const noStory = swap(noGdpr, '    - date: 2027-01-20\n      channel: instagram\n      type: patient-story\n      involves_patient: true\n      consent_ref: SAMTYCKE-2027-01\n', '');
const US = 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Mentionlytics\n';

ruleTester('gdpr/patient-consent', {
  valid: [{ name: 'a consent per patient entry and explicit consent as the basis', yaml: se }],
  invalid: [
    {
      name: 'patient content needs a consent per entry and explicit consent as the basis',
      yaml: swap(se, 'lawful_basis_health_data: explicit-consent', 'lawful_basis_health_data: other').replace('consent_ref: SAMTYCKE-2027-01', 'consent_ref: null'),
      findings: [
        { pointer: '/content/calendar/1/consent_ref', severity: 'error', message: 'calendar entry 2 (2027-01-20, instagram) is patient content but names no recorded explicit consent' },
        { pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'error', message: 'its lawful basis for health data is `other`' },
      ],
    },
  ],
  notApplicable: [{ name: 'a US plan', yaml: US, reason: 'the GDPR applies to plans for EU/EEA countries; this plan names US' }],
});

ruleTester('gdpr/lawful-basis', {
  valid: [
    { name: 'explicit consent', yaml: se },
    { name: 'a basis of `other` is stated (gdpr/patient-consent judges it for patient content)', yaml: swap(se, 'lawful_basis_health_data: explicit-consent', 'lawful_basis_health_data: other') },
  ],
  invalid: [
    {
      name: 'no lawful basis with a patient story is an error',
      yaml: noGdpr,
      findings: [{ pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'error', message: 'the plan publishes patient content but states no lawful basis' }],
    },
    {
      name: 'a plan without patient content only gets a warning',
      yaml: noStory,
      findings: [{ pointer: '/compliance/gdpr/lawful_basis_health_data', severity: 'warning', message: 'the plan states no lawful basis for the health data its channels will receive' }],
    },
  ],
  notApplicable: [
    { name: 'a UK plan is not checked against the UK GDPR', yaml: swap(US, '[US]', '[GB]'), reason: 'UK GDPR' },
    { name: 'no compliance section', yaml: se.slice(0, se.indexOf('compliance:')), reason: 'privacy/compliance-section reports it once' },
  ],
});

ruleTester('gdpr/dpo-contact', {
  valid: [{ name: 'a DPO contact', yaml: se }],
  invalid: [
    { name: 'no DPO contact is a warning', yaml: noGdpr, findings: [{ pointer: '/compliance/gdpr/dpo_contact', severity: 'warning', message: 'names no data protection officer contact' }] },
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
