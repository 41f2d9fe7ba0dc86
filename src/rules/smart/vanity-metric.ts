import type { Goal, RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, pointer, present, quote, withoutGoals, words } from '../helpers.js';
import type { WordLists } from '../../knowledge/words.js';
import { findTerms, fold, showTerm } from '../../knowledge/words.js';

/** The vanity term a goal's metric (or unit) counts, unless the metric also counts a result. */
function vanityTerm(g: Goal, w: WordLists): string | undefined {
  const metric = `${g.metric ?? ''} ${g.unit ?? ''}`;
  const tokens = fold(metric).split(' ');
  if (findTerms(tokens, w.conversionMetrics).length > 0 || findTerms(tokens, w.costPer).length > 0) return undefined;
  return findTerms(tokens, w.vanityMetrics)[0]?.term;
}

/** Whether a goal's metric counts a result the organisation needs (bookings, leads, applications, …). */
function isConversion(g: Goal, w: WordLists): boolean {
  return findTerms(fold(`${g.metric ?? ''} ${g.unit ?? ''}`).split(' '), w.conversionMetrics).length > 0;
}

/** A business objective that names only exposure ("Brand awareness", "notoriété"): short, no figure, no result. */
function vagueObjective(text: string, w: WordLists): string | undefined {
  const tokens = fold(text).split(' ');
  if (tokens.length > 4 || /\d/.test(text) || findTerms(tokens, w.conversionMetrics).length > 0) return undefined;
  return findTerms(tokens, w.vagueObjectives)[0]?.term;
}

export const rule = defineRule({
  meta: {
    id: 'smart/vanity-metric',
    category: 'goals',
    severity: 'warning',
    description:
      'A goal that counts followers, impressions, likes or views serves a stated business objective, and the plan has at least one goal that counts a result (bookings, leads, applications, visits).',
    rationale:
      'Goals "must be aligned with your business objectives and clinical priorities" (step 1 of the six-step article). Followers, impressions, likes and views measure exposure, not what the organisation needs: ' +
      'a plan whose goals are all such counts cannot show that its budget brought a single booking, hire or vaccination, and a follower target tied to "brand awareness" is a second exposure measure, not an objective. ' +
      'An exposure goal is fine as a step toward a result the plan also measures. Metrics and objectives are read in English, Swedish, French, Romanian and Spanish.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" ' +
      '[How to develop a social media strategy for healthcare marketing], step 1 (SMART goals aligned with business objectives) and step 3 (budget and return); ' +
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 5 (measure everything)',
    fix: 'Tie the goal to the business objective it moves (`business_objective:`) and add a goal that counts the result itself, e.g. social-referred bookings or applications.',
    examples: {
      fail: 'goals:\n  - id: followers\n    metric: instagram_followers\n    business_objective: Brand awareness',
      pass: 'goals:\n  - id: followers\n    metric: instagram_followers\n    business_objective: Fill the new Saturday clinic\n  - id: bookings\n    metric: social_referred_bookings\n    business_objective: Fill the new Saturday clinic',
    },
  },
  notApplicable: withoutGoals,
  check(plan, ctx) {
    const w = words(ctx);
    const goals = items(plan.goals);
    const conversion = goals.some(([g]) => isConversion(g, w));
    const out: RuleFinding[] = [];
    for (const [g, i] of goals) {
      const term = vanityTerm(g, w);
      if (!term) continue;
      const name = label('goal', g.id, i);
      const counts = `${name} counts ${quote(showTerm(term))}, a measure of exposure, not of a result`;
      const vague = typeof g.business_objective === 'string' ? vagueObjective(g.business_objective, w) : undefined;
      let why: string | undefined;
      if (!present(g.business_objective)) why = 'and names no business objective it serves';
      else if (vague) why = `and its business objective (${quote(showTerm(vague))}) is exposure again, not an objective`;
      else if (!conversion) why = 'and no goal of the plan counts a result (bookings, leads, applications, visits)';
      if (why) out.push(finding(pointer('goals', i, 'metric'), `${counts}, ${why}`));
    }
    return out;
  },
});
