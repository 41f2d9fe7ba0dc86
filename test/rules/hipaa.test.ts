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

/** The US plan with a consent record behind its patient story: the evidence, not just an id. */
const RECORD = plan`
  consents:
    - id: AUTH-2027-004
      kind: hipaa-authorization
      covers: [social-media, website]
      signed: 2027-01-05
      expires: 2028-01-05
      revocable: true
      standalone: true
      condition_of_care: false
`
  .replace(/^/gm, '  ')
  .replace(/ +$/gm, '');
const recorded = us + RECORD;
/** The US plan whose patient story names `ref`. */
const ref = (text: string) => swap(us, 'consent_ref: AUTH-2027-004', `consent_ref: ${text}`);

ruleTester('hipaa/patient-consent', {
  valid: [
    { name: 'a patient story with its authorization, and a written-authorization policy', yaml: us },
    { name: 'a covered entity that names no jurisdiction is checked', yaml: swap(us, 'jurisdictions: [US], ', '') },
    { name: 'without a compliance section, a consented story passes (the missing policy is reported once elsewhere)', yaml: noCompliance },
    { name: 'a consent record of the right kind, covering social media, signed before and expiring after the post', yaml: recorded },
    {
      name: 'a paid post under a record that covers paid ads',
      yaml: swap(
        swap(recorded, 'covers: [social-media, website]', 'covers: [social-media, paid-ads]'),
        'involves_patient: true\n',
        'involves_patient: true\n      paid: true\n',
      ),
    },
    { name: 'a separate authorization form', yaml: swap(us, '    dm_policy:', '    consent_form: forms/marketing-authorization-2027.pdf\n    dm_policy:') },
    { name: 'a reference that says what it is not ("not verbal") gives nothing away', yaml: ref('"Written authorization AUTH-2027-004, not verbal"') },
  ],
  invalid: [
    {
      name: 'a patient story without consent_ref is critical at the entry',
      yaml: ref('null'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'critical',
          message: 'calendar entry 3 (2027-01-20, instagram) is patient content but names no consent (consent_ref): it needs a signed HIPAA authorization',
          at: 'consent_ref: null',
          line: 14,
          column: 7,
        },
      ],
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
      name: 'probe: consent_ref `none` is no consent',
      yaml: ref('none'),
      findings: [
        { pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'its consent_ref says `none`: it needs a signed HIPAA authorization' },
      ],
    },
    {
      name: 'probe: a verbal consent is not an authorization',
      yaml: ref('verbal OK at chairside'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'critical',
          message: /rests on a verbal consent \(its consent_ref says `verbal ok`\), not a signed HIPAA authorization: 45 CFR 164\.508\(a\)\(3\)/,
        },
      ],
    },
    {
      name: 'probe: an acknowledgment of the notice of privacy practices is not an authorization',
      yaml: ref('NPP-ACK-2026-4471'),
      findings: [
        { pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'rests on an acknowledgment of the notice of privacy practices' },
      ],
    },
    {
      name: 'probe: a consent to treatment is not an authorization',
      yaml: ref('"Consent to treat signed 2026-03-14 (intake packet)"'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'rests on a consent to treatment' }],
    },
    {
      name: 'probe: terms of service are not an authorization',
      yaml: ref('Accepted Terms of Service section 9'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'rests on terms of service' }],
    },
    {
      name: 'a section of an admission agreement is not a separate authorization',
      yaml: ref('"Admission agreement section 14 (photo and media release)"'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'critical',
          message: '45 CFR 164.508(b)(3): an authorization for marketing cannot be combined with another document',
        },
      ],
    },
    {
      name: 'the tell-tale kinds are read in Swedish, French, Romanian and Spanish',
      yaml: swap(
        swap(us, 'type: educational\n', 'type: educational\n      involves_patient: true\n      consent_ref: Muntligt samtycke 2027-01-02\n'),
        'type: promotional\n',
        'type: promotional\n      involves_patient: true\n      consent_ref: "Consentement éclairé à l\'intervention"\n',
      ).replace('consent_ref: AUTH-2027-004', 'consent_ref: Consimțământ informat pentru tratament'),
      findings: [
        { pointer: '/content/calendar/0/consent_ref', severity: 'critical', message: 'rests on a verbal consent' },
        { pointer: '/content/calendar/1/consent_ref', severity: 'critical', message: 'rests on a consent to treatment' },
        { pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'rests on a consent to treatment' },
      ],
    },
    {
      name: 'with consent records, an id that names none is an error with a suggestion (renaming the reference is not evidence)',
      yaml: swap(recorded, 'consent_ref: AUTH-2027-004', 'consent_ref: AUTH-2027-04'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'error',
          message: 'names consent `AUTH-2027-04`, which is not a record under compliance.consents; did you mean `AUTH-2027-004`?',
          suggestion: 'AUTH-2027-004',
        },
      ],
    },
    {
      name: 'a record of another kind is read as what it is',
      yaml: swap(recorded, 'kind: hipaa-authorization', 'kind: treatment-consent'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'critical',
          message: 'rests on a consent to treatment (consent `AUTH-2027-004` is recorded as `treatment-consent`)',
        },
      ],
    },
    {
      name: 'a media release is an error until compliance records it as an authorization',
      yaml: swap(recorded, 'kind: hipaa-authorization', 'kind: media-release'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', severity: 'error', message: 'rests on a media release' }],
    },
    {
      name: 'a record that does not cover social media',
      yaml: swap(recorded, 'covers: [social-media, website]', 'covers: [website, print]'),
      findings: [
        {
          pointer: '/compliance/consents/0/covers',
          severity: 'critical',
          message: 'consent `AUTH-2027-004` covers website, print, not social media',
          at: 'covers: [website, print]',
        },
      ],
    },
    {
      name: 'a post before the authorization is signed, or after it expires',
      yaml: swap(swap(recorded, 'signed: 2027-01-05', 'signed: 2027-02-01'), 'expires: 2028-01-05', 'expires: 2028-02-01'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'critical',
          message: 'is planned for 2027-01-20, before consent `AUTH-2027-004` was signed (2027-02-01)',
        },
      ],
    },
    {
      name: 'a post after the authorization expires',
      yaml: swap(recorded, 'expires: 2028-01-05', 'expires: 2027-01-15'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', severity: 'critical', message: 'after consent `AUTH-2027-004` expires (2027-01-15)' }],
    },
    {
      name: 'a record without an expiry or the right to revoke',
      yaml: swap(swap(recorded, '      expires: 2028-01-05\n', ''), 'revocable: true', 'revocable: false'),
      findings: [
        {
          pointer: '/compliance/consents/0/expires',
          severity: 'error',
          message: 'consent `AUTH-2027-004` does not record an expiry date or event, the right to revoke it in writing (45 CFR 164.508(c)',
        },
      ],
    },
    {
      name: 'a record that is part of another document, or conditions care',
      yaml: swap(swap(recorded, 'standalone: true', 'standalone: false'), 'condition_of_care: false', 'condition_of_care: true'),
      findings: [
        { pointer: '/compliance/consents/0/standalone', severity: 'critical', message: '45 CFR 164.508(b)(3)' },
        { pointer: '/compliance/consents/0/condition_of_care', severity: 'critical', message: '45 CFR 164.508(b)(4)' },
      ],
    },
    {
      name: 'a paid post under a record that does not cover paid ads',
      yaml: swap(recorded, 'involves_patient: true\n', 'involves_patient: true\n      paid: true\n'),
      findings: [
        {
          pointer: '/content/calendar/2/consent_ref',
          severity: 'error',
          message: 'is a paid post, but consent `AUTH-2027-004` covers social-media, website, not paid ads',
        },
      ],
    },
    {
      name: 'an authorization form that is a section of the admission agreement, or required to register',
      yaml: swap(
        us,
        '    dm_policy:',
        '    consent_form: "forms/new-patient-registration-packet.pdf (page 6, required to complete registration)"\n    dm_policy:',
      ),
      findings: [
        {
          pointer: '/compliance/hipaa/consent_form',
          severity: 'critical',
          message:
            /described as `new patient registration` and `required to complete`: an authorization for marketing cannot be combined with another document \(45 CFR 164\.508\(b\)\(3\)\), and treatment, admission or registration cannot depend on signing it/,
        },
      ],
    },
    {
      name: 'patient content needs a plan-level written authorization',
      yaml: swap(us, 'patient_content_consent: written-authorization', 'patient_content_consent: verbal'),
      findings: [{ pointer: '/compliance/hipaa/patient_content_consent', severity: 'critical', message: '`verbal`, not a written authorization' }],
    },
    {
      name: 'a policy that does not say what consent it obtains',
      yaml: swap(us, '    patient_content_consent: written-authorization\n', ''),
      findings: [
        {
          pointer: '/compliance/hipaa/patient_content_consent',
          severity: 'error',
          message: 'the plan has 1 patient-content entry but does not say what consent it obtains',
        },
      ],
    },
    {
      name: 'without a compliance section, a patient story without consent is still flagged at the entry',
      yaml: swap(noCompliance, 'consent_ref: AUTH-2027-004', 'consent_ref: null'),
      findings: [{ pointer: '/content/calendar/2/consent_ref', message: 'names no consent' }],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    {
      name: 'an organisation that says it is not a covered entity',
      yaml: swap(us, 'covered_entity: true', 'covered_entity: false'),
      reason: 'covered_entity is false',
    },
  ],
});

