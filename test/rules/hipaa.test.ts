// The hipaa/ rules (category compliance): US covered entities and their patient content, messages,
// reviews, vendors and tracking.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap, withPlan } from '../rule-tester.js';
import { cli, findingsOf, lint, ROOT } from '../helpers.js';

/** A US covered entity with a consented patient story and every HIPAA policy (the example plan's). */
const us = plan`
  organization: {name: Lakeside Pediatrics, jurisdictions: [US], covered_entity: true}
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-01-14
        channel: facebook
        type: promotional
      - date: 2027-01-20
        channel: instagram
        type: patient-story
        involves_patient: true
        consent_ref: AUTH-2027-004
  compliance:
    hipaa:
      patient_content_consent: written-authorization
      dm_policy: Never discuss symptoms or records in direct messages
      review_response_policy: Never confirm or deny that a reviewer is a patient
      tracking_technologies: none
    vendors:
      - name: Mentionlytics
        handles_phi: false
        baa: false
`;

/** The same plan moved to Sweden: no US, not a covered entity, no HIPAA section. */
const swedish = plan`
  organization: {name: Vårdcentral, jurisdictions: [SE]}
  compliance:
    vendors:
      - name: Mentionlytics
        handles_phi: true
`;
const NOT_US = 'HIPAA applies to US covered entities; this plan names SE and does not set organization.covered_entity';

/** The plan without its compliance section. */
const noCompliance = us.slice(0, us.indexOf('compliance:'));
const ONCE = 'privacy/compliance-section reports it once';

