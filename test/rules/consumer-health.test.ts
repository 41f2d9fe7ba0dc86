// The consumer-health/ rules (category compliance): the Washington, Nevada and Connecticut consumer
// health data laws, for plans that name those states or reach them with a nationwide US audience.
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { lint } from '../helpers.js';

/** A Washington plan with the given `consumer_health_data` fields. */
const wa = (fields: string) => plan`
  organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-WA]}
  compliance:
    consumer_health_data: {${fields}}
`;
const ok = 'collection_consent: opt-in, sharing_consent: separate, sale: none, privacy_policy: https://clinic.example/chd, geofencing: none';

/** A nationwide US health app (not a covered entity) with a Meta SDK on its app pages. */
const nationwideApp = plan`
  organization: {name: Cycle App, type: other, jurisdictions: [US], covered_entity: false, offers: [health-app]}
  compliance:
    tracking:
      - vendor: Meta
        technology: sdk
        pages: [app]
        data: [app open]
        consent: prior-opt-in
`;

ruleTester('consumer-health/consent', {
  valid: [
    { name: 'opt-in collection and a separate consent to share', yaml: wa(ok) },
    { name: 'no sharing at all', yaml: wa('collection_consent: opt-in, sharing_consent: no-sharing') },
    {
      name: 'collection limited to what the requested service needs (RCW 19.373.030(1)(a))',
      yaml: wa('collection_consent: service-only, sharing_consent: no-sharing'),
    },
    {
      name: 'the older washington_mhmda section is still read',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-WA]}\ncompliance:\n  washington_mhmda: {collection_consent: opt-in, sharing_consent: separate}\n',
    },
  ],
  invalid: [
    {
      name: 'opt-out collection is an error; bundled sharing with no sharing evidence is an error',
      yaml: wa('collection_consent: opt-out, sharing_consent: bundled, geofencing: none'),
      findings: [
        {
          pointer: '/compliance/consumer_health_data/collection_consent',
          severity: 'error',
          message:
            'collected with `opt-out` consent; Washington require consent to collect it unless it is necessary to provide the service the consumer asked for (RCW 19.373.030)',
        },
        {
          pointer: '/compliance/consumer_health_data/sharing_consent',
          severity: 'error',
          message: /shared with `bundled` consent; .*acceptance of general terms is not consent \(RCW 19\.373\.030; RCW 19\.373\.010\)/,
        },
      ],
    },
    {
      name: 'bundled sharing while an ad platform receives health data is critical',
      yaml: plan`
        organization: {name: Cycle App, jurisdictions: [US, US-WA], covered_entity: false}
        compliance:
          vendors:
            - name: Meta SDK and Conversions API (positive_ovulation_test, pregnancy_mode_on)
              handles_phi: true
          consumer_health_data: {collection_consent: opt-in, sharing_consent: bundled, privacy_policy: https://app.example/chd}
      `,
      findings: [
        { pointer: '/compliance/consumer_health_data/sharing_consent', severity: 'critical', message: 'for example with `Meta SDK and Conversions API' },
      ],
    },
    {
      name: 'a sale without a signed authorization (RCW 19.373.070)',
      yaml: wa('collection_consent: opt-in, sharing_consent: separate, sale: other'),
      findings: [
        {
          pointer: '/compliance/consumer_health_data/sale',
          severity: 'critical',
          message: 'sold without a signed authorization from each consumer (RCW 19.373.070)',
        },
      ],
    },
    {
      name: 'unstated consent is a warning',
      yaml: wa('geofencing: none'),
      findings: [
        { pointer: '/compliance/consumer_health_data/collection_consent', severity: 'warning', message: 'does not say how it gets consent to collect' },
        { pointer: '/compliance/consumer_health_data/sharing_consent', severity: 'warning', message: 'does not say whether it shares consumer health data' },
      ],
    },
    {
      name: 'accepted terms of service are not consent (RCW 19.373.010)',
      yaml: plan`
        organization: {name: Cycle App, jurisdictions: [US, US-WA], covered_entity: false}
        content:
          calendar:
            - date: 2027-04-19
              channel: instagram
              type: ugc
              involves_patient: true
              consent_ref: Accepted Terms of Service section 9 (community content licence)
        compliance:
          consumer_health_data: {collection_consent: opt-in, sharing_consent: separate}
      `,
      findings: [
        {
          pointer: '/content/calendar/0/consent_ref',
          severity: 'critical',
          message: 'on the strength of accepted terms of service, which is not consent to share consumer health data (RCW 19.373.010)',
        },
      ],
    },
    {
      name: 'a nationwide US plan with tracking is prompted about Washington, Nevada and Connecticut',
      yaml: nationwideApp,
      findings: [
        {
          pointer: '/compliance/consumer_health_data',
          severity: 'warning',
          message:
            "the plan's US audience is nationwide and it runs tracking (Meta (pixel, Conversions API, SDK)): Washington, Nevada and Connecticut consumer health data laws protect their residents",
        },
      ],
    },
    {
      name: 'a Nevada audience named by state name in audience_locations',
      yaml: swap(nationwideApp, 'jurisdictions: [US]', 'jurisdictions: [US, US-OH], audience_locations: [Nevada]'),
      findings: [{ pointer: '/compliance/consumer_health_data', message: 'the plan reaches Nevada residents and it runs tracking' }],
    },
  ],
  notApplicable: [
    {
      name: 'a plan whose US audiences are in Ohio only',
      yaml: swap(nationwideApp, 'jurisdictions: [US]', 'jurisdictions: [US, US-OH]'),
      reason: 'its US audiences are in US-OH',
    },
    {
      name: 'a nationwide plan that collects nothing',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\n',
      reason: 'the plan shows no consumer health data collection',
    },
    {
      name: 'Nevada exempts entities subject to HIPAA',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-NV], covered_entity: true}\ncompliance:\n  consumer_health_data: {collection_consent: opt-out}\n',
      reason: "Nevada's consumer health data law (SB 370) exempts entities subject to HIPAA",
    },
    {
      name: 'a French plan',
      yaml: 'organization: {name: Clinique, jurisdictions: [FR]}\ncompliance:\n  consumer_health_data: {collection_consent: opt-out}\n',
      reason: 'the plan names no US audience',
    },
  ],
});

