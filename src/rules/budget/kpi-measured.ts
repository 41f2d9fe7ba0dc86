import type { Plan, RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, quote, words } from '../helpers.js';
import { LANGUAGES, fold } from '../../knowledge/words.js';
import { PAID_CATEGORIES } from './helpers.js';

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
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
function isMeasured(kpi: string, metrics: Set<string>, costPer: readonly string[]): boolean {
  const k = norm(kpi);
  if (metrics.has(k)) return true;
  // "cost per" in the plan's language (cost_per_, costo_por_, kostnad_per_, coût_par_, cost_pe_), accents folded.
  const folded = fold(kpi).replace(/ /g, '_');
  const prefix = costPer.find((p) => folded.startsWith(p + '_'));
  if (!prefix) return false;
  const thing = folded
    .slice(prefix.length + 1)
    .split('_')
    .filter(Boolean);
  if (thing.length === 0) return false;
  for (const metric of metrics) {
    // The counted thing appears as words of the metric, in any inflection: `rn_application` in
    // `rn_applications_from_facebook`, `listning` in `nya_listningar`, `programare` in `programari_online`.
    const words = fold(metric).split(' ');
    for (let i = 0; i + thing.length <= words.length; i++) {
      if (thing.every((t, k) => sameWord(t, words[i + k]))) return true;
    }
  }
  return false;
}

/** Two forms of one word: equal in the singular, or sharing all but the last two letters of the shorter (plural and case endings). */
function sameWord(a: string, b: string): boolean {
  if (singular(a) === singular(b)) return true;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= n - 2;
}

export const rule = defineRule({
  meta: {
    id: 'budget/kpi-measured',
    category: 'budget-roi',
    severity: 'warning',
    description: 'The KPI of every paid line is measured: listed under `measurement.kpis` or the metric of a goal.',
    rationale:
      '"Click, Like, Retweet: Healthcare Reputation Online": "measure the return on investment for paid ads and social media promotions" weekly; "What does it take to implement a strategic healthcare social media program?", step 5: ' +
      '"measure everything, evaluate, adjust, redeploy budget as needed". A paid line whose KPI nobody measures can never ' +
      'be redeployed on evidence. A cost KPI such as `cost_per_booking` counts as measured when the count it divides by ' +
      '(bookings) is measured, since the spend is known from the line.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": weekly measurement of paid ROI; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5: measure everything',
    fix: "Add the KPI under `measurement.kpis` with its source, or use a goal's metric as the line's KPI.",
    examples: {
      fail: 'budget:\n  lines:\n    - item: Meta ads\n      category: paid-media\n      kpi: cost_per_lead\nmeasurement:\n  kpis:\n    - metric: engagement_rate',
      pass: 'budget:\n  lines:\n    - item: Meta ads\n      category: paid-media\n      kpi: cost_per_lead\nmeasurement:\n  kpis:\n    - metric: leads\n      source: ga4',
    },
  },
  notApplicable: (plan) =>
    items(plan.budget?.lines).some(([l]) => PAID_CATEGORIES.includes(l.category ?? '') && present(l.kpi))
      ? undefined
      : 'no paid budget line names a KPI (budget/line-kpi reports missing KPIs)',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const metrics = measured(plan);
    const list = words(ctx).costPer;
    const costPer = LANGUAGES.flatMap((l) => list[l]).map((t) => fold(t).replace(/ /g, '_'));
    for (const [l, i] of items(plan.budget?.lines)) {
      if (!PAID_CATEGORIES.includes(l.category ?? '') || typeof l.kpi !== 'string' || !present(l.kpi)) continue;
      if (isMeasured(l.kpi, metrics, costPer)) continue;
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