ruleTester('hipaa/patient-consent', {
  valid: [
    { name: 'a patient story with its authorization, and a written-authorization policy', yaml: us },
    { name: 'a covered entity that names no jurisdiction is checked', yaml: swap(us, 'jurisdictions: [US], ', '') },
    { name: 'without a compliance section, a consented story passes (the missing policy is reported once elsewhere)', yaml: noCompliance },
  ],
  invalid: [
    {
      name: 'a patient story without consent_ref is an error at the entry',
      yaml: swap(us, 'consent_ref: AUTH-2027-004', 'consent_ref: null'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', severity: 'error', message: 'calendar entry 3 (2027-01-20, instagram) is patient content but names no signed authorization', at: 'consent_ref: null' }],
    },
    {
      name: 'a testimonial, or an entry with involves_patient, is patient content too',
      yaml: swap(us, '      type: educational\n', '      type: educational\n      involves_patient: true\n').replace('type: promotional', 'type: testimonial'),
      findings: [
        { pointer: '/content/calendar/0/consent_ref', message: 'calendar entry 1 (2027-01-11, instagram)' },
        { pointer: '/content/calendar/1/consent_ref', message: 'calendar entry 2 (2027-01-14, facebook)' },
      ],
    },
    {
      name: 'patient content needs a plan-level written authorization',
      yaml: swap(us, 'patient_content_consent: written-authorization', 'patient_content_consent: verbal'),
      findings: [{ pointer: '/compliance/hipaa/patient_content_consent', severity: 'error', message: '`verbal`, not a written authorization' }],
    },
    {
      name: 'a policy that does not say what consent it obtains',
      yaml: swap(us, '    patient_content_consent: written-authorization\n', ''),
      findings: [{ pointer: '/compliance/hipaa/patient_content_consent', message: 'the plan has 1 patient-content entry but does not say what consent it obtains' }],
    },
    {
      name: 'without a compliance section, a patient story without consent is still flagged at the entry',
      yaml: swap(noCompliance, 'consent_ref: AUTH-2027-004', 'consent_ref: null'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', message: 'names no signed authorization' }],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    { name: 'an organisation that says it is not a covered entity', yaml: swap(us, 'covered_entity: true', 'covered_entity: false'), reason: 'covered_entity is false' },
  ],
});

ruleTester('hipaa/dm-policy', {
  valid: [{ name: 'a DM policy', yaml: us }],
  invalid: [
    {
      name: 'no DM policy is a warning',
      yaml: swap(us, '    dm_policy: Never discuss symptoms or records in direct messages\n', ''),
      findings: [{ pointer: '/compliance/hipaa/dm_policy', severity: 'warning', message: 'the plan has no direct-message policy' }],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    { name: 'no compliance section: not repeated through every HIPAA policy rule', yaml: noCompliance, reason: ONCE },
  ],
});

ruleTester('hipaa/review-response-policy', {
  valid: [{ name: 'a review-response policy', yaml: us }],
  invalid: [
    {
      name: 'no review-response policy is a warning',
      yaml: swap(us, '    review_response_policy: Never confirm or deny that a reviewer is a patient\n', ''),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'warning', message: 'the plan has no review-response policy' }],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    { name: 'no compliance section', yaml: noCompliance, reason: ONCE },
  ],
});

ruleTester('hipaa/vendor-baa', {
  valid: [
    { name: 'a vendor that handles no PHI', yaml: us },
    { name: 'a vendor that handles PHI under a BAA', yaml: swap(us, 'handles_phi: false\n      baa: false', 'handles_phi: true\n      baa: true') },
  ],
  invalid: [
    {
      name: 'a vendor that handles PHI without a BAA is an error',
      yaml: swap(us, 'handles_phi: false', 'handles_phi: true'),
      findings: [{ pointer: '/compliance/vendors/0/baa', severity: 'error', message: 'vendor `Mentionlytics` handles PHI without a Business Associate Agreement', at: 'baa: false' }],
    },
    {
      name: 'a vendor that handles PHI and records no BAA',
      yaml: swap(us, 'handles_phi: false\n      baa: false', 'handles_phi: true'),
      findings: [{ pointer: '/compliance/vendors/0', message: 'handles PHI but does not record a Business Associate Agreement' }],
    },
  ],
  notApplicable: [{ name: 'a Swedish plan', yaml: swedish, reason: NOT_US }],
});

ruleTester('hipaa/tracking-technologies', {
  valid: [
    { name: 'no tracking technologies', yaml: us },
    { name: 'tracking under a BAA', yaml: swap(us, 'tracking_technologies: none', 'tracking_technologies: with-baa') },
  ],
  invalid: [
    {
      name: 'tracking technologies without a BAA are an error',
      yaml: swap(us, 'tracking_technologies: none', 'tracking_technologies: without-baa'),
      findings: [{ pointer: '/compliance/hipaa/tracking_technologies', severity: 'error', message: 'without a Business Associate Agreement' }],
    },
    {
      name: 'unstated tracking is information',
      yaml: swap(us, '    tracking_technologies: none\n', ''),
      findings: [{ pointer: '/compliance/hipaa/tracking_technologies', severity: 'info', message: 'does not say whether tracking pixels run' }],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    { name: 'no compliance section', yaml: noCompliance, reason: ONCE },
  ],
});

describe('compliance errors fail the file', () => {
  it('exits 1 on a well-scored plan with one compliance error, in the JSON and the default output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-compliance-'));
    const file = path.join(dir, 'plan.strategy.yaml');
    writeFileSync(file, withPlan((p) => (p.compliance.vendors[0].handles_phi = true)));
    const json = await cli(['--format', 'json', file]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.files[0].passed).toBe(false);
    expect(doc.files[0].score).toBeGreaterThanOrEqual(80);
    expect(doc.files[0].findings.some((f: any) => f.ruleId === 'hipaa/vendor-baa' && f.severity === 'error')).toBe(true);
    const stylish = await cli([file]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('hipaa/vendor-baa');
  });
});

describe('examples/patient-stories-without-consent.strategy.yaml', () => {
  it('HIPAA consent errors, the file fails', () => {
    const name = 'patient-stories-without-consent.strategy.yaml';
    const r = lint(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), name);
    const consent = findingsOf(r, 'hipaa/patient-consent');
    expect(consent.map((f) => f.pointer)).toEqual(['/content/calendar/1/consent_ref', '/content/calendar/3/consent_ref', '/compliance/hipaa/patient_content_consent']);
    expect(consent.every((f) => f.severity === 'error')).toBe(true);
    expect(findingsOf(r, 'hipaa/review-response-policy')).toHaveLength(1);
    expect(r.passed).toBe(false);
  });
});
