import type { Audience, Plan, RuleContext, RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, quote, strings } from '../helpers.js';
import { reachFor, validAge } from './helpers.js';

/** Roles the consumer reach survey says little about: their platforms are chosen by audience/professional-channel. */
const PROFESSIONAL_ROLES = ['clinician', 'referrer', 'b2b'];
const PAID = ['paid-media', 'influencers'];

/** The budget the shares are taken of: the declared total, or the sum of the lines. */
function budgetTotal(plan: Plan): number {
  const total = plan.budget?.total;
  if (typeof total === 'number' && total > 0) return total;
  return items(plan.budget?.lines).reduce((sum, [l]) => sum + (typeof l.amount === 'number' ? l.amount : 0), 0);
}

/** The best reach any platform of the knowledge base has for an age range, with the platform. */
function bestPlatform(age: [number, number], ctx: RuleContext): { platform: string; reach: number } | undefined {
  let best: { platform: string; reach: number } | undefined;
  for (const [platform, facts] of Object.entries(ctx.knowledge.platforms)) {
    const r = reachFor(age, facts);
    if (r !== undefined && (!best || r > best.reach)) best = { platform, reach: r };
  }
  return best;
}

export const rule = defineRule<{ minShare: number; maxReach: number; bestRatio: number }>({
  meta: {
    id: 'audience/paid-reach',
    category: 'audience-fit',
    severity: 'warning',
    weight: 2,
    description:
      "A large paid budget line does not go to a platform that few people of its audiences' ages use, when another platform reaches them far better.",
    rationale:
      'Choose channels where your audience already is (step 4 of the six-step article), and weigh the choice by where the money goes: a plan can list the right channels and still spend most of its budget on the wrong one. ' +
      'Platform use differs sharply by age: 12% of US adults aged 65 or over use TikTok and 4% Snapchat, against 57% Facebook and 64% YouTube (Pew Research Center, November 2025). ' +
      'A line that puts a large share of the budget on a platform that reaches fewer than `maxReach` percent of its audiences, and less than `bestRatio` of what the best platform reaches, buys impressions the audience never sees. ' +
      'Clinicians, referrers and B2B audiences are left to audience/professional-channel: the consumer survey does not describe them.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" ' +
      "[How to develop a social media strategy for healthcare marketing], steps 3 (budget) and 4 (channels where the audience is); Pew Research Center, Americans' Social Media Use, November 2025",
    fix: 'Move the spend to a platform the audience uses (for people over 50: Facebook or YouTube), or target the line at an audience that is on the platform.',
    options: {
      minShare: { type: 'number', default: 15, description: 'Share of the budget, in percent, from which a paid line is weighed.' },
      maxReach: { type: 'number', default: 30, description: "Percent of an audience's age group using the platform below which the fit is poor." },
      bestRatio: { type: 'number', default: 0.5, description: "The platform's reach as a fraction of the best platform's reach below which the fit is poor." },
    },
    examples: {
      fail:
        'audiences:\n  - id: older-adults\n    role: patient\n    age: [60, 80]\nchannels:\n  - platform: facebook\n    audiences: [older-adults]\n  - platform: tiktok\n    audiences: [older-adults]\n' +
        'budget:\n  total: 40000\n  lines:\n    - item: TikTok ads\n      category: paid-media\n      channel: tiktok\n      amount: 20000',
      pass:
        'audiences:\n  - id: older-adults\n    role: patient\n    age: [60, 80]\nchannels:\n  - platform: facebook\n    audiences: [older-adults]\n  - platform: tiktok\n    audiences: [older-adults]\n' +
        'budget:\n  total: 40000\n  lines:\n    - item: Facebook ads\n      category: paid-media\n      channel: facebook\n      amount: 20000',
    },
  },
  notApplicable(plan) {
    const paid = items(plan.budget?.lines).some(([l]) => PAID.includes(l.category ?? '') && typeof l.channel === 'string' && typeof l.amount === 'number');
    if (!paid) return 'no paid budget line names its channel and amount';
    if (!items(plan.audiences).some(([a]) => validAge(a))) return 'no audience declares an age range';
    return undefined;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const total = budgetTotal(plan);
    if (total <= 0) return out;
    const audiences = new Map(items(plan.audiences).map(([a]) => [a.id, a] as [string | undefined, Audience]));
    const currency = typeof plan.budget?.currency === 'string' ? ` ${plan.budget.currency}` : '';
    for (const [l, i] of items(plan.budget?.lines)) {
      if (!PAID.includes(l.category ?? '') || typeof l.channel !== 'string' || typeof l.amount !== 'number') continue;
      const share = (100 * l.amount) / total;
      if (share < ctx.options.minShare) continue;
      const facts = ctx.knowledge.platforms[l.channel];
      if (!facts?.reach) continue;
      // The audiences the line's channel is declared to reach, judged by the consumer survey.
      const ids = new Set(
        items(plan.channels)
          .filter(([c]) => c.platform === l.channel)
          .flatMap(([c]) => strings(c.audiences)),
      );
      const judged = [...ids]
        .map((id) => audiences.get(id))
        .filter(
          (a): a is Audience & { age: [number, number] } => a !== undefined && validAge(a) && a.age[1] >= 18 && !PROFESSIONAL_ROLES.includes(a.role ?? ''),
        );
      if (judged.length === 0) continue;
      const fits = judged.map((a) => ({ a, reach: reachFor(a.age, facts), best: bestPlatform(a.age, ctx) }));
      const poor = fits.every(
        (f) => f.reach !== undefined && f.best !== undefined && f.reach < ctx.options.maxReach && f.reach < ctx.options.bestRatio * f.best.reach,
      );
      if (!poor) continue;
      const list = fits.map((f) => `${quote(f.a.id)} (${f.a.age[0]}-${f.a.age[1]}) about ${Math.round(f.reach!)}%`).join(', ');
      const better = [...new Set(fits.map((f) => f.best!.platform))];
      const betterText = better
        .map(
          (p) =>
            `${p} reaches about ${fits
              .filter((f) => f.best!.platform === p)
              .map((f) => `${Math.round(f.best!.reach)}%`)
              .join(' and ')}`,
        )
        .join('; ');
      out.push(
        finding(
          pointer('budget', 'lines', i, 'amount'),
          `${label('budget line', l.item, i)} puts ${l.amount}${currency} (${Math.round(share)}% of the budget) into ${quote(l.channel)}, which few of its audiences use: ${list}; ${betterText} of them`,
        ),
      );
    }
    return out;
  },
});
