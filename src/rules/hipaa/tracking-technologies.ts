import { complianceSkip, defineRule, finding, sev } from '../helpers.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/tracking-technologies',
    category: 'compliance',
    severity: 'critical',
    description: 'Tracking pixels that can send PHI to an ad platform are covered by a BAA (or not used).',
    rationale:
      'Meta and Google pixels on patient portals, booking flows and condition pages send health information to the ad platform; HHS OCR holds that this needs a BAA or the patient\'s authorization, and a cookie banner is not an authorization. ' +
      'AHA v. Becerra (2024) vacated the part on unauthenticated public pages; portals, apps and scheduling flows are still covered. Seed 004 names privacy as the reason organisations hold back: a plan that measures paid ROI must say how its tracking stays lawful.',
    source: 'Seed 004 (privacy concerns); HHS OCR tracking-technologies bulletin (2022, updated 2024); 45 CFR 164.502(e)',
    fix: 'Remove pixels from authenticated and scheduling pages, or sign a BAA with the tracking vendor and set `compliance.hipaa.tracking_technologies: with-baa` (or `none`).',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    tracking_technologies: without-baa',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    tracking_technologies: none',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  check(plan) {
    const t = plan.compliance?.hipaa?.tracking_technologies;
    if (t === 'without-baa') {
      return [finding('/compliance/hipaa/tracking_technologies', 'tracking technologies run without a Business Associate Agreement: pixels on booking or portal pages send PHI to the vendor')];
    }
    if (t === undefined) {
      return [finding('/compliance/hipaa/tracking_technologies', 'the plan does not say whether tracking pixels run on its pages, or under a BAA (compliance.hipaa.tracking_technologies)', { ...sev('info'), hint: 'Set `compliance.hipaa.tracking_technologies` to `none` or `with-baa` after checking your pages and tag manager.' })];
    }
    return [];
  },
});
