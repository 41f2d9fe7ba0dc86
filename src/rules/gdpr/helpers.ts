// Helpers of the gdpr/ rules only.
import type { Plan, RuleContext } from '../../types.js';
import { gdprScope } from '../../knowledge/applicability.js';
import { euCodes, namesJurisdictions, regulations, scope } from '../helpers.js';

/**
 * Why the GDPR rules do not apply, or undefined when they do: the organisation operates in the
 * EU/EEA (Art. 3(1)), its audiences are there (Art. 3(2), from `organization.audience_locations`),
 * or it is in the United Kingdom (the UK GDPR). Without the plan, from the jurisdictions alone.
 */
export function gdprSkipReason(ctx: RuleContext, plan?: Plan): string | undefined {
  if (plan) {
    const g = gdprScope(scope(plan, ctx));
    return g.applies
      ? undefined
      : `the GDPR applies to plans for EU/EEA countries; this plan names ${[...scope(plan, ctx).all].join(', ') || 'no jurisdiction'} (the UK GDPR, to plans for the UK)`;
  }
  const uk = regulations(ctx).uk?.codes ?? ['GB', 'UK'];
  if (euCodes(ctx).length > 0 || ctx.jurisdictions.some((j) => uk.includes(j.split('-')[0]))) return undefined;
  return `the GDPR applies to plans for EU/EEA countries; this plan ${namesJurisdictions(ctx)} (the UK GDPR, to plans for the UK)`;
}

/** "the GDPR applies: …" / "the UK GDPR applies: …", and the law's name for messages. */
export function gdprLaw(plan: Plan, ctx: RuleContext): { name: string; because: string } {
  const g = gdprScope(scope(plan, ctx));
  return { name: g.law, because: `the ${g.law} applies: ${g.because}` };
}
