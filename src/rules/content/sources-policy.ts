import { defineRule, finding, present, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'content/sources-policy',
    category: 'content',
    severity: 'error',
    description: 'The plan says how medical claims are sourced and fact-checked before they are published.',
    rationale:
      'Fewer than one in ten US adults trust most health information on social media (KFF 2025); a healthcare account earns trust ' +
      'by citing credible sources and checking claims, and must never add to misinformation (the guide "Social media in the healthcare industry", WHO infodemic guidance).',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 5: credible sources; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: trusted sources and fighting misinformation',
    fix: 'Add `content.sources_policy:` saying which sources claims cite (e.g. CDC, WHO, peer-reviewed) and who checks them before publishing.',
    examples: {
      fail: 'content:\n  pillars: [vaccines explained]',
      pass: 'content:\n  sources_policy: Every medical claim links to the CDC or a peer-reviewed source and is checked by a clinician.',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'content'),
  check(plan) {
    if (!present(plan.content?.sources_policy)) {
      return [finding('/content/sources_policy', 'the plan has no sources or fact-checking policy for medical claims')];
    }
    return [];
  },
});
