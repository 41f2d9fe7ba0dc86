// The advertising/ rules (category compliance): platform ad policies on health ads (platform
// policy, not law).
import { ruleTester } from '../rule-tester.js';

ruleTester('advertising/platform-policy', {
  valid: [
    {
      name: 'an addiction treatment line with LegitScript certification in place',
      yaml: 'organization: {type: clinic, jurisdictions: [US], offers: [addiction-treatment]}\nbudget:\n  lines:\n    - item: Meta ads for our IOP (LegitScript certified since 2026)\n      category: paid-media\n      channel: facebook\n      amount: 1000\n',
    },
  ],
  invalid: [
    {
      name: 'probe: TikTok creator partnerships for a prescription drug',
      yaml: 'organization: {type: pharma, jurisdictions: [US]}\nbudget:\n  lines:\n    - item: TikTok creator partnerships and Spark Ads\n      category: influencers\n      channel: tiktok\n      amount: 4200000\n',
      findings: [
        {
          pointer: '/budget/lines/0/item',
          severity: 'error',
          message: 'TikTok does not allow prescription drug ads, branded creator content included (platform policy, not law)',
        },
      ],
    },
    {
      name: 'probe: Meta addiction-treatment ads while the LegitScript application is still to be filed',
      yaml: 'organization: {name: Recovery Center, type: clinic, jurisdictions: [US]}\nwhy: Outpatient addiction treatment and detox.\nbudget:\n  lines:\n    - item: Meta lead ads for detox admissions (LegitScript certification application to be filed in Q3)\n      category: paid-media\n      channel: facebook\n      amount: 1000\n',
      findings: [{ pointer: '/budget/lines/0/item', severity: 'error', message: 'the line says the certification is not in place yet' }],
    },
  ],
  notApplicable: [
    { name: 'a pediatric practice', yaml: 'organization: {type: practice, jurisdictions: [US]}\n', reason: 'advertises nothing these platforms restrict' },
  ],
});
