import { defineRule, finding, regulations } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'jurisdiction/none',
    category: 'compliance',
    severity: 'info',
    description: 'The plan names the jurisdictions it runs in, so that the right legal rule sets (HIPAA, GDPR, FTC, FDA, Washington MHMDA) are checked.',
    rationale:
      'Which privacy and advertising laws bind a plan depends on where it runs: HIPAA in the US, the GDPR in the EU/EEA, Washington\'s My Health My Data Act in US-WA. Seed 002 (HIPAA section) ties patient consent to the law of the country; a plan that names no jurisdiction gets none of those checks, and its reader should know.',
    source: 'Seed 002, HIPAA section; strategy format: organization.jurisdictions',
    fix: 'List the ISO 3166 codes where the plan runs in `organization.jurisdictions`, e.g. `[US]`, `[US, US-WA]`, `[SE]` or `[EU]`.',
    examples: {
      fail: 'organization:\n  name: Example Clinic',
      pass: 'organization:\n  name: Example Clinic\n  jurisdictions: [SE]',
    },
  },
  check(plan, ctx) {
    if (ctx.jurisdictions.length > 0) return [];
    const covered = plan.organization?.covered_entity === true;
    const sets = [
      ...(covered ? [] : ['HIPAA (needs a US jurisdiction or organization.covered_entity: true)']),
      'GDPR (needs an EU/EEA country)',
      'endorsement disclosure (needs US or EU/EEA)',
      'FDA risk information (needs a US pharma plan)',
      `Washington My Health My Data Act (needs ${regulations(ctx).mhmda.jurisdiction})`,
    ];
    return [
      finding(
        '/organization/jurisdictions',
        `the plan names no jurisdiction (organization.jurisdictions), so these legal rule sets were skipped: ${sets.join('; ')}` +
          (covered ? '. HIPAA still applies because organization.covered_entity is true' : ''),
      ),
    ];
  },
});
