import { defineRule, finding, present, sectionSkip, words } from '../helpers.js';
import { firstTerm, fold, showTerm, type Terms } from '../../knowledge/words.js';

/** The not-yet-written phrase of a value that is only a promise: a short value, or one that starts with it. */
function notWritten(text: string, list: Terms): string | undefined {
  const folded = fold(text).split(' ');
  if (folded.length > 15) return firstTerm(folded.slice(0, 4).join(' '), list);
  return firstTerm(text, list);
}

export const rule = defineRule({
  meta: {
    id: 'engagement/crisis-plan',
    category: 'engagement',
    severity: 'warning',
    weight: 3,
    description: 'The plan has (or points to) a crisis communication plan that is written, not announced.',
    rationale:
      "An outbreak, a data breach or a viral complaint leaves no time to decide who speaks and who approves. The CDC's Crisis and " +
      'Emergency Risk Communication (CERC) principles - be first, be right, be credible - assume a plan that names a spokesperson, an ' +
      'approval chain and pre-approved holding statements. "A patient who has a bad experience is only one post away from sharing it with the world" ("Click, Like, Retweet: Healthcare Reputation Online").',
    source:
      'CDC Crisis and Emergency Risk Communication (CERC); "Click, Like, Retweet: Healthcare Reputation Online": reputation; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: misinformation',
    fix: 'Set `engagement.crisis_plan:` to the crisis communication plan (a path or a summary: spokesperson, approvals, holding statements).',
    examples: { fail: 'engagement:\n  moderation_policy: Hide spam', pass: 'engagement:\n  crisis_plan: docs/crisis-communications.md' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan, ctx) {
    const text = plan.engagement?.crisis_plan;
    if (!present(text)) return [finding('/engagement/crisis_plan', 'the plan has no crisis communication plan')];
    // "To be written with the agency in Q2": a promise, not a plan; a crisis does not wait for Q2.
    // Read only in a short value (a written plan may well say "pending approval" somewhere) or at
    // its start ("TBD: ..."), where such words say what the value is.
    const promise = typeof text === 'string' ? notWritten(text, words(ctx).notWrittenYet) : undefined;
    return promise
      ? [
          finding(
            '/engagement/crisis_plan',
            `the crisis communication plan is not written yet (it says \`${showTerm(promise)}\`): until it is, nobody knows who speaks or approves in a crisis`,
          ),
        ]
      : [];
  },
});
