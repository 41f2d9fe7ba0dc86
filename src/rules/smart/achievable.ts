import type { Goal, Plan, RuleContext, RuleFinding } from '../../types.js';
import { defineRule, finding, isEngagementRate, items, label, pointer, strings, withoutGoals } from '../helpers.js';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The platforms of the channels by the goal ids they list, and of all channels, in channel order,
 * made once per plan (per `channels` list): looking through every channel for each goal was
 * goals x channels.
 */
const platformIndex = new WeakMap<object, { byGoal: Map<string, string[]>; all: string[] }>();

/** The platforms a goal is pursued on: the channels that list it, or all channels when none does. */
function goalPlatforms(plan: Plan, g: Goal): string[] {
  const channels = plan.channels;
  if (!Array.isArray(channels)) return [];
  let index = platformIndex.get(channels);
  if (!index) {
    const byGoal = new Map<string, Set<string>>();
    const all = new Set<string>();
    for (const [c] of items(channels)) {
      const platform = c.platform;
      if (typeof platform === 'string') all.add(platform);
      for (const id of strings(c.goals)) {
        let set = byGoal.get(id);
        if (!set) byGoal.set(id, (set = new Set()));
        if (typeof platform === 'string') set.add(platform);
      }
    }
    index = { byGoal: new Map([...byGoal].map(([id, set]) => [id, [...set]])), all: [...all] };
    platformIndex.set(channels, index);
  }
  const listed = typeof g.id === 'string' ? index.byGoal.get(g.id) : undefined;
  return listed ?? index.all;
}

function sourceTitle(ctx: RuleContext, id: string): string {
  const s = ctx.knowledge.sources.find((x) => x.id === id);
  return s ? `${s.title.split(',')[0]} ${s.date}` : id;
}

export const rule = defineRule<{ maxGrowthFactor: number; medianMultiple: number }>({
  meta: {
    id: 'smart/achievable',
    category: 'goals',
    severity: 'warning',
    description:
      "Targets are plausible: not more than `maxGrowthFactor` times the baseline, and engagement-rate targets not far above what the goal's platforms deliver.",
    rationale:
      'The article "How to develop a social media strategy for healthcare marketing" (step 1) ask for goals that are achievable and realistic. A target many times the baseline, or an ' +
      'engagement rate several times the published median of every platform the goal runs on (Instagram about 0.5%, ' +
      'Facebook about 0.15% per follower per post), sets the team up to miss it and makes the plan look unserious. ' +
      "When the baseline is already above the platforms' median, the team's own history is the reference.",
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals (Achievable); Rival IQ 2024 and Socialinsider 2026 engagement benchmarks',
    fix: 'Lower the target to a step you can reach from the baseline in this period, or explain the lever that makes it possible.',
    options: {
      maxGrowthFactor: { type: 'number', default: 5, description: 'A target more than this many times the baseline is implausible.' },
      medianMultiple: {
        type: 'number',
        default: 3,
        description: 'An engagement-rate target more than this many times the best platform median (or the baseline, if higher) is implausible.',
      },
    },
    examples: {
      fail: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\n    baseline: 10\n    target: 200',
      pass: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\n    baseline: 35\n    target: 55',
    },
  },
  notApplicable: withoutGoals,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const factor = ctx.options.maxGrowthFactor;
    const multiple = ctx.options.medianMultiple;
    for (const [g, i] of items(plan.goals)) {
      if (typeof g.target !== 'number') continue;
      if (/percent|%/i.test(`${g.unit ?? ''}`) && g.target > 100) continue; // not a percentage: smart/measurable reports it
      const at = pointer('goals', i) + '/target';
      const name = label('goal', g.id, i);
      const baseline = typeof g.baseline === 'number' ? g.baseline : undefined;
      if (isEngagementRate(g)) {
        // Only medians with the same denominator compare (followers when the goal does not say).
        const denominator = g.denominator ?? 'followers';
        const medians = goalPlatforms(plan, g)
          .map((p) => ({ platform: p, m: ctx.knowledge.platforms[p]?.engagementMedian }))
          .filter((x): x is { platform: string; m: NonNullable<typeof x.m> } => x.m !== undefined && x.m.denominator === denominator);
        if (medians.length > 0) {
          const best = Math.max(...medians.map((x) => x.m.value));
          const reference = Math.max(best, baseline ?? 0);
          if (g.target > multiple * reference) {
            const list = medians.map((x) => `${x.platform} ${x.m.value}% (${sourceTitle(ctx, x.m.source)})`).join(', ');
            const basis = baseline !== undefined && baseline > best ? `its baseline (${baseline}%)` : 'the best published median';
            out.push(
              finding(
                at,
                `${name} targets an engagement rate of ${g.target}% (per ${denominator.replace(/s$/, '')}), ${round(g.target / reference)} times ${basis}; ` +
                  `published medians per post: ${list}`,
                { hint: `Aim for a step from the baseline within about ${multiple} times the platform median, or measure a different outcome.` },
              ),
            );
            continue;
          }
        }
      }
      if (baseline !== undefined && baseline > 0 && g.target > factor * baseline) {
        out.push(
          finding(
            at,
            `${name} targets ${g.target} from a baseline of ${baseline}: ${round(g.target / baseline)} times in one plan period (more than ${factor} times)`,
          ),
        );
      }
    }
    return out;
  },
});
