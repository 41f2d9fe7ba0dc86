import { complianceEmpty, defineRule, finding } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'privacy/compliance-section',
    category: 'compliance',
    severity: 'error',
    weight: 2,
    description:
      'The plan has a compliance section: how it obtains consent for patient content, handles DMs and reviews, and which vendors touch patient data.',
    rationale:
      'Healthcare social media runs on patient trust: The guide "Social media in the healthcare industry" (HIPAA section) asks for written consent before patient photos and stories and care with health information in messages; "Click, Like, Retweet: Healthcare Reputation Online" names privacy as the reason organisations hold back, and shows that those who succeed manage it. ' +
      'Whatever the jurisdiction, a plan without a compliance section has not answered those questions. The policy rules of each law (hipaa/*, gdpr/*) report nothing until the section exists; this rule reports its absence once.',
    source:
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, HIPAA section; "Click, Like, Retweet: Healthcare Reputation Online" (privacy concerns)',
    fix: 'Add a `compliance:` section: the consent you obtain for patient content, a DM policy, a review-response policy, vendors and what data they receive, and the law-specific fields (hipaa, gdpr, …).',
    examples: {
      fail: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}',
      pass: 'compliance:\n  hipaa:\n    patient_content_consent: written-authorization\n    dm_policy: Never discuss symptoms or records in DMs',
    },
  },
  check(plan) {
    return complianceEmpty(plan)
      ? [
          finding(
            '/compliance',
            'the plan has no `compliance` section: no consent policy for patient content, no DM or review-response policy, no vendor list',
            { absent: true },
          ),
        ]
      : [];
  },
});
