// Helpers of the pharma/ rules only: drug and device makers, wherever they promote.
import type { Plan, RuleContext } from '../../types.js';
import { scope } from '../helpers.js';

/** Why the rules for drug and device makers do not apply, or undefined. */
export function makerSkipReason(plan: Plan, ctx: RuleContext): string | undefined {
  const s = scope(plan, ctx);
  if (s.manufacturer) return undefined;
  const type = plan.organization?.type;
  return `the rules for drug and device makers apply to organization.type pharma or medtech (or organization.offers prescription-drugs, medical-devices); organization.type is ${type === undefined ? 'not set' : `\`${type}\``}`;
}

/** "a prescription drug maker" / "a medical device maker". */
export function makerName(plan: Plan, ctx: RuleContext): string {
  return scope(plan, ctx).manufacturer === 'pharma' ? 'a prescription drug maker' : 'a medical device maker';
}