ruleTester('consumer-health/geofencing', {
  valid: [
    { name: 'no geofencing', yaml: wa(ok) },
    {
      name: 'city targeting, and a fence far from care sites',
      yaml: 'organization: {jurisdictions: [US, US-WA]}\nbudget:\n  lines:\n    - item: Geofenced ads within 3 miles of the stadium on game days\n      amount: 100\ncompliance:\n  consumer_health_data: {geofencing: away-from-care-sites}\n',
    },
  ],
  invalid: [
    {
      name: 'a geofence declared near care sites is critical',
      yaml: wa('geofencing: near-care-sites'),
      findings: [
        {
          pointer: '/compliance/consumer_health_data/geofencing',
          severity: 'critical',
          message: 'that is forbidden (2,000 feet in Washington, RCW 19.373.080)',
        },
      ],
    },
    {
      name: "probe: a budget line that geofences competitors' urgent cares, while the field says away-from-care-sites",
      yaml: plan`
        organization: {name: Cascadia Health, jurisdictions: [US, US-WA], covered_entity: true}
        budget:
          lines:
            - item: Geofenced mobile display around the four competitor urgent care locations (800 ft radius)
              amount: 50000
        compliance:
          washington_mhmda: {geofencing: away-from-care-sites}
      `,
      findings: [
        {
          pointer: '/budget/lines/0/item',
          severity: 'critical',
          message:
            /geofence .* around care sites \(`urgent care…`\) of about 800 feet although compliance\.washington_mhmda\.geofencing says `away-from-care-sites`: geofencing around health care sites is forbidden \(2,000 feet in Washington, RCW 19\.373\.080\)/,
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: "a nationwide plan: an error naming the three states' distances",
      yaml: 'organization: {jurisdictions: [US]}\nbudget:\n  lines:\n    - item: Geofencing around fertility clinics nationwide\n      amount: 100\n',
      findings: [
        {
          pointer: '/budget/lines/0/item',
          severity: 'error',
          message: '2,000 feet in Washington, RCW 19.373.080; 1,750 feet in Nevada, NRS 603A (SB 370); 1,750 feet in Connecticut, PA 23-56',
        },
      ],
    },
    {
      name: 'unstated geofencing is information',
      yaml: wa('collection_consent: opt-in'),
      findings: [{ pointer: '/compliance/consumer_health_data/geofencing', severity: 'info', message: 'does not say whether it geofences' }],
    },
  ],
  notApplicable: [
    { name: 'a plan for Ohio only', yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-OH]}\n', reason: 'its US audiences are in US-OH' },
  ],
});

ruleTester('consumer-health/privacy-policy', {
  valid: [{ name: 'a policy is linked', yaml: wa(ok) }],
  invalid: [
    {
      name: 'no consumer health data privacy policy (RCW 19.373.020)',
      yaml: wa('collection_consent: opt-in'),
      findings: [
        {
          pointer: '/compliance/consumer_health_data/privacy_policy',
          severity: 'warning',
          message: 'the plan reaches Washington residents but links no consumer health data privacy policy',
        },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a plan that collects nothing',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-WA]}\n',
      reason: 'shows no consumer health data collection',
    },
  ],
});

describe('the state laws protect residents wherever the organisation is', () => {
  it('names the law and why it applies in the rule result', () => {
    const r = lint(wa('collection_consent: opt-in'));
    expect(r.rules.find((x) => x.ruleId === 'consumer-health/consent')?.reason).toMatch(/^Washington's My Health My Data Act applies: .*the plan names US-WA/);
  });
});
