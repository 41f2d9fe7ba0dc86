import { defineRule, finding, regulations, sev } from '../helpers.js';
import { mhmdaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'mhmda/geofencing',
    category: 'compliance',
    severity: 'critical',
    description: 'A plan that names Washington (US-WA) runs no geofenced ads or tracking around in-person care sites.',
    rationale:
      'Washington\'s My Health My Data Act forbids a geofence within 2,000 feet of a site that provides in-person health care when it is used to identify or track consumers, collect their data, or send them notifications or ads (RCW 19.373.080). ' +
      'Location-targeted promotion is a paid-media tactic the seeds recommend in general (seed 004, content promotion); near care sites it is unlawful in Washington.',
    source: 'Seed 004 (content promotion, privacy); RCW 19.373.080',
    fix: 'Set `compliance.washington_mhmda.geofencing: none` (or `away-from-care-sites` when every geofence stays 2,000 feet from care sites).',
    examples: {
      fail: 'organization: {jurisdictions: [US-WA]}\ncompliance:\n  washington_mhmda:\n    geofencing: near-care-sites',
      pass: 'organization: {jurisdictions: [US-WA]}\ncompliance:\n  washington_mhmda:\n    geofencing: none',
    },
  },
  notApplicable: (_plan, ctx) => mhmdaSkipReason(ctx),
  check(plan, ctx) {
    const g = plan.compliance?.washington_mhmda?.geofencing;
    const feet = regulations(ctx).mhmda.geofenceFeet.toLocaleString('en-US');
    const at = '/compliance/washington_mhmda/geofencing';
    if (g === 'near-care-sites') {
      return [finding(at, `the plan geofences near in-person care sites; Washington forbids geofences within ${feet} feet of them (RCW 19.373.080)`)];
    }
    if (g === undefined) {
      return [finding(at, `the plan names US-WA but does not say whether it geofences ads or tracking near care sites (compliance.washington_mhmda.geofencing)`, sev('info'))];
    }
    return [];
  },
});
