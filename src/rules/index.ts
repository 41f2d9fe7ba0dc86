// The list of rules. Nothing but this file imports a rule module; the engine reads this list.
import type { Rule } from '../types.js';
// --- goals (SMART) ---
import { rule as smartTimeBound } from './smart-time-bound.js';
// --- audience fit ---
// --- budget and ROI ---
// --- compliance ---
// --- content ---
// --- engagement ---
// --- measurement ---
// --- governance ---

export const RULES: Rule[] = [
  // goals
  smartTimeBound,
  // audience-fit
  // budget-roi
  // compliance
  // content
  // engagement
  // measurement
  // governance
];

/** Repository-relative path of a rule's documentation page. */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