/** The US plan with another DM policy. */
const dm = (text: string) => swap(us, 'dm_policy: Never discuss symptoms or records in direct messages', `dm_policy: ${text}`);

ruleTester('hipaa/dm-policy', {
  valid: [
    { name: 'a DM policy', yaml: us },
    {
      name: 'health details named only to keep them out, with a secure channel',
      yaml: dm('Never discuss symptoms, results or appointments in DMs; send the portal link or the nurse line'),
    },
    {
      name: 'a Swedish policy that keeps health details out of DMs',
      yaml: dm('Vi diskuterar aldrig hälsa eller journaluppgifter i direktmeddelanden; vi hänvisar till telefon'),
    },
    { name: 'a Spanish policy that sends people to the phone', yaml: dm('No hablamos de síntomas por mensaje directo; damos el número de teléfono') },
    { name: 'a policy in a language the word lists do not cover is not judged on what it leaves out', yaml: dm('Antworten schnell, freundlich') },
  ],
  invalid: [
    {
      name: 'no DM policy is a warning',
      yaml: swap(us, '    dm_policy: Never discuss symptoms or records in direct messages\n', ''),
      findings: [{ pointer: '/compliance/hipaa/dm_policy', severity: 'warning', message: 'the plan has no direct-message policy' }],
    },
    {
      name: 'a policy that has staff answer refill and lab-result questions in DMs is an error',
      yaml: dm('Community managers answer DMs, including appointment, refill and lab-result questions, and email a summary to the clinic'),
      findings: [
        {
          pointer: '/compliance/hipaa/dm_policy',
          severity: 'error',
          message: 'the direct-message policy has staff handle health details in DMs (it says `refill…`, `lab result…`)',
        },
      ],
    },
    {
      name: 'a policy about speed and sales says nothing about health details',
      yaml: dm('Answer DMs fast, send prices and book them in'),
      findings: [
        {
          pointer: '/compliance/hipaa/dm_policy',
          severity: 'warning',
          message: 'does not say to keep health details out of DMs or where to send them instead',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    { name: 'no compliance section: not repeated through every HIPAA policy rule', yaml: noCompliance, reason: ONCE },
  ],
});

/** The US plan with another review-response policy. */
const reviews = (text: string) => swap(us, 'review_response_policy: Never confirm or deny that a reviewer is a patient', `review_response_policy: ${text}`);

ruleTester('hipaa/review-response-policy', {
  valid: [
    { name: 'a review-response policy', yaml: us },
    {
      name: '"never mention their treatment" is the rule, not a breach of it',
      yaml: reviews('Never confirm that a reviewer is a patient and never mention their treatment; give the patient-relations number'),
    },
    {
      name: 'a French policy that never confirms',
      yaml: reviews("Nous ne confirmons jamais qu'un auteur est patient; nous donnons le numéro du service des relations"),
    },
    { name: 'a Romanian policy that never confirms', yaml: reviews('Nu confirmăm niciodată că autorul unei recenzii este pacientul nostru') },
  ],
  invalid: [
    {
      name: 'no review-response policy is a warning',
      yaml: swap(us, '    review_response_policy: Never confirm or deny that a reviewer is a patient\n', ''),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'warning', message: 'the plan has no review-response policy' }],
    },
    {
      name: 'probe: a policy that tells staff to describe the care the reviewer received is critical',
      yaml: reviews('"Reply by first name and mention their treatment; for negative reviews, explain the clinical facts of the visit"'),
      findings: [
        {
          pointer: '/compliance/hipaa/review_response_policy',
          severity: 'critical',
          message:
            /tells staff to discuss the reviewer's care in public replies \(it says `mention … treatment`, `clinical facts`.*\): a reply that mentions a treatment or visit confirms the reviewer is a patient/,
        },
      ],
    },
    {
      name: 'a template that thanks the reviewer for trusting the clinic "with your care"',
      yaml: reviews('"Use the template: Thank you for trusting our urgent care team with your care, Sam"'),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'critical', message: 'it says `your care`' }],
    },
    {
      name: 'a Spanish policy that describes the treatment',
      yaml: reviews('Respondemos por su nombre y comentamos su tratamiento'),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'critical', message: 'it says `su tratamiento`' }],
    },
    {
      name: 'addressing reviewers by name without a rule against confirming they are patients',
      yaml: reviews('Reply to every review by first name within a day'),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'error', message: 'address the reviewer by name (it says `by first name`)' }],
    },
    {
      name: 'a policy that is silent on confirming a patient relationship',
      yaml: reviews('The Administrator responds personally to every review'),
      findings: [
        {
          pointer: '/compliance/hipaa/review_response_policy',
          severity: 'warning',
          message: 'does not say that replies never confirm or deny that a reviewer is a patient',
        },
      ],
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
    {
      name: 'a server-side tagging vendor that signs BAAs',
      yaml: swap(
        us,
        'name: Mentionlytics\n      handles_phi: false\n      baa: false',
        'name: Freshpaint (server-side tags on appointment pages)\n      handles_phi: true\n      agreement: baa',
      ),
    },
    {
      name: 'a review vendor that signs BAAs',
      yaml: swap(us, 'name: Mentionlytics\n      handles_phi: false\n      baa: false', 'name: Birdeye\n      handles_phi: true\n      baa: true'),
    },
  ],
  invalid: [
    {
      name: 'a vendor that handles PHI without a BAA is critical',
      yaml: swap(us, 'handles_phi: false', 'handles_phi: true'),
      findings: [
        {
          pointer: '/compliance/vendors/0/baa',
          severity: 'critical',
          message: 'vendor `Mentionlytics` handles PHI without a Business Associate Agreement (45 CFR 164.502(e), 164.504(e))',
          at: 'baa: false',
        },
      ],
    },
    {
      name: 'a vendor that handles PHI and records no BAA',
      yaml: swap(us, 'handles_phi: false\n      baa: false', 'handles_phi: true'),
      findings: [{ pointer: '/compliance/vendors/0', severity: 'error', message: 'handles PHI but does not record a Business Associate Agreement' }],
    },
    {
      name: 'probe: a BAA recorded with Meta for a pixel on appointment pages is not credible',
      yaml: swap(
        us,
        'name: Mentionlytics\n      handles_phi: false\n      baa: false',
        'name: Meta Pixel and Conversions API (site-wide, including login and appointment-request pages)\n      handles_phi: true\n      baa: true',
      ),
      findings: [
        {
          pointer: '/compliance/vendors/0/baa',
          severity: 'critical',
          message:
            /records a Business Associate Agreement, but Meta \(pixel, Conversions API, SDK\) does not sign BAAs .*: the agreement cannot exist, so PHI reaches the vendor without one/,
        },
      ],
    },
    {
      name: 'probe: Google Analytics with a BAA is not credible either',
      yaml: swap(
        us,
        'name: Mentionlytics\n      handles_phi: false\n      baa: false',
        'name: Google Analytics 4 (patient portal)\n      handles_phi: true\n      agreement: baa',
      ),
      findings: [
        {
          pointer: '/compliance/vendors/0/agreement',
          severity: 'critical',
          message: 'but Google Analytics does not sign BAAs (Google does not offer a BAA for Google Analytics',
        },
      ],
    },
    {
      name: 'a Meta pixel on an admission form sends PHI that no agreement can cover',
      yaml: swap(
        us,
        'name: Mentionlytics\n      handles_phi: false',
        'name: Meta Pixel (on the "verify your insurance" admissions form)\n      handles_phi: true',
      ),
      findings: [
        {
          pointer: '/compliance/vendors/0/name',
          severity: 'critical',
          message: 'to Meta (pixel, Conversions API, SDK), which does not sign BAAs: no agreement can make this disclosure lawful',
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'a Swedish plan', yaml: swedish, reason: NOT_US },
    {
      name: 'a drug maker is not a covered entity',
      yaml: 'organization: {name: Pharma Co, type: pharma, jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Agency\n      handles_phi: true\n',
      reason: 'a drug manufacturer (organization.type: pharma) is not a HIPAA covered entity',
    },
    {
      name: 'a US app outside HIPAA',
      yaml: 'organization: {name: App, jurisdictions: [US], covered_entity: false}\n',
      reason: 'organization.covered_entity is false',
    },
  ],
});

