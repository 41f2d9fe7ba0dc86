import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, looksEnglish, pointer, present, quote, withoutGoals } from '../helpers.js';

// Words that say nothing about who or what changes. A statement made only of these (plus filler)
// is a vague verb phrase: "increase awareness", "grow engagement on social media".
const VAGUE = new Set([
  // verbs
  'increase',
  'grow',
  'improve',
  'boost',
  'raise',
  'build',
  'drive',
  'enhance',
  'get',
  'gain',
  'expand',
  'maximize',
  'maximise',
  'promote',
  'create',
  'generate',
  'strengthen',
  'develop',
  'achieve',
  'have',
  'be',
  'become',
  'do',
  'make',
  'establish',
  'optimize',
  'optimise',
  'leverage',
  'engage',
  // objects
  'awareness',
  'brand',
  'engagement',
  'presence',
  'visibility',
  'followers',
  'following',
  'reach',
  'traffic',
  'social',
  'media',
  'online',
  'digital',
  'reputation',
  'trust',
  'loyalty',
  'community',
  'impressions',
  'likes',
  'buzz',
  'content',
  'posts',
  'audience',
  'audiences',
  'exposure',
  'image',
  'recognition',
  'channels',
  'platforms',
  'accounts',
  'results',
  'performance',
  'success',
  'impact',
  'interaction',
  'interactions',
  'conversation',
  'conversations',
  'growth',
  // filler
  'the',
  'a',
  'an',
  'our',
  'its',
  'of',
  'on',
  'in',
  'and',
  'to',
  'for',
  'more',
  'better',
  'greater',
  'overall',
  'general',
  'generally',
  'strong',
  'stronger',
  'good',
  'great',
  'lots',
  'much',
  'many',
  'across',
  'all',
  'we',
  'us',
  'through',
  'with',
]);

// Vague words that exist only in English: a short ASCII statement made of vague words that include
// one of these is English even when looksEnglish() finds no common word in it ("Brand awareness").
const ENGLISH_ONLY = new Set(['awareness', 'followers', 'visibility', 'traffic', 'reach', 'increase', 'grow', 'improve', 'boost', 'likes', 'buzz']);

/** Whether the English-only vague-phrase heuristic may judge this statement. */
function judgeable(statement: string): boolean {
  if (looksEnglish(statement)) return true;
  if (/[^\u0000-\u007f]/.test(statement)) return false;
  return (statement.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => ENGLISH_ONLY.has(w));
}

/** True when an English statement is only a vague verb phrase. */
function isVagueStatement(statement: string): boolean {
  const words = statement.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.length > 0 && words.length <= 10 && words.every((w) => VAGUE.has(w));
}

export const rule = defineRule({
  meta: {
    id: 'smart/specific',
    category: 'goals',
    severity: 'warning',
    description: 'Every goal has a statement that says who and what changes, not just a vague verb phrase.',
    rationale:
      'The article "How to develop a social media strategy for healthcare marketing" (step 1) ask to make each goal "as detailed and specific as possible"; the CDC defines specific as who ' +
      'and what, with one action verb. "Increase awareness" names neither, so nobody can tell what the channel work is for. ' +
      'The vague-phrase check reads English only: statements in other languages are judged by their structured fields ' +
      '(metric, target, deadline) alone.',
    source:
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" / "Comment développer une stratégie de médias sociaux pour le marketing des soins de santé" [How to develop a social media strategy for healthcare marketing], step 1: set SMART goals (Specific); CDC Evaluation Brief 3b',
    fix: 'Say who changes and what: "Grow online well-child visit bookings from parents in our county".',
    examples: {
      fail: 'goals:\n  - id: awareness\n    statement: Increase brand awareness',
      pass: 'goals:\n  - id: bookings\n    statement: Grow online well-child visit bookings that come from social channels',
    },
  },
  notApplicable: withoutGoals,
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [g, i] of items(plan.goals)) {
      const at = pointer('goals', i);
      const name = label('goal', g.id, i);
      if (!present(g.statement)) {
        out.push(finding(at + '/statement', `${name} has no statement saying what it achieves`));
        continue;
      }
      const s = g.statement!;
      if (judgeable(s) && isVagueStatement(s)) {
        out.push(
          finding(at + '/statement', `${name} has a vague statement (${quote(s)}): it names no audience and no concrete result`, {
            hint: present(g.metric)
              ? `Rewrite it around what ${quote(g.metric)} counts, and for whom.`
              : 'Say who changes and what, e.g. "Grow online visit bookings from parents in our county".',
          }),
        );
      }
    }
    return out;
  },
});
