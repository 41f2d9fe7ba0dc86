import type { RuleFinding } from '../../types.js';
import { dataFlows, type DataFlow } from '../../knowledge/data-flows.js';
import { complianceSkip, defineRule, finding, quote, regulations, sev } from '../helpers.js';
import { hipaaApplies, hipaaSkipReason } from './helpers.js';

const SUMMARY = '/compliance/hipaa/tracking_technologies';

export const rule = defineRule({
  meta: {
    id: 'hipaa/tracking-technologies',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'Tracking technologies on pages where patients are identified or enter their details (portal, booking, intake forms, apps) send nothing to a vendor that does not sign a BAA, and the `tracking_technologies` summary agrees with the tracking and vendor lists.',
    rationale:
      "A pixel, SDK or analytics tag on a patient portal, an appointment or intake form or in an app sends the vendor who the visitor is and what they do there: protected health information. HHS OCR's bulletin (guidance, not law; updated March 2024) holds that this needs a BAA with the vendor or the patient's HIPAA authorization, and a cookie banner is not an authorization. " +
      'The part of the bulletin on unauthenticated public pages (an IP address plus a visit to a page about a condition) was vacated in American Hospital Association v. Becerra (N.D. Tex., 20 June 2024; HHS did not appeal), so tracking on public information pages alone is not reported here (state consumer-health and FTC rules may still reach it). ' +
      'A BAA is the answer only with a vendor that signs one: Meta, Google Analytics, TikTok and LinkedIn do not, so their tags must come off those pages or go through a server-side vendor that signs a BAA and strips identifiers. ' +
      'A plan that measures paid ROI must say how its tracking stays lawful ("Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns).',
    source:
      'HHS OCR, "Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates" (guidance), as of 2024-03-18; American Hospital Association v. Becerra, No. 4:23-cv-01110-P (N.D. Tex. 2024-06-20); ' +
      '45 CFR 164.502(a) and 164.502(e), as of 2013-01-25; "Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: 'List each tag under `compliance.tracking` (vendor, technology, pages, data, agreement); take ad-platform tags off portal, booking and form pages or route them through a vendor that signs a BAA; set `compliance.hipaa.tracking_technologies` to match (`none`, `with-baa`, `without-baa`).',
    laws: ['ocr-tracking', 'aha-v-becerra', 'hipaa-164-502a', 'hipaa-164-502e', 'vendor-meta', 'vendor-google-analytics', 'vendor-ad-pixels'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    tracking_technologies: with-baa\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [scheduling]\n      agreement: baa',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  hipaa:\n    tracking_technologies: with-baa\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [public-info]\n      agreement: none\n    - vendor: Freshpaint\n      technology: server-side-tag\n      pages: [scheduling]\n      agreement: baa',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx) ?? complianceSkip(plan),
  appliesBecause: (plan, ctx) => hipaaApplies(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const flows = dataFlows(plan, regulations(ctx).vendors.list).filter((f) => f.tracking);
    // Structured entries are judged one by one; vendor lines are hipaa/vendor-baa's, and count here
    // only for the summary.
    for (const f of flows.filter((x) => x.from === 'tracking')) {
      const never = f.vendors.find((v) => v.baa === 'never');
      if (!f.identified) {
        if (!f.publicOnly) {
          out.push(
            finding(
              `${f.at}/pages`,
              `tracking entry ${quote(f.label)} does not say on which pages it runs (pages): on portal, booking or form pages it sends PHI`,
              sev('warning'),
            ),
          );
        }
        continue;
      }
      if (never && f.baa === 'yes') {
        out.push(
          finding(
            f.agreementAt,
            `tracking entry ${quote(f.label)} runs on ${f.identified} under a recorded BAA, but ${never.name} does not sign BAAs: PHI reaches it without one (45 CFR 164.502(e); OCR tracking bulletin, guidance)`,
            {
              severity: 'critical',
              hint: `Take ${never.name} off those pages, or send the events through a server-side vendor that signs a BAA and strips identifiers.`,
            },
          ),
        );
      } else if (never) {
        out.push(
          finding(
            `${f.at}/pages`,
            `tracking entry ${quote(f.label)} sends PHI from ${f.identified} to ${never.name}, which does not sign BAAs (45 CFR 164.502(a); OCR tracking bulletin, guidance)`,
            {
              severity: 'critical',
              hint: `Take ${never.name} off portal, booking and form pages, or route the data through a vendor that signs a BAA and strips identifiers.`,
            },
          ),
        );
      } else if (f.baa !== 'yes') {
        out.push(
          finding(
            f.agreementAt,
            `tracking entry ${quote(f.label)} runs on ${f.identified} without a Business Associate Agreement (agreement: baa): what it sends is PHI (45 CFR 164.502(e))`,
          ),
        );
      }
    }
    out.push(...summary(plan.compliance?.hipaa?.tracking_technologies, flows));
    return out;
  },
});

/** The `tracking_technologies` summary set against the tracking entries and tracking vendors. */
function summary(t: string | undefined, flows: DataFlow[]): RuleFinding[] {
  const phiToNever = flows.filter((f) => f.identified && f.vendors.some((v) => v.baa === 'never'));
  if (t === 'none' && flows.length > 0) {
    return [
      finding(
        SUMMARY,
        `the plan says no tracking technologies run (none), but it lists ${flows.length === 1 ? 'one' : flows.length}: ${flows
          .slice(0, 3)
          .map((f) => quote(f.label, 40))
          .join(', ')}`,
      ),
    ];
  }
  if (t === 'with-baa' && phiToNever.length > 0) {
    const v = phiToNever[0].vendors.find((x) => x.baa === 'never')!;
    return [
      finding(
        SUMMARY,
        `the plan says its tracking runs under a BAA (with-baa), but ${v.name} runs where patients are identified and does not sign BAAs (${quote(phiToNever[0].label, 40)})`,
      ),
    ];
  }
  if (t === 'without-baa' && flows.length === 0) {
    return [
      finding(
        SUMMARY,
        'tracking technologies run without a Business Associate Agreement, and the plan does not say where (compliance.tracking): on portal, booking or form pages they send PHI to the vendor',
        {
          ...sev('warning'),
          hint: 'List each tag under `compliance.tracking` with its pages; keep tags without a BAA off pages where patients are identified.',
        },
      ),
    ];
  }
  if (t === undefined && flows.length === 0) {
    return [
      finding(SUMMARY, 'the plan does not say whether tracking pixels run on its pages, or under a BAA (compliance.hipaa.tracking_technologies)', {
        ...sev('info'),
        hint: 'Set `compliance.hipaa.tracking_technologies` to `none`, `with-baa` or `without-baa` after checking your pages and tag manager, and list the tags under `compliance.tracking`.',
      }),
    ];
  }
  return [];
}