ruleTester('hipaa/tracking-technologies', {
  valid: [
    { name: 'no tracking technologies', yaml: us },
    {
      name: 'a Meta pixel on public pages only: not PHI since AHA v. Becerra',
      yaml: swap(
        us,
        'tracking_technologies: none',
        'tracking_technologies: without-baa\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [public-info, condition-info]\n      agreement: none',
      ),
    },
    {
      name: 'booking pages tracked through a vendor that signs a BAA',
      yaml: swap(
        us,
        'tracking_technologies: none',
        'tracking_technologies: with-baa\n  tracking:\n    - vendor: Freshpaint\n      technology: server-side-tag\n      pages: [scheduling, portal]\n      agreement: baa',
      ),
    },
  ],
  invalid: [
    {
      name: 'probe: with-baa while a Meta pixel runs on scheduling pages',
      yaml: swap(
        us,
        'tracking_technologies: none',
        'tracking_technologies: with-baa\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [scheduling]\n      agreement: baa',
      ),
      findings: [
        {
          pointer: '/compliance/hipaa/tracking_technologies',
          severity: 'error',
          message: 'the plan says its tracking runs under a BAA (with-baa), but Meta (pixel, Conversions API, SDK) runs where patients are identified',
        },
        {
          pointer: '/compliance/tracking/0/agreement',
          severity: 'critical',
          message: 'runs on scheduling pages under a recorded BAA, but Meta (pixel, Conversions API, SDK) does not sign BAAs',
        },
      ],
    },
    {
      name: 'Google Analytics in the patient portal without an agreement',
      yaml: swap(
        us,
        'tracking_technologies: none',
        'tracking_technologies: without-baa\n  tracking:\n    - vendor: Google Analytics\n      technology: analytics\n      pages: [portal]',
      ),
      findings: [
        { pointer: '/compliance/tracking/0/pages', severity: 'critical', message: 'sends PHI from portal pages to Google Analytics, which does not sign BAAs' },
      ],
    },
    {
      name: 'a vendor of unknown BAA status on intake forms needs a BAA',
      yaml: swap(
        us,
        'tracking_technologies: none',
        'tracking_technologies: without-baa\n  tracking:\n    - vendor: Acme Tags\n      technology: tag-manager\n      pages: [patient-forms]\n      agreement: none',
      ),
      findings: [
        { pointer: '/compliance/tracking/0/agreement', severity: 'error', message: 'runs on patient-forms pages without a Business Associate Agreement' },
      ],
    },
    {
      name: 'the summary says none but the vendor list names a pixel',
      yaml: swap(us, 'name: Mentionlytics', 'name: Meta Pixel (blog only)'),
      findings: [
        {
          pointer: '/compliance/hipaa/tracking_technologies',
          severity: 'error',
          message: 'the plan says no tracking technologies run (none), but it lists one',
        },
      ],
    },
    {
      name: 'tracking without a BAA and no word on where: a warning (only portal, booking and form pages carry PHI)',
      yaml: swap(us, 'tracking_technologies: none', 'tracking_technologies: without-baa'),
      findings: [{ pointer: '/compliance/hipaa/tracking_technologies', severity: 'warning', message: 'and the plan does not say where (compliance.tracking)' }],
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
    writeFileSync(
      file,
      withPlan((p) => {
        p.compliance.vendors[0].handles_phi = true;
        delete p.compliance.vendors[0].baa;
      }),
    );
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
    expect(consent.map((f) => f.pointer)).toEqual([
      '/content/calendar/1/consent_ref',
      '/content/calendar/3/consent_ref',
      '/compliance/hipaa/patient_content_consent',
    ]);
    expect(consent.every((f) => f.severity === 'critical')).toBe(true);
    expect(findingsOf(r, 'hipaa/review-response-policy')).toHaveLength(1);
    expect(r.passed).toBe(false);
  });
});
