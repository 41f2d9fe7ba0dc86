// Findings -> rule, category and overall scores (scoring model 2). Deterministic, explainable and
// monotone: every point lost is attributed to a finding or to the critical cap, and removing a
// finding can only raise (or keep) every score. docs/scoring.md argues the design.
//
// - Each finding deducts points from 100: DEDUCTION by severity, times its rule's weight (meta.weight,
//   default 1) and its category's multiplier (configured category weight / default weight).
//   A rule's further findings deduct less (REPEAT_DECAY): ten missing alt texts are one problem
//   seen ten times, not ten problems.
// - Overall = 100 minus all deductions, floored at 0, then capped by critical findings: a plan with
//   a finding that must stop publication cannot read as passing (criticalCap: below 60, lower for
//   each further one). The grade is a function of the score alone, so they never disagree.
// - A category shows 100 minus CATEGORY_SCALE times its deductions (a view of where the points
//   went), at most CRITICAL_CATEGORY_CAP when it holds a critical finding, 0 when its section is
//   missing altogether (a finding marked `absent`); null when none of its rules applied.
// - Whether a file passes the CI gate (errors, --min-score, --fail-on) is decided elsewhere
//   (engine/lint.ts) and reported beside the score, not folded into it.
import { CATEGORIES, type CategoryId, type CategoryScore, type RuleMeta, type RuleResult, type ScoreCap, type Severity } from '../types.js';

/** Bumped whenever a change to this file can change a score. Printed in every report. */
export const SCORING_MODEL = 'strategy-lint-score/2';

/**
 * Default category weights. In model 2 a category's weight scales its deductions: a configured
 * weight of 40 for compliance doubles what compliance findings cost; 0 leaves the category out.
 */
export const DEFAULT_CATEGORY_WEIGHTS: Record<CategoryId, number> = {
  goals: 20,
  'audience-fit': 15,
  'budget-roi': 15,
  compliance: 20,
  content: 10,
  engagement: 8,
  measurement: 7,
  governance: 5,
};

/**
 * Points one finding deducts (its rule's first finding, at weight 1). Calibrated on the blind
 * expert corpus (test/calibration): experts took about 10 points for a serious problem and 3-4 for
 * a moderate one; a critical problem also caps the score (criticalCap).
 */
export const DEDUCTION: Record<Severity, number> = { critical: 12, error: 7, warning: 3, info: 0.5 };

/** The k-th further finding of one rule (k = 1, 2, ...) deducts REPEAT_DECAY^k of its full amount. */
export const REPEAT_DECAY = 0.5;

/** The highest overall score a plan with `n` critical findings can have (100 when n = 0). */
export function criticalCap(n: number): number {
  return n <= 0 ? 100 : Math.max(10, 59 - 8 * (n - 1));
}

/** A category holding a critical finding scores at most this. */
export const CRITICAL_CATEGORY_CAP = 20;

/** How much a category's score drops per point deducted in it (one error: 100 - 4 x 7 = 72). */
export const CATEGORY_SCALE = 4;

/** A rule's deduction multiplier (meta.weight; default 1). */
export function ruleWeight(meta: Pick<RuleMeta, 'weight'>): number {
  return meta.weight ?? 1;
}

export interface ScoredRule {
  meta: RuleMeta;
  status: 'ran' | 'skipped' | 'off';
  /** Why it was skipped, or (for a rule that ran) why its law applies to the plan. */
  reason?: string;
  /** Severities of the findings the rule returned (after configuration). */
  findings: Severity[];
  /** One of them says the category's section is missing (RuleFinding.absent): the category scores 0. */
  absent?: boolean;
}

export interface ScoreResult {
  score: number | null;
  grade: string | null;
  categories: CategoryScore[];
  rules: RuleResult[];
  /** Overall points each finding deducted, per rule with findings, in the order given. */
  findingCosts: Map<string, number[]>;
  /** Present when critical findings capped the overall score. */
  cap?: ScoreCap;
}

/** The letter of a score: A 90+, B 80+, C 70+, D 60+, F below. Nothing else decides it. */
export function grade(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Deductions of one rule's findings, in the order given: the largest counts in full, later ones decay. */
function deductions(findings: Severity[], factor: number): number[] {
  const order = findings.map((s, i) => [DEDUCTION[s] * factor, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const out = new Array<number>(findings.length);
  order.forEach(([d, i], rank) => (out[i] = d * REPEAT_DECAY ** rank));
  return out;
}

export function score(rules: ScoredRule[], categoryWeights: Partial<Record<CategoryId, number>> = {}): ScoreResult {
  const weights = { ...DEFAULT_CATEGORY_WEIGHTS, ...categoryWeights };
  const multiplier = (c: CategoryId) => (DEFAULT_CATEGORY_WEIGHTS[c] > 0 ? (weights[c] ?? 0) / DEFAULT_CATEGORY_WEIGHTS[c] : 0);
  const applies = new Set<CategoryId>();
  const lostIn = new Map<CategoryId, number>();
  const criticalIn = new Set<CategoryId>();
  const absentIn = new Set<CategoryId>();
  const results: RuleResult[] = [];
  const findingCosts = new Map<string, number[]>();
  let lost = 0;
  let critical = 0;
  for (const r of rules) {
    const w = ruleWeight(r.meta);
    const category = r.meta.category;
    if (r.status !== 'ran') {
      results.push({ ruleId: r.meta.id, category, status: r.status, reason: r.reason, weight: w, score: 1, cost: 0 });
      continue;
    }
    const m = multiplier(category);
    if (m > 0) applies.add(category);
    let ruleLost = 0;
    if (r.findings.length > 0) {
      const costs = deductions(r.findings, w * m);
      ruleLost = costs.reduce((a, b) => a + b, 0);
      findingCosts.set(r.meta.id, costs.map(round1));
      for (const s of r.findings) {
        if (s !== 'critical') continue;
        critical++;
        criticalIn.add(category);
      }
    }
    if (r.absent && r.findings.length > 0) absentIn.add(category);
    lost += ruleLost;
    lostIn.set(category, (lostIn.get(category) ?? 0) + ruleLost);
    // The rule's own 0-1 score: 1 less a full deduction's share per finding (informational).
    const penalty = r.findings.reduce((s, f) => s + DEDUCTION[f] / DEDUCTION.error, 0);
    results.push({
      ruleId: r.meta.id,
      category,
      status: r.findings.length ? 'failed' : 'passed',
      ...(r.reason ? { reason: r.reason } : {}),
      weight: w,
      score: round1(Math.max(0, 1 - penalty) * 100) / 100,
      cost: round1(ruleLost),
    });
  }
  const categories: CategoryScore[] = CATEGORIES.map((id) => {
    if (!applies.has(id)) return { id, score: null, weight: weights[id] ?? 0 };
    let s = Math.max(0, Math.round(100 - CATEGORY_SCALE * (lostIn.get(id) ?? 0)));
    if (criticalIn.has(id)) s = Math.min(s, CRITICAL_CATEGORY_CAP);
    if (absentIn.has(id)) s = 0;
    return { id, score: s, weight: weights[id] ?? 0 };
  });
  if (applies.size === 0) return { score: null, grade: null, categories, rules: results, findingCosts };
  const raw = Math.max(0, Math.round(100 - lost));
  const limit = criticalCap(critical);
  const overall = Math.min(raw, limit);
  const cap: ScoreCap | undefined = critical > 0 ? { limit, critical, lost: raw - overall } : undefined;
  return { score: overall, grade: grade(overall), categories, rules: results, findingCosts, ...(cap ? { cap } : {}) };
}
