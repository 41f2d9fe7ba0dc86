import type { RuleFinding } from '../../types.js';
import { defineRule, finding, quote, sev } from '../helpers.js';
import { mhmdaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'mhmda/consent',
    category: 'compliance',
    severity: 'critical',
    description: 'A plan that names Washington (US-WA) collects consumer health data only with opt-in consent and shares it only with a separate consent.',
    rationale:
      'Washington\'s My Health My Data Act covers consumer health data outside HIPAA - pixels, lead forms, app and social data that reveal a health condition or a visit - and needs opt-in consent to collect it and a separate consent to share it (RCW 19.373.030), with a private right of action. ' +
      'Seed 004 names privacy as the concern to manage; seed 004 also asks for measurement of paid ROI, which is where such data is collected.',
    source: 'Seed 004 (privacy concerns); RCW 19.373.030 (Washington My Health My Data Act, 2024)',
    fix: 'Set `compliance.washington_mhmda.collection_consent: opt-in` and `sharing_consent: separate` (or `no-sharing`), and build the consent flows they describe.',
    examples: {
      fail: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  washington_mhmda:\n    collection_consent: opt-out\n    sharing_consent: bundled',
      pass: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  washington_mhmda:\n    collection_consent: opt-in\n    sharing_consent: separate',
    },
  },
  notApplicable: (_plan, ctx) => mhmdaSkipReason(ctx),
  check(plan) {
    const out: RuleFinding[] = [];
    const m = plan.compliance?.washington_mhmda ?? {};
    const base = '/compliance/washington_mhmda';
    if (m.collection_consent === undefined) {
      out.push(finding(`${base}/collection_consent`, 'the plan names US-WA but does not say how it gets consent to collect consumer health data (compliance.washington_mhmda.collection_consent)', sev('warning')));
    } else if (m.collection_consent !== 'opt-in') {
      out.push(finding(`${base}/collection_consent`, `consumer health data is collected with ${quote(m.collection_consent)} consent; Washington requires opt-in consent (RCW 19.373.030(1)(a))`));
    }
    if (m.sharing_consent === undefined) {
      out.push(finding(`${base}/sharing_consent`, 'the plan names US-WA but does not say whether it shares consumer health data, or with what consent (compliance.washington_mhmda.sharing_consent)', sev('warning')));
    } else if (m.sharing_consent !== 'separate' && m.sharing_consent !== 'no-sharing') {
      out.push(finding(`${base}/sharing_consent`, `consumer health data is shared with ${quote(m.sharing_consent)} consent; Washington requires a consent to share that is separate from the consent to collect (RCW 19.373.030(1)(b))`));
    }
    return out;
  },
});
