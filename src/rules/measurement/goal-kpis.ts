import { closest, defineRule, finding, goalIds, items, pointer, present, quote, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/goal-kpis',
    category: 'measurement',
    severity: 'warning',
    description: "Every goal's metric is measured by a KPI that names its source.",
    rationale:
      'A goal is only SMART if someone measures it: each goal needs a KPI on its metric and a place the number comes from, so that ' +
      '"in a few months you can tell whether it was reached" (the article "How to develop a social media strategy for healthcare marketing"). Measure everything, evaluate, adjust ("What does it take to implement a strategic healthcare social media program?").',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 6: track and measure; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5: measure everything; CDC Evaluation Brief 3b (measurable)',
    fix: "Add a `measurement.kpis:` entry with the goal's `metric`, its `goal` id and its `source` tool.",
    examples: {
      fail: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\nmeasurement:\n  review_cadence: weekly\n  kpis: []',
      pass: 'goals:\n  - id: bookings\n    metric: social_referred_bookings\nmeasurement:\n  tools: [ga4]\n  kpis:\n    - {metric: social_referred_bookings, goal: bookings, source: ga4}',
    },
  },
  notApplicable(plan) {
    const skip = sectionSkip(plan, 'measurement');
    if (skip) return skip;
    return items(plan.goals).length === 0 ? 'the plan has no goals' : undefined;
  },
  check(plan) {
    const out = [];
    const kpis = items(plan.measurement?.kpis);
    const ids = goalIds(plan);
    for (const [k, j] of kpis) {
      if (typeof k.goal === 'string' && !ids.has(k.goal)) {
        const guess = closest(k.goal, ids);
        out.push(
          finding(
            pointer('measurement', 'kpis', j, 'goal'),
            `KPI ${quote(k.metric ?? j + 1)} measures goal ${quote(k.goal)}, which is not a goal of the plan${guess ? `; did you mean ${quote(guess)}?` : ''}`,
            guess ? { suggestion: guess } : {},
          ),
        );
      }
    }
    // KPIs by the goal they measure, in order (filtering every KPI for each goal was goals x KPIs).
    const byGoal = new Map<string, typeof kpis>();
    for (const entry of kpis) {
      const goal = entry[0].goal;
      if (typeof goal !== 'string') continue;
      const list = byGoal.get(goal);
      if (list) list.push(entry);
      else byGoal.set(goal, [entry]);
    }
    for (const [g, i] of items(plan.goals)) {
      const name = g.id ? `goal ${quote(g.id)}` : `goal ${i + 1}`;
      const mine = (typeof g.id === 'string' ? byGoal.get(g.id) : undefined) ?? [];
      if (mine.length === 0) {
        out.push(finding(pointer('goals', i), `${name} is measured by no KPI in \`measurement.kpis\``));
        continue;
      }
      const onMetric = present(g.metric) ? mine.filter(([k]) => k.metric === g.metric) : mine;
      if (onMetric.length === 0) {
        const [k, j] = mine[0];
        out.push(
          finding(
            pointer('measurement', 'kpis', j, 'metric'),
            `the KPI of ${name} measures ${quote(k.metric ?? '(nothing)')}, not the goal's metric ${quote(g.metric)}`,
          ),
        );
        continue;
      }
      if (!onMetric.some(([k]) => present(k.source))) {
        const [, j] = onMetric[0];
        out.push(finding(pointer('measurement', 'kpis', j, 'source'), `the KPI of ${name} does not say where it is measured (no \`source\`)`));
      }
    }
    return out;
  },
});
