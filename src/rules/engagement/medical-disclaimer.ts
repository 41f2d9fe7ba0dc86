import { defineRule, finding, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'engagement/medical-disclaimer',
    category: 'engagement',
    severity: 'warning',
    description: 'Profiles carry a "not medical advice" disclaimer with a route to care.',
    rationale:
      'Health content on social media is read as advice. A disclaimer that posts and replies are general information, not individual ' +
      'medical advice, with a route to care (call us, call emergency services), protects patients and the organisation.',
    source:
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: trusted information and engagement; domain practice: no individual medical advice in replies',
    fix: 'Set `engagement.medical_advice_disclaimer: true` and add the disclaimer to every profile.',
    examples: { fail: 'engagement:\n  medical_advice_disclaimer: false', pass: 'engagement:\n  medical_advice_disclaimer: true' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan) {
    const v = plan.engagement?.medical_advice_disclaimer;
    if (v === true) return [];
    return [
      finding(
        '/engagement/medical_advice_disclaimer',
        v === false
          ? 'profiles carry no medical-advice disclaimer (`medical_advice_disclaimer: false`)'
          : 'the plan does not say whether profiles carry a medical-advice disclaimer',
      ),
    ];
  },
});
