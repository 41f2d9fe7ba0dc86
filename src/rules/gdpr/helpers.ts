// Helpers of the gdpr/ rules only.
import type { RuleContext } from '../../types.js';
import { euCodes, namesJurisdictions } from '../helpers.js';

/** Why the GDPR rules do not apply, or undefined when the plan names an EU/EEA jurisdiction. */
export function gdprSkipReason(ctx: RuleContext): string | undefined {
  if (euCodes(ctx).length > 0) return undefined;
  const uk = ctx.jurisdictions.some((j) => /^(?:GB|UK)(?:-|$)/.test(j)) ? ' (the UK GDPR, which mirrors it, is not checked by these rules)' : '';
  return `the GDPR applies to plans for EU/EEA countries; this plan ${namesJurisdictions(ctx)}${uk}`;
}
