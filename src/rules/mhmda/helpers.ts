// Helpers of the mhmda/ rules only.
import type { RuleContext } from '../../types.js';
import { namesJurisdictions, regulations } from '../helpers.js';

/** Why the Washington My Health My Data Act rules do not apply, or undefined when they do. */
export function mhmdaSkipReason(ctx: RuleContext): string | undefined {
  const wa = regulations(ctx).mhmda.jurisdiction;
  if (ctx.jurisdictions.includes(wa)) return undefined;
  return `Washington's My Health My Data Act applies when the plan names ${wa}; this plan ${namesJurisdictions(ctx)}`;
}
