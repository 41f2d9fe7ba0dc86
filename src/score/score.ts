// Findings -> rule, category and overall scores. Deterministic, explainable and monotone:
// every number here is a function of which rules applied and which findings they returned,
// and removing a finding can only raise (or keep) every score.
import { CATEGORIES, type CategoryId, type CategoryScore, type RuleMeta, type RuleResult, type Severity } from '../types.js';

/** Bumped whenever a change to this file can change a score. Printed in the JSON output. */
export const SCORING_MODEL = 'strategy-lint-score/1';

/** Share of the overall score each category carries (normalised over the categories that apply). */
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

/** What one finding takes from its rule's 0-1 score. */
export const SEVERITY_PENALTY: Record<Severity, number> = { error: 1, warning: 0.5, info: 0.1 };

/** Default weight of a rule inside its category, from its default severity. */
export const DEFAULT_RULE_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function ruleWeight(meta: RuleMeta): number {
  return meta.weight ?? DEFAULT_RULE_WEIGHT[meta.severity];
}

export interface ScoredRule {
  meta: RuleMeta;
  status: 'ran' | 'skipped' | 'off';
  reason?: string;
  /** Severities of the findings the rule returned (after configuration). */
  findings: Severity[];
}

export interface ScoreResult {
  score: number | null;
  grade: string | null;
  categories: CategoryScore[];
  rules: RuleResult[];
  /** Overall points lost by each finding, per rule with findings, in the order given. */
  findingCosts: Map<string, number[]>;
}

export function grade(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The model:
 * - a rule that ran scores 1 - (sum of its findings' penalties), floored at 0
 *   (error 1, warning 0.5, info 0.1);
 * - a category scores 100 x the weighted mean of its applicable rules' scores; a category with no
 *   applicable rule has score null and is left out of the overall score;
 * - the overall score is the weighted mean of the applicable categories, rounded to an integer.
 */
export function score(rules: ScoredRule[], categoryWeights: Partial<Record<CategoryId, number>> = {}): ScoreResult {
  const weights = { ...DEFAULT_CATEGORY_WEIGHTS, ...categoryWeights };
  const perCategory = new Map<CategoryId, { weight: number; earned: number }>();
  const ruleScores: number[] = new Array(rules.length);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (r.status !== 'ran') continue;
    let penalty = 0;
    for (const f of r.findings) penalty += SEVERITY_PENALTY[f];
    const s = Math.max(0, 1 - penalty);
    ruleScores[i] = s;
    const c = perCategory.get(r.meta.category) ?? { weight: 0, earned: 0 };
    c.weight += ruleWeight(r.meta);
    c.earned += ruleWeight(r.meta) * s;
    perCategory.set(r.meta.category, c);
  }
  const categories: CategoryScore[] = CATEGORIES.map((id) => {
    const c = perCategory.get(id);
    return { id, score: c && c.weight > 0 ? Math.round((100 * c.earned) / c.weight) : null, weight: weights[id] ?? 0 };
  });
  const applicable = CATEGORIES.filter((id) => (perCategory.get(id)?.weight ?? 0) > 0 && (weights[id] ?? 0) > 0);
  const totalWeight = applicable.reduce((s, id) => s + weights[id], 0);
  let overall: number | null = null;
  if (totalWeight > 0) {
    const exact = applicable.reduce((s, id) => {
      const c = perCategory.get(id)!;
      return s + (weights[id] * (100 * c.earned)) / c.weight;
    }, 0) / totalWeight;
    overall = Math.round(exact);
  }
  // Explain: what each rule, and each finding, cost in overall points.
  const results: RuleResult[] = [];
  const findingCosts = new Map<string, number[]>();
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const w = ruleWeight(r.meta);
    if (r.status !== 'ran') {
      results.push({ ruleId: r.meta.id, category: r.meta.category, status: r.status, reason: r.reason, weight: w, score: 1, cost: 0 });
      continue;
    }
    const s = ruleScores[i];
    const c = perCategory.get(r.meta.category)!;
    const share = totalWeight > 0 && applicable.includes(r.meta.category) ? (weights[r.meta.category] / totalWeight) * (w / c.weight) * 100 : 0;
    const lost = (1 - s) * share;
    // Costs only for rules with findings (most rules have none): a missing entry reads as 0.
    if (r.findings.length > 0) {
      const penalties = r.findings.map((f) => SEVERITY_PENALTY[f]);
      const sum = penalties.reduce((a, b) => a + b, 0);
      findingCosts.set(r.meta.id, penalties.map((p) => (sum > 0 ? round1((lost * p) / sum) : 0)));
    }
    results.push({ ruleId: r.meta.id, category: r.meta.category, status: r.findings.length ? 'failed' : 'passed', weight: w, score: round1(s * 100) / 100, cost: round1(lost) });
  }
  return { score: overall, grade: overall === null ? null : grade(overall), categories, rules: results, findingCosts };
}
