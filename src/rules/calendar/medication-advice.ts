import type { RuleFinding } from '../../types.js';
import { defineRule, entryName, finding, items, pointer, quote, regulations, words } from '../helpers.js';
import { findInClauses, showTerm } from '../../knowledge/words.js';

export const rule = defineRule({
  meta: {
    id: 'calendar/medication-advice',
    category: 'content',
    severity: 'warning',
    description:
      "No planned post gives medication doses or tells readers to start, stop or change a medicine without a clinician's check and a route to their own prescriber.",
    rationale:
      "A dose or an instruction to stop or double a medicine, read by someone it does not fit, is a patient-safety risk: a public post cannot know the reader's age, weight, other medicines or condition. " +
      'Health accounts answer general questions and send individual ones to care (the "not medical advice" disclaimer and an escalation route); a post that gives dosing needs a clinician\'s review, a cited source (the label or a guideline) and the words "ask your doctor or pharmacist". ' +
      'The topic and draft copy of each calendar entry are read in English, Swedish, French, Romanian and Spanish. Pharmaceutical and medical-device plans are left to the fda/ rules, which judge product claims against the label.',
    source:
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, sections on trusted sources and fighting misinformation; ' +
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" [How to develop a social media strategy for healthcare marketing], step 5: credible sources',
    fix: 'Have a clinician review the post, cite the label or guideline, and tell readers to ask their doctor or pharmacist about their own dose; or keep the post general.',
    examples: {
      fail: 'content:\n  calendar:\n    - date: 2027-01-11\n      channel: facebook\n      topic: "Fever? Give children 10 mg/kg of ibuprofen every 6 hours"',
      pass: 'content:\n  calendar:\n    - date: 2027-01-11\n      channel: facebook\n      topic: When a fever needs a doctor, and who to call at night',
    },
  },
  notApplicable(plan, ctx) {
    if (items(plan.content?.calendar).length === 0) return 'the plan has no calendar entries';
    const type = plan.organization?.type;
    if (typeof type === 'string' && (regulations(ctx).fda.organizationTypes.includes(type) || type === 'medtech')) {
      return `a ${type} plan's product posts are judged by the fda/ rules against the label`;
    }
    return undefined;
  },
  check(plan, ctx) {
    const w = words(ctx);
    const out: RuleFinding[] = [];
    for (const [e, i] of items(plan.content?.calendar)) {
      for (const key of ['topic', 'copy'] as const) {
        const text = e[key];
        if (typeof text !== 'string') continue;
        const hit = findInClauses(text, w.medicationAdvice, w.negators).find((h) => !h.negated);
        if (!hit) continue;
        out.push(
          finding(
            pointer('content', 'calendar', i, key),
            `${entryName(e, i)} gives medication dosing or instructions (its ${key} ${hit.term.startsWith('* ') ? `gives an amount in ${hit.term.slice(2)}` : `says ${quote(showTerm(hit.term))}`}): a post read by the public cannot fit each reader's dose`,
          ),
        );
        break;
      }
    }
    return out;
  },
});
