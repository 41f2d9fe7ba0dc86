// The ftc/ rules (category compliance): health data of US organisations outside HIPAA (FTC Act s.5
// and the Health Breach Notification Rule).
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { lint, ruleStatus } from '../helpers.js';

/** A US fertility app outside HIPAA that sends app events to Meta and TikTok (the FTC's Premom and Flo facts). */
const app = plan`
  organization: {name: Cycle App, type: other, jurisdictions: [US, US-OH], covered_entity: false}
  why: A cycle and ovulation tracking app with a paid tier.
  compliance:
    vendors:
      - name: Meta SDK and Conversions API (events sent - app_open, log_period, positive_ovulation_test)
        handles_phi: true
        baa: false
      - name: TikTok Events API (same event set)
        handles_phi: true
        baa: false
      - name: AppsFlyer
        handles_phi: false
        baa: false
`;

ruleTester('ftc/health-data-sharing', {
  valid: [
    {
      name: 'health events go to the ad platform only after an affirmative express consent',
      yaml: plan`
        organization: {name: Cycle App, jurisdictions: [US], covered_entity: false, offers: [health-app]}
        compliance:
          tracking:
            - vendor: Meta
              technology: sdk
              pages: [app]
              data: [positive ovulation test]
              consent: prior-opt-in
      `,
    },
    {
      name: 'an ad platform that receives no health data',
      yaml: 'organization: {name: Cycle App, jurisdictions: [US], covered_entity: false}\ncompliance:\n  vendors:\n    - name: Meta Pixel (marketing site, page views only)\n      handles_phi: false\n',
    },
  ],
  invalid: [
    {
      name: 'probe: ovulation and pregnancy events sent to Meta and TikTok (a breach under the amended HBNR for a health app)',
      yaml: app,
      findings: [
        {
          pointer: '/compliance/vendors/0/name',
          severity: 'critical',
          message:
            /sends health data \(its line names log period\) to Meta .* without the user's affirmative express consent: an unfair practice under FTC Act s\.5 \(GoodRx, BetterHelp, Premom 2023; Cerebral, Monument 2024\), and for a health app a breach of security .*16 CFR 318\.2/,
          line: 5,
        },
        { pointer: '/compliance/vendors/1/name', severity: 'critical', message: 'to TikTok (pixel, Events API, SDK) for advertising' },
      ],
    },
    {
      name: 'a structured tracking entry without consent',
      yaml: plan`
        organization: {name: Telehealth Co, type: telehealth, jurisdictions: [US, US-TX], covered_entity: false}
        compliance:
          tracking:
            - vendor: Google Ads tag
              technology: pixel
              pages: [symptom-checker]
              data: [symptoms entered]
              consent: none
      `,
      findings: [
        {
          pointer: '/compliance/tracking/0/vendor',
          severity: 'critical',
          message: 'tracking entry `Google Ads tag` sends health data (it sends symptom…) to Google Ads and the Google tag',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a HIPAA covered entity (HIPAA governs its health data)',
      yaml: swap(app, 'covered_entity: false', 'covered_entity: true'),
      reason: "HIPAA governs this organisation's health data",
    },
    {
      name: 'a US hospital is presumed a covered entity',
      yaml: 'organization: {name: General, type: hospital, jurisdictions: [US]}\n',
      reason: 'a US hospital is presumed a HIPAA covered entity',
    },
    {
      name: 'a French clinic',
      yaml: 'organization: {name: Clinique, jurisdictions: [FR], covered_entity: false}\n',
      reason: 'the FTC rules on health data protect US consumers; this plan names FR',
    },
  ],
});

describe('a non-HIPAA US health company', () => {
  const r = lint(app);
  it('gets FTC findings and no HIPAA findings', () => {
    expect(r.findings.filter((f) => f.ruleId.startsWith('ftc/')).length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.ruleId.startsWith('hipaa/'))).toEqual([]);
    for (const id of ['hipaa/vendor-baa', 'hipaa/tracking-technologies', 'hipaa/patient-consent']) expect(ruleStatus(r, id), id).toBe('skipped');
  });
  it('says why the FTC rules apply: not a HIPAA covered entity, offers a health app', () => {
    expect(r.rules.find((x) => x.ruleId === 'ftc/health-data-sharing')?.reason).toMatch(
      /^FTC Act s\.5 applies: a US organisation outside HIPAA .*; the FTC Health Breach Notification Rule applies: not a HIPAA covered entity, offers an app/,
    );
  });
  it('a telehealth plan with pixels and no BAA no longer scores 100', () => {
    expect(r.score).toBeLessThan(60);
  });
});
