// Helpers of the hipaa/ rules only.
import type { Plan, RuleContext } from '../../types.js';
import { scope } from '../helpers.js';

/**
 * Why HIPAA does not apply, or undefined when it does: it binds covered entities and their
 * business associates, decided from the organisation (src/knowledge/applicability.ts): a US
 * provider or payer is presumed covered unless `covered_entity: false`; a manufacturer is not.
 */
export function hipaaSkipReason(plan: Plan, ctx: RuleContext): string | undefined {
  const h = scope(plan, ctx).hipaa;
  return h.applies ? undefined : h.because;
}

/** Why HIPAA applies (for `appliesBecause`). */
export function hipaaApplies(plan: Plan, ctx: RuleContext): string | undefined {
  const h = scope(plan, ctx).hipaa;
  return h.applies ? `HIPAA applies: ${h.because}` : undefined;
}
