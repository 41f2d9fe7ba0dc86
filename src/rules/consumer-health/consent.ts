import type { RuleFinding } from '../../types.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { consentEvidence, defineRule, entryName, finding, items, quote, regulations, scope, sev } from '../helpers.js';
import { chdApplies, chdBlock, chdSkipReason, collectsHealthData, stateNames, statesInReach } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'consumer-health/consent',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'A plan that reaches Washington, Nevada or Connecticut residents (by name, or through a nationwide US audience) says how it gets consent to collect consumer health data, shares it only with a separate consent, sells it only with a signed authorization, and never treats acceptance of terms of service as consent.',
    rationale:
      "Washington's My Health My Data Act (RCW 19.373), Nevada SB 370 and Connecticut's consumer health data provisions (Public Act 23-56) protect their residents wherever the organisation is, and reach data outside HIPAA: pixels and SDKs, lead forms, app events and location data that reveal a condition or a visit. " +
      "Washington requires consent to collect consumer health data except what is necessary to provide the product or service the consumer asked for (RCW 19.373.030(1)(a)), a separate consent to share it (19.373.030(1)(b)) and a signed authorization to sell it (19.373.070); acceptance of general or broad terms of use is not consent (19.373.010); consumers can sue (19.373.090). Nevada and Connecticut impose similar consent rules, enforced by their Attorneys General; Nevada exempts entities subject to HIPAA, Washington and Connecticut exempt PHI but not a covered entity's other data. " +
      'Sharing health data with ad platforms under a bundled or absent consent stops publication (critical). A nationwide US plan that runs tracking is prompted, because its audience includes those states.',
    source:
      'RCW 19.373.010, .030, .070, .090 (Washington My Health My Data Act), as of 2024-03-31; Nevada SB 370 (2023), NRS 603A.400 et seq., as of 2024-03-31; Connecticut Public Act 23-56, Conn. Gen. Stat. 42-515 et seq., as of 2023-07-01; ' +
      '"Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: 'Set `compliance.consumer_health_data` (`collection_consent: opt-in` or `service-only`, `sharing_consent: separate` or `no-sharing`, `sale: none`), build those consent flows, and never rely on terms of service as consent.',
    laws: ['rcw-19-373', 'nv-sb-370', 'ct-pa-23-56'],
    examples: {
      fail: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  consumer_health_data:\n    collection_consent: opt-out\n    sharing_consent: bundled',
      pass: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  consumer_health_data:\n    collection_consent: opt-in\n    sharing_consent: separate\n    sale: none',
    },
  },
  notApplicable(plan, ctx) {
    const skip = chdSkipReason(plan, ctx);
    if (skip) return skip;
    if (!chdBlock(plan).present && !collectsHealthData(plan, ctx) && !termsConsents(plan, ctx).length) {
      return 'the plan shows no consumer health data collection (no tracking, no vendor receiving health data) and has no `compliance.consumer_health_data` section';
    }
    return undefined;
  },
  appliesBecause: (plan, ctx) => chdApplies(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const reach = statesInReach(plan, ctx);
    const states = stateNames(reach);
    const cite = (k: 'consent' | 'terms' | 'sale') => [...new Set(reach.map((r) => r.law.cite[k]))].join('; ');
    const { data, at, present } = chdBlock(plan);
    const nationwide = reach.every((r) => r.reach === 'nationwide');
    const collects = collectsHealthData(plan, ctx);
    for (const [e, i] of termsConsents(plan, ctx)) {
      out.push(
        finding(
          `/content/calendar/${i}/consent_ref`,
          `${entryName(e, i)} publishes a person's health story on the strength of accepted terms of service, which is not consent to share consumer health data (${cite('terms')})`,
          {
            severity: 'critical',
            hint: 'Ask the person for a separate, specific consent to publish their story, and record it under `compliance.consents`.',
          },
        ),
      );
    }
    if (!present) {
      if (collects) {
        out.push(
          finding(
            at,
            nationwide
              ? `the plan's US audience is nationwide and ${collects}: ${states} consumer health data laws protect their residents wherever the organisation is, and the plan does not say how it gets consent to collect and share consumer health data (compliance.consumer_health_data)`
              : `the plan reaches ${states} residents and ${collects}, but does not say how it gets consent to collect and share consumer health data (compliance.consumer_health_data)`,
            {
              ...sev('warning'),
              hint: 'Set `compliance.consumer_health_data` (collection_consent, sharing_consent, sale, privacy_policy), or name the states the plan reaches in `organization.audience_locations`.',
            },
          ),
        );
      }
      return out;
    }
    if (data.collection_consent === undefined) {
      out.push(
        finding(
          `${at}/collection_consent`,
          `the plan reaches ${states} residents but does not say how it gets consent to collect consumer health data (collection_consent)`,
          sev('warning'),
        ),
      );
    } else if (data.collection_consent === 'opt-out' || data.collection_consent === 'none') {
      out.push(
        finding(
          `${at}/collection_consent`,
          `consumer health data is collected with ${quote(data.collection_consent)} consent; ${states} require consent to collect it unless it is necessary to provide the service the consumer asked for (${cite('consent')})`,
        ),
      );
    }
    if (data.sharing_consent === undefined) {
      out.push(
        finding(
          `${at}/sharing_consent`,
          `the plan reaches ${states} residents but does not say whether it shares consumer health data, or with what consent (sharing_consent)`,
          sev('warning'),
        ),
      );
    } else if (data.sharing_consent === 'bundled' || data.sharing_consent === 'none') {
      const flows = dataFlows(plan, regulations(ctx).vendors.list);
      const shared = flows.find((f) => f.adPlatform || (f.tracking && f.health !== undefined) || f.handlesPhi === true);
      out.push(
        finding(
          `${at}/sharing_consent`,
          `consumer health data is shared with ${quote(data.sharing_consent)} consent${shared ? ` (for example with ${quote(shared.label, 40)})` : ''}; ${states} require a consent to share that is separate from the consent to collect, and acceptance of general terms is not consent (${cite('consent')}; ${cite('terms')})`,
          shared ? { severity: 'critical' } : {},
        ),
      );
    }
    if (data.sale === 'other') {
      out.push(finding(`${at}/sale`, `consumer health data is sold without a signed authorization from each consumer (${cite('sale')})`, sev('critical')));
    }
    return out;
  },
});

/** Patient or user stories whose consent reference is an acceptance of terms of service (outside HIPAA). */
function termsConsents(plan: Parameters<typeof scope>[0], ctx: Parameters<typeof scope>[1]) {
  if (scope(plan, ctx).hipaa.applies) return [];
  return items(plan.content?.calendar).filter(([e]) => {
    if (e.involves_patient !== true && !['ugc', 'patient-story', 'testimonial'].includes(e.type ?? '')) return false;
    return consentEvidence(plan, e.consent_ref, ctx).kind === 'terms-of-service';
  });
}
