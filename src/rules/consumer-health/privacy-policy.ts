import { defineRule, finding, present } from '../helpers.js';
import { chdApplies, chdBlock, chdSkipReason, collectsHealthData, stateNames, statesInReach } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'consumer-health/privacy-policy',
    category: 'compliance',
    severity: 'warning',
    description: 'A plan that collects consumer health data from Washington, Nevada or Connecticut residents links a consumer health data privacy policy.',
    rationale:
      'Washington requires a consumer health data privacy policy, linked from the homepage, that says what is collected, why, from where, with whom it is shared and how consumers exercise their rights (RCW 19.373.020); Nevada requires one too (SB 370), and Connecticut a privacy notice that covers consumer health data (Conn. Gen. Stat. 42-515 et seq.). ' +
      'The social team needs its address: lead forms, pixels and app sign-ups that the plan promotes are where the data is collected.',
    source: 'RCW 19.373.020, as of 2024-03-31; Nevada SB 370 (2023), NRS 603A.400 et seq., as of 2024-03-31; Connecticut Public Act 23-56, as of 2023-07-01',
    fix: 'Publish a consumer health data privacy policy and set `compliance.consumer_health_data.privacy_policy` to its URL.',
    laws: ['rcw-19-373', 'nv-sb-370', 'ct-pa-23-56'],
    examples: {
      fail: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  consumer_health_data:\n    collection_consent: opt-in',
      pass: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  consumer_health_data:\n    collection_consent: opt-in\n    privacy_policy: https://clinic.example/consumer-health-data-privacy',
    },
  },
  notApplicable(plan, ctx) {
    const skip = chdSkipReason(plan, ctx);
    if (skip) return skip;
    if (!chdBlock(plan).present && !collectsHealthData(plan, ctx))
      return 'the plan shows no consumer health data collection and has no `compliance.consumer_health_data` section';
    return undefined;
  },
  appliesBecause: (plan, ctx) => chdApplies(plan, ctx),
  check(plan, ctx) {
    const { data, at, present: has } = chdBlock(plan);
    if (present(data.privacy_policy)) return [];
    // Without the section, consumer-health/consent prompts once for the whole of it.
    if (!has) return [];
    return [
      finding(
        `${at}/privacy_policy`,
        `the plan reaches ${stateNames(statesInReach(plan, ctx))} residents but links no consumer health data privacy policy (privacy_policy)`,
      ),
    ];
  },
});
