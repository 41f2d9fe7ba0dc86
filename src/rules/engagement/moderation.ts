import { defineRule, finding, present, quote, sectionSkip, words } from '../helpers.js';
import { findInClauses, showTerm } from '../../knowledge/words.js';

const AT = '/engagement/moderation_policy';

export const rule = defineRule({
  meta: {
    id: 'engagement/moderation',
    category: 'engagement',
    severity: 'warning',
    description: 'The plan has a moderation policy for comments on its accounts, and it does not hide criticism, complaints or reports of side effects.',
    rationale:
      'A published moderation policy says what is hidden (spam, abuse, personal health details, misinformation) and what is never removed (criticism), so that moderators act consistently and the organisation can explain a removal. ' +
      'Hiding negative comments and reviews misleads prospective patients, buries complaints that need escalation (a complication, an allegation of neglect) and, where reviews are displayed as if complete after the negative ones were removed, is review suppression the FTC rule forbids (16 CFR 465.7, in force 2024-10-21); much of the rest is good practice rather than law. ' +
      'hiding reports of side effects can also hide adverse events a manufacturer must report (21 CFR 314.80). Answer criticism once in public and move it to a private channel instead. ' +
      'The policy is read in English, Swedish, French, Romanian and Spanish.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online", sections on listening and responding; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section on engagement and misinformation; ' +
      '16 CFR 465.7 (review suppression), as of 2024-10-21',
    fix: 'Write `engagement.moderation_policy:` (what is hidden: spam, abuse, personal health details; that criticism is never deleted but answered and escalated).',
    examples: {
      fail: 'engagement:\n  moderation_policy: Delete negative comments that could hurt the brand',
      pass: 'engagement:\n  moderation_policy: Hide spam and abuse, never delete criticism, reply publicly once then move to private channels',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan, ctx) {
    const policy = plan.engagement?.moderation_policy;
    if (!present(policy)) return [finding(AT, 'the plan has no moderation policy')];
    const w = words(ctx);
    const text = policy as string;
    const hide = findInClauses(text, w.moderationHide, w.negators);
    const negative = findInClauses(text, w.moderationNegative, w.negators);
    const keep = findInClauses(text, w.moderationKeep, w.negators);
    // A negative word is hidden when it is the object of a hiding verb that is not negated: the
    // nearest such verb before it (or just after it, "negative comments are deleted"), with no
    // keeping verb between ("hide spam and keep criticism visible", "hide spam, never delete
    // criticism" hide nothing negative).
    const between = (clause: number, a: number, b: number) => keep.some((k) => k.clause === clause && k.start >= a && k.end <= b);
    const objectOf = (n: (typeof negative)[number]) => {
      const before = hide.filter((h) => h.clause === n.clause && h.end <= n.start && n.start - h.end <= 8).pop();
      if (before && !between(n.clause, before.end, n.start)) return before.negated ? undefined : before;
      const after = hide.find((h) => h.clause === n.clause && n.end <= h.start && h.start - n.end <= 3);
      if (after && !between(n.clause, n.end, after.start)) return after.negated ? undefined : after;
      return undefined;
    };
    const hidden = negative.filter((n) => objectOf(n) !== undefined);
    if (hidden.length === 0) return [];
    const verb = objectOf(hidden[0])!;
    return [
      finding(
        AT,
        `the moderation policy hides or removes criticism (it says ${quote(showTerm(verb.term))} next to ${[...new Set(hidden.map((h) => quote(showTerm(h.term))))].slice(0, 3).join(', ')}): ` +
          'suppressing negative comments misleads prospective patients and buries complaints that need escalation (and showing reviews as complete after removing the negative ones is unlawful, 16 CFR 465.7)',
        {
          severity: 'error',
          hint: 'Hide only spam, abuse and personal health details; keep criticism visible, answer it once in public and escalate it.',
        },
      ),
    ];
  },
});
