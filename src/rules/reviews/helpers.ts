// Helpers of the reviews/ rules only: the plan's free text where review tactics are written, and
// which law on consumer reviews reaches the plan.
import type { Plan, RuleContext } from '../../types.js';
import { items, pointer, scope } from '../helpers.js';

/** Every free-text field where a plan describes review tactics, with its pointer. */
export function reviewTexts(plan: Plan): [string, string][] {
  const out: [string, string][] = [];
  for (const [l, i] of items(plan.budget?.lines)) if (typeof l.item === 'string') out.push([pointer('budget', 'lines', i, 'item'), l.item]);
  for (const [e, i] of items(plan.content?.calendar)) {
    if (typeof e.topic === 'string') out.push([pointer('content', 'calendar', i, 'topic'), e.topic]);
    if (typeof e.copy === 'string') out.push([pointer('content', 'calendar', i, 'copy'), e.copy]);
  }
  for (const [g, i] of items(plan.goals)) if (typeof g.statement === 'string') out.push([pointer('goals', i, 'statement'), g.statement]);
  const eng = plan.engagement ?? {};
  for (const k of ['moderation_policy', 'escalation'] as const) if (typeof eng[k] === 'string') out.push([pointer('engagement', k), eng[k]!]);
  const h = plan.compliance?.hipaa ?? {};
  for (const k of ['review_response_policy', 'dm_policy'] as const) if (typeof h[k] === 'string') out.push([pointer('compliance', 'hipaa', k), h[k]!]);
  return out;
}

/** The review laws that reach the plan, as a message names them. */
export function reviewLaws(plan: Plan, ctx: RuleContext): { incentive: string[]; suppression: string[] } {
  const s = scope(plan, ctx);
  const incentive: string[] = [];
  const suppression: string[] = [];
  if (s.us) {
    incentive.push('16 CFR 465.4');
    suppression.push('16 CFR 465.7; FTC Act s.5');
  }
  if (s.eu.length > 0) {
    incentive.push('Directive 2005/29/EC Annex I points 23b-23c');
    suppression.push('Directive 2005/29/EC Annex I point 23b, Art. 6-7');
  }
  if (s.uk) {
    incentive.push('DMCC Act 2024 Sch. 20');
    suppression.push('DMCC Act 2024 Sch. 20');
  }
  return { incentive, suppression };
}

/** Why no review law the tool knows reaches the plan, or undefined. */
export function reviewSkip(plan: Plan, ctx: RuleContext): string | undefined {
  if (reviewLaws(plan, ctx).incentive.length > 0) return undefined;
  return `consumer-review rules are checked under US law (16 CFR 465), EU law (Directive 2005/29/EC) and UK law (DMCC Act 2024); this plan names ${[...scope(plan, ctx).all].join(', ') || 'no jurisdiction'}`;
}

/**
 * A cheap test before the word lists: the text names a review or rating in one of the languages
 * (most plan texts do not, and the lists are long).
 */
export const MENTIONS_REVIEWS =
  /review|recens|omd[oö]m|betyg|avis|recenz|rese[nñ]|opini|star|stj[aä]rn|[eé]toile|stele|stea\b|estrell|rating|valora|evalua|yelp|note/i;
