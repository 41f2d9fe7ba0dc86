// Helpers of the hipaa/ rules only.
import type { Plan, RuleContext } from '../../types.js';
import { namesJurisdictions, usCodes } from '../helpers.js';

/** Why HIPAA does not apply, or undefined when it does (US jurisdiction or a covered entity). */
export function hipaaSkipReason(plan: Plan, ctx: RuleContext): string | undefined {
  const covered = plan.organization?.covered_entity;
  if (covered === true) return undefined;
  if (covered === false) return 'HIPAA binds covered entities and their business associates; organization.covered_entity is false';
  if (usCodes(ctx).length > 0) return undefined;
  return `HIPAA applies to US covered entities; this plan ${namesJurisdictions(ctx)} and does not set organization.covered_entity`;
}
