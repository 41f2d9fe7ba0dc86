import type { Plan, RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, quote } from '../helpers.js';
import { PAID_CATEGORIES } from './helpers.js';

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');

/** Metrics the plan measures: the KPIs under `measurement.kpis` and the goals' metrics. */
function measured(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const [k] of items(plan.measurement?.kpis)) if (typeof k.metric === 'string') out.add(norm(k.metric));
  for (const [g] of items(plan.goals)) if (typeof g.metric === 'string') out.add(norm(g.metric));
  return out;
}

/**
 * Whether a KPI is measured. A cost KPI (`cost_per_booking`, `cpl`-style names spelled out) is
 * the line's amount divided by a count, so it is measured when that count is: `cost_per_booking`
 * is measured when a measured metric counts bookings (e.g. `social_referred_bookings`).
 */
function isMeasured(kpi: string, metrics: Set<string>): boolean {
  const k = norm(kpi);
  if (metrics.has(k)) return true;
  const m = /^cost_per_(.+)$/.exec(k);
  if (!m) return false;
  const thing = m[1].split('_').map(singular).join('_');
  for (const metric of metrics) {
    const words = metric.split('_').map(singular);
    const joined = words.join('_');
    if (joined === thing || joined.endsWith('_' + thing) || words.includes(thing)) return true;
  }
  return false;
}

export const rule = defineRule({
  meta: {
    id: 'budget/kpi-measured',
    category: 'budget-roi',
    severity: 'warning',
    description: 'The KPI of every paid line is measured: listed under `measurement.kpis` or the metric of a goal.',
    rationale:
      'Seed 004: "measure the return on investment for paid ads and social media promotions" weekly; seed 003, step 5: ' +
      '"measure everything, evaluate, adjust, redeploy budget as needed". A paid line whose KPI nobody measures can never ' +
      'be redeployed on evidence. A cost KPI such as `cost_per_booking` counts as measured when the count it divides by ' +
      '(bookings) is measured, since the spend is known from the line.',
    source: 'Seed 004: weekly measurement of paid ROI; seed 003, step 5: measure everything',
    fix: 'Add the KPI under `measurement.kpis` with its source, or use a goal\'s metric as the line\'s KPI.',
    examples: {
      fail:
        'budget:\n  lines:\n    - item: Meta ads\n      category: paid-media\n      kpi: cost_per_lead\nmeasurement:\n  kpis:\n    - metric: engagement_rate',
      pass:
        'budget:\n  lines:\n    - item: Meta ads\n      category: paid-media\n      kpi: cost_per_lead\nmeasurement:\n  kpis:\n    - metric: leads\n      source: ga4',
    },
  },
  notApplicable: (plan) =>
    items(plan.budget?.lines).some(([l]) => PAID_CATEGORIES.includes(l.category ?? '') && present(l.kpi))
      ? undefined
      : 'no paid budget line names a KPI (budget/line-kpi reports missing KPIs)',
  check(plan) {
    const out: RuleFinding[] = [];
    const metrics = measured(plan);
    for (const [l, i] of items(plan.budget?.lines)) {
      if (!PAID_CATEGORIES.includes(l.category ?? '') || typeof l.kpi !== 'string' || !present(l.kpi)) continue;
      if (isMeasured(l.kpi, metrics)) continue;
      out.push(
        finding(
          pointer('budget', 'lines', i, 'kpi'),
          `${label('budget line', l.item, i)} is judged by ${quote(l.kpi)}, which is not measured under \`measurement.kpis\` nor a goal's metric`,
        ),
      );
    }
    return out;
  },
});
