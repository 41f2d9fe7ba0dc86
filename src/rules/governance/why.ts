import { defineRule, finding, looksEnglish, present } from '../helpers.js';

/** The reason the source articles warn against: being on social media because everyone else is. */
const EVERYONE =
  /\b(everyone|everybody|every\s+(other\s+)?(hospital|clinic|practice|organi[sz]ation|competitor)s?|all\s+(our\s+)?competitors|competitors)\s+(is|are|else\s+is)\s+(on|using|there)\b|\bbecause\s+(everyone|everybody|we\s+have\s+to|we\s+should)\b/i;

export const rule = defineRule<{ minWords: number }>({
  meta: {
    id: 'governance/why',
    category: 'governance',
    severity: 'error',
    description: 'The plan states why the organisation uses social media, in terms of its patients and its mission.',
    rationale:
      '"You must start with your why before your how" (the article "How to develop a social media strategy for healthcare marketing", quoting Lee Aase, Mayo Clinic); organisations without a plan ' +
      '"have no clear idea why they are using social media, beyond the reasoning that everyone is on social media" ("Click, Like, Retweet: Healthcare Reputation Online").',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing]: start with why; "Click, Like, Retweet: Healthcare Reputation Online": developing a social media strategy',
    fix: 'Write `why:` in two or three sentences: whom the organisation wants to reach and what it wants to change for them.',
    options: {
      minWords: { type: 'number', default: 6, description: 'A shorter statement is reported as information.' },
    },
    examples: {
      fail: 'why: Because everyone is on social media',
      pass: 'why: Parents in our county look for pediatric advice online first. We want to be the trusted, local source they find.',
    },
  },
  check(plan, ctx) {
    const why = plan.why;
    if (!present(why) || typeof why !== 'string') return [finding('/why', 'the plan does not say why the organisation uses social media')];
    // English-only heuristic; a statement in another language is judged only by its presence and length.
    if (looksEnglish(why) && EVERYONE.test(why)) {
      return [
        finding('/why', "the reason given is that everyone else is on social media, which is not a why of the organisation's own", { severity: 'warning' }),
      ];
    }
    const words = why.trim().split(/\s+/).length;
    const min = ctx.options.minWords;
    if (words < min)
      return [
        finding('/why', `the \`why\` has ${words} word${words === 1 ? '' : 's'}; say whom you want to reach and what should change for them`, {
          severity: 'info',
        }),
      ];
    return [];
  },
});
