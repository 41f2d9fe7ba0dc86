import type { RuleFinding } from '../../types.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { consentEvidence, defineRule, entryName, finding, items, label, quote, regulations, scope } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'ftc/health-data-sharing',
    category: 'compliance',
    severity: 'critical',
    description:
      "A US health company outside HIPAA (an app, a telehealth or direct-to-consumer brand, a manufacturer) sends no health data to advertising platforms without the user's affirmative express consent, and publishes no user's health story on the strength of terms of service.",
    rationale:
      "HIPAA does not reach most health apps and direct-to-consumer health brands; the FTC does. Sending health information (app events such as a logged period or a positive ovulation test, a condition, a prescription) to Meta, TikTok or Google for advertising without the consumer's affirmative express consent is an unfair and deceptive practice under FTC Act s.5: GoodRx (2023, 1.5 M USD), BetterHelp (2023, 7.8 M USD), Premom (2023), Cerebral (2024, 7 M USD), Monument (2024). " +
      'For a vendor of personal health records (a health app or connected device), that unauthorized disclosure is also a breach of security under the amended Health Breach Notification Rule (16 CFR 318.2, in force 29 July 2024), to be notified to every person affected and to the FTC. ' +
      'It stops publication (critical). Privacy concerns are the reason health organisations hold back on social media ("Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns); this is where they become law.',
    source:
      'FTC Act s.5, 15 U.S.C. 45(a); FTC orders GoodRx, BetterHelp, Premom (2023), Cerebral, Monument (2024); 16 CFR 318.2 and 318.3-318.5 (Health Breach Notification Rule, 89 FR 47028), as of 2024-07-29; ' +
      '"Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: "Stop sending health events to ad platforms, or send them only after an affirmative express consent to that sharing (`consent: prior-opt-in` on the tracking entry); get a specific consent before publishing a user's story.",
    laws: ['ftc-act-5', 'ftc-health-cases', 'ftc-hbnr'],
    examples: {
      fail: 'organization: {jurisdictions: [US], covered_entity: false, offers: [health-app]}\ncompliance:\n  tracking:\n    - vendor: Meta\n      technology: sdk\n      pages: [app]\n      data: [positive ovulation test]\n      consent: none',
      pass: 'organization: {jurisdictions: [US], covered_entity: false, offers: [health-app]}\ncompliance:\n  tracking:\n    - vendor: Meta\n      technology: sdk\n      pages: [app]\n      data: [app open]\n      consent: prior-opt-in',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    return s.ftcHealth.applies ? undefined : s.ftcHealth.because;
  },
  appliesBecause(plan, ctx) {
    const s = scope(plan, ctx);
    return `FTC Act s.5 applies: ${s.ftcHealth.because}` + (s.hbnr.applies ? `; the FTC Health Breach Notification Rule applies: ${s.hbnr.because}` : '');
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const s = scope(plan, ctx);
    const hbnr = s.hbnr.applies
      ? ', and for a health app a breach of security that must be notified to the people affected and the FTC (16 CFR 318.2, 318.3-318.5, as amended 2024)'
      : '';
    for (const f of dataFlows(plan, regulations(ctx).vendors.list)) {
      if (!f.adPlatform || f.health === undefined) continue;
      if (f.consent === 'prior-opt-in') continue;
      const platform = f.vendors.find((v) => v.adPlatform)!;
      const name = f.from === 'vendor' ? label('vendor', f.label, f.index) : `tracking entry ${quote(f.label)}`;
      out.push(
        finding(
          f.nameAt,
          `${name} sends health data (${f.health}) to ${platform.name} for advertising without the user's affirmative express consent: an unfair practice under FTC Act s.5 (GoodRx, BetterHelp, Premom 2023; Cerebral, Monument 2024)${hbnr}`,
          {
            hint: `Stop sending health events to ${platform.name}, or send them only after an affirmative express consent to that sharing, recorded as \`consent: prior-opt-in\`.`,
          },
        ),
      );
    }
    // A user's story published on accepted terms of service (state consumer-health rules judge it
    // where they apply; here when none does).
    const states = regulations(ctx).consumerHealth.laws.some((l) => s.all.has(l.code) || s.usNationwide);
    if (!states) {
      for (const [e, i] of items(plan.content?.calendar)) {
        if (e.involves_patient !== true && !['ugc', 'patient-story', 'testimonial'].includes(e.type ?? '')) continue;
        if (consentEvidence(plan, e.consent_ref, ctx).kind !== 'terms-of-service') continue;
        out.push(
          finding(
            `/content/calendar/${i}/consent_ref`,
            `${entryName(e, i)} publishes a person's health story on the strength of accepted terms of service, which is not affirmative express consent (FTC Act s.5)`,
          ),
        );
      }
    }
    return out;
  },
});
