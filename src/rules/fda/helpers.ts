// Helpers of the fda/ rules only: which plans FDA promotion rules reach, and what their text says.
import type { Plan, RuleContext } from '../../types.js';
import { scope } from '../helpers.js';

/**
 * Why the FDA rules on promotion do not apply, or undefined: they bind drug and device makers
 * (organization.type pharma or medtech, or organization.offers) that promote to a US audience.
 * `drugsOnly`: the rule is about drugs and biologics (Form FDA 2253).
 */
export function fdaSkipReason(plan: Plan, ctx: RuleContext, drugsOnly = false): string | undefined {
  const s = scope(plan, ctx);
  const type = plan.organization?.type;
  if (!s.manufacturer) {
    return `FDA rules on promotion apply to drug and device makers; organization.type is ${type === undefined ? 'not set' : `\`${type}\``} and organization.offers names no prescription drugs or medical devices`;
  }
  if (drugsOnly && s.manufacturer !== 'pharma') return 'this FDA rule is about prescription drugs and biologics; the plan promotes medical devices';
  if (!s.us) {
    return `FDA rules apply to promotion to a US audience; this plan names ${[...s.all].join(', ') || 'no jurisdiction'} (in the EU, prescription medicines may not be advertised to the public at all: Directive 2001/83/EC Art. 88; see pharma/public-advertising)`;
  }
  return undefined;
}

/** Why the FDA rules apply, for appliesBecause. */
export function fdaApplies(plan: Plan, ctx: RuleContext): string {
  const s = scope(plan, ctx);
  return `FDA promotion rules apply: a ${s.manufacturer === 'pharma' ? 'prescription drug' : 'medical device'} maker promoting to a US audience`;
}

/** Free text that describes the product and its label (why, sources policy, pillars, topics). */
export function planText(plan: Plan): string {
  const parts: unknown[] = [plan.why, plan.content?.sources_policy, ...(Array.isArray(plan.content?.pillars) ? plan.content!.pillars! : [])];
  for (const e of Array.isArray(plan.content?.calendar) ? plan.content!.calendar! : []) if (e && typeof e === 'object') parts.push(e.topic, e.copy);
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** The plan says the product carries a boxed warning. */
export function boxedWarning(plan: Plan): boolean {
  return /\bboxed warning\b|\bblack[- ]box(?:ed)? warning\b/i.test(planText(plan));
}

/** The plan says the product is approved for adults only ("approved … for adults with …"). */
export function adultsOnly(plan: Plan): boolean {
  const text = [plan.why, plan.content?.sources_policy].filter((p): p is string => typeof p === 'string').join('\n');
  return /\b(?:approved|indicated|cleared)\b[^.]{0,80}\bfor adults\b|\bfor adults (?:with|aged|only)\b|\badult patients only\b|\bonly for adults\b/i.test(text);
}
