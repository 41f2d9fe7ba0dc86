import type { Plan, RuleContext, RuleFinding } from '../../types.js';
import type { AdCategory } from '../../knowledge/ad-policies.js';
import { LAW_TERMS, affirmed } from '../../knowledge/law-terms.js';
import { defineRule, finding, items, label, pointer, regulations, scope, sev, words } from '../helpers.js';

/** Platforms a budget line's text names, besides its `channel`. */
const PLATFORM_WORDS: [RegExp, string[]][] = [
  [/\btiktok\b/i, ['tiktok']],
  [/\b(?:meta|facebook)\b/i, ['facebook']],
  [/\binstagram\b/i, ['instagram']],
  [/\b(?:youtube|google)\b/i, ['youtube']],
];

/** Words that say a certification is not in place yet. */
const PENDING = /\b(?:to be (?:filed|obtained|submitted)|pending|applying|application|will apply|planned|not yet|in progress)\b/i;

/** What the organisation advertises that platforms police, and why the rule thinks so. */
function categories(plan: Plan, ctx: RuleContext): Map<AdCategory, string> {
  const s = scope(plan, ctx);
  const negators = words(ctx).negators;
  const out = new Map<AdCategory, string>();
  if (s.manufacturer === 'pharma' || s.offers.has('prescription-drugs')) out.set('prescription-drugs', 'a prescription drug maker');
  if (s.offers.has('addiction-treatment')) out.set('addiction-treatment', 'organization.offers names addiction-treatment');
  if (s.offers.has('weight-loss')) out.set('weight-loss', 'organization.offers names weight-loss');
  const org = `${plan.organization?.name ?? ''}\n${plan.why ?? ''}`;
  if (!out.has('addiction-treatment') && affirmed(org, LAW_TERMS.addictionTreatment, negators).length > 0)
    out.set('addiction-treatment', 'the plan describes addiction treatment');
  if (!out.has('weight-loss') && affirmed(org, LAW_TERMS.weightLoss, negators).length > 0) out.set('weight-loss', 'the plan describes weight-loss services');
  return out;
}

export const rule = defineRule({
  meta: {
    id: 'advertising/platform-policy',
    category: 'compliance',
    severity: 'error',
    description:
      "Paid lines run only where the platform allows the ad: no prescription drug ads on TikTok, addiction treatment on Meta and Google only with LegitScript certification, weight loss only within the platforms' limits.",
    rationale:
      'Platforms police health ads more tightly than the law: TikTok forbids prescription drug ads, branded creator content included; Meta accepts them only with its prior written permission and addiction treatment ads only from LegitScript-certified advertisers, as does Google (YouTube); weight loss ads are restricted to adults without before-and-after images. ' +
      "These are platform policies, not law, but a budget line that breaks one is rejected, and repeated rejections get the account restricted: the money and the plan's goals are lost. The policies are dated data (`strategy-lint rules --stale` lists old ones) that a knowledge file can update.",
    source:
      'TikTok Advertising Policies (healthcare and pharmaceuticals), Meta Advertising Standards, Google Ads Healthcare and medicines policy, as of 2024-06-01 (platform policies, not law)',
    fix: 'Move the line to a platform that accepts the ad, or get the certification first and say so in the line (e.g. "LegitScript certified").',
    laws: ['policy-tiktok', 'policy-meta', 'policy-google'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\nbudget:\n  lines:\n    - item: TikTok creator partnerships for our new prescription treatment\n      category: influencers\n      channel: tiktok\n      amount: 100000',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\nbudget:\n  lines:\n    - item: YouTube branded spots (certified advertiser)\n      category: paid-media\n      channel: youtube\n      amount: 100000',
    },
  },
  notApplicable(plan, ctx) {
    return categories(plan, ctx).size === 0
      ? 'the plan advertises nothing these platforms restrict (prescription drugs, addiction treatment, weight loss)'
      : undefined;
  },
  appliesBecause: (plan, ctx) => `platform ad policies apply: ${[...categories(plan, ctx).values()].join('; ')}`,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const cats = categories(plan, ctx);
    const policies = regulations(ctx).adPolicies.list;
    const negators = words(ctx).negators;
    for (const [l, i] of items(plan.budget?.lines)) {
      if (l.category !== 'paid-media' && l.category !== 'influencers') continue;
      const text = `${l.item ?? ''}`;
      const platforms = new Set<string>(typeof l.channel === 'string' ? [l.channel] : []);
      for (const [re, ps] of PLATFORM_WORDS) if (re.test(text)) ps.forEach((p) => platforms.add(p));
      for (const [cat, why] of cats) {
        // A line of a general provider is about the category only when its text says so.
        if (
          cat !== 'prescription-drugs' &&
          why.startsWith('the plan') &&
          affirmed(text, cat === 'addiction-treatment' ? LAW_TERMS.addictionTreatment : LAW_TERMS.weightLoss, negators).length === 0
        )
          continue;
        const hits = policies.filter((p) => p.category === cat && platforms.has(p.platform));
        const worst =
          hits.find((p) => p.status === 'prohibited') ?? hits.find((p) => p.status === 'certification') ?? hits.find((p) => p.status === 'restricted');
        if (!worst) continue;
        const at = pointer('budget', 'lines', i, 'item');
        const name = label('budget line', l.item, i);
        if (worst.status === 'prohibited') {
          out.push(finding(at, `${name}: ${worst.rule} (platform policy, not law): the ads will be rejected`));
        } else if (worst.status === 'certification') {
          const cert = affirmed(text, LAW_TERMS.certification, negators).length > 0;
          if (cert && !PENDING.test(text)) continue;
          out.push(
            cert
              ? finding(
                  at,
                  `${name}: ${worst.rule}, and the line says the certification is not in place yet (platform policy, not law): the ads cannot run until it is`,
                )
              : finding(
                  at,
                  `${name}: ${worst.rule} (platform policy, not law); the line does not say the certification or permission is in place`,
                  sev('info'),
                ),
          );
        } else {
          out.push(finding(at, `${name}: ${worst.rule} (platform policy, not law)`, sev('info')));
        }
      }
    }
    return out;
  },
});
