import { defineRule, finding, scope } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'jurisdiction/none',
    category: 'compliance',
    severity: 'info',
    description:
      'The plan says where the organisation operates (organization.jurisdictions) or where its audiences are (organization.audience_locations), so that the laws it falls under are checked.',
    rationale:
      "Which privacy, advertising and medicines laws bind a plan follows from who the organisation is (a HIPAA covered entity or not, a drug or device maker) and from where it operates and where its audiences live: HIPAA and the FTC rules in the US, Washington's, Nevada's and Connecticut's consumer health data laws for those states' residents, the GDPR and ePrivacy rules in the EU/EEA, the UK GDPR, French influencer and medical-secrecy law. " +
      'Patient consent in particular depends on the law of the country ("Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA). A plan that names neither gets none of those checks, and its reader should know. `strategy-lint explain RULE PLAN` says why a rule applies to a plan or not.',
    source:
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA; strategy format: organization.jurisdictions and organization.audience_locations',
    fix: 'List the ISO 3166 codes where the organisation operates in `organization.jurisdictions` (e.g. `[US, US-WA]`, `[SE]`, `[FR]`), and where its audiences are in `organization.audience_locations` when wider (`[US]` for nationwide).',
    laws: ['hipaa-164-502a', 'gdpr-art9', 'rcw-19-373'],
    examples: {
      fail: 'organization:\n  name: Example Clinic',
      pass: 'organization:\n  name: Example Clinic\n  jurisdictions: [SE]',
    },
  },
  check(plan, ctx) {
    const s = scope(plan, ctx);
    if (s.all.size > 0) return [];
    const covered = s.hipaa.applies;
    const sets = [
      ...(covered ? [] : ['HIPAA (needs a US jurisdiction or organization.covered_entity: true)']),
      'FTC rules on health data (need a US audience)',
      'GDPR and ePrivacy (need an EU/EEA country or the UK)',
      'endorsement disclosure and reviews (need the US, the EU/EEA or the UK)',
      'FDA and EU medicines rules (need a pharma or medtech plan for the US or the EU)',
      'Washington My Health My Data Act, Nevada and Connecticut consumer health data laws (need those states, or a nationwide US audience)',
    ];
    return [
      finding(
        '/organization/jurisdictions',
        `the plan names no jurisdiction or audience location (organization.jurisdictions, organization.audience_locations), so these legal rule sets were skipped: ${sets.join('; ')}` +
          (covered
            ? `. HIPAA still applies because organization.${plan.organization?.covered_entity === true ? 'covered_entity' : 'business_associate'} is true`
            : ''),
      ),
    ];
  },
});
