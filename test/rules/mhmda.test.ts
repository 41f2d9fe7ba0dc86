// The mhmda/ rules (category compliance): Washington's My Health My Data Act, for plans that name US-WA.
import { plan, ruleTester } from '../rule-tester.js';

/** A Washington plan with the given `washington_mhmda` fields. */
const wa = (fields: string) => plan`
  organization: {name: Lakeside Pediatrics, jurisdictions: [US, US-WA]}
  compliance:
    washington_mhmda: {${fields}}
`;
const ok = 'collection_consent: opt-in, sharing_consent: separate, geofencing: none';

ruleTester('mhmda/consent', {
  valid: [
    { name: 'opt-in collection and a separate consent to share', yaml: wa(ok) },
    { name: 'no sharing at all', yaml: wa('collection_consent: opt-in, sharing_consent: no-sharing') },
  ],
  invalid: [
    {
      name: 'opt-out collection and bundled sharing are errors',
      yaml: wa('collection_consent: opt-out, sharing_consent: bundled, geofencing: none'),
      findings: [
        { pointer: '/compliance/washington_mhmda/collection_consent', severity: 'error', message: 'collected with `opt-out` consent; Washington requires opt-in consent' },
        { pointer: '/compliance/washington_mhmda/sharing_consent', severity: 'error', message: 'shared with `bundled` consent' },
      ],
    },
    {
      name: 'unstated consent is a warning',
      yaml: wa('geofencing: near-care-sites'),
      findings: [
        // Both are located at washington_mhmda (the keys are missing), ordered by message.
        { pointer: '/compliance/washington_mhmda/collection_consent', severity: 'warning', message: 'does not say how it gets consent to collect' },
        { pointer: '/compliance/washington_mhmda/sharing_consent', severity: 'warning', message: 'does not say whether it shares consumer health data' },
      ],
    },
  ],
  notApplicable: [{ name: 'a plan that does not name US-WA', yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\n', reason: 'applies when the plan names US-WA; this plan names US' }],
});

ruleTester('mhmda/geofencing', {
  valid: [{ name: 'no geofencing', yaml: wa(ok) }],
  invalid: [
    {
      name: 'a geofence near care sites is an error',
      yaml: wa('geofencing: near-care-sites'),
      findings: [{ pointer: '/compliance/washington_mhmda/geofencing', severity: 'error', message: 'within 2,000 feet of them (RCW 19.373.080)' }],
    },
    {
      name: 'unstated geofencing is information',
      yaml: wa('collection_consent: opt-in'),
      findings: [{ pointer: '/compliance/washington_mhmda/geofencing', severity: 'info', message: 'does not say whether it geofences' }],
    },
  ],
  notApplicable: [{ name: 'a plan that does not name US-WA', yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\n', reason: 'US-WA' }],
});
