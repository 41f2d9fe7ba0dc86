import { closest, defineRule, finding, items, pointer, quote, strings } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'measurement/kpi-sources',
    category: 'measurement',
    severity: 'warning',
    description: 'Every KPI source is one of the declared analytics tools (`measurement.tools`).',
    rationale:
      'A KPI measured in a tool the plan does not have (or misspells) will have no number at the weekly review; the tools list is ' +
      'also what the budget and the vendor agreements are checked against.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 6: track and measure with analytics tools; "Click, Like, Retweet: Healthcare Reputation Online": measure weekly',
    fix: 'Use a tool listed in `measurement.tools` as the KPI `source`, or add the tool to the list.',
    examples: {
      fail: 'measurement:\n  tools: [ga4]\n  kpis:\n    - {metric: social_referred_bookings, goal: bookings, source: google-analytics}',
      pass: 'measurement:\n  tools: [ga4]\n  kpis:\n    - {metric: social_referred_bookings, goal: bookings, source: ga4}',
    },
  },
  notApplicable(plan) {
    return items(plan.measurement?.kpis).some(([k]) => typeof k.source === 'string') ? undefined : 'no KPI names a source';
  },
  check(plan) {
    const out = [];
    const tools = strings(plan.measurement?.tools);
    const lower = new Set(tools.map((t) => t.toLowerCase()));
    for (const [k, j] of items(plan.measurement?.kpis)) {
      if (typeof k.source !== 'string' || k.source.trim() === '' || lower.has(k.source.toLowerCase())) continue;
      const guess = closest(k.source, tools);
      const where = tools.length ? 'which is not in `measurement.tools`' : 'but `measurement.tools` declares no tool';
      out.push(
        finding(
          pointer('measurement', 'kpis', j, 'source'),
          `KPI ${quote(k.metric ?? j + 1)} comes from ${quote(k.source)}, ${where}${guess ? `; did you mean ${quote(guess)}?` : ''}`,
          guess ? { suggestion: guess } : {},
        ),
      );
    }
    return out;
  },
});
