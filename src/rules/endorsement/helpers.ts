// Helpers of the endorsement/ rules only: which budget lines and posts are endorsements, which
// endorsement laws reach the plan, and how a disclosure label reads under each.
import type { BudgetLine, CalendarEntry, Plan, RuleContext } from '../../types.js';
import type { DisclosureLabels } from '../../knowledge/disclosures.js';
import { fold } from '../../knowledge/words.js';
import { LAW_TERMS, affirmed } from '../../knowledge/law-terms.js';
import { items, regulations, scope } from '../helpers.js';

/** Budget lines and calendar entries that are endorsements: influencers, employee advocacy, paid or gifted creators. */
export function endorsements(plan: Plan, ctx: RuleContext): { lines: [BudgetLine, number][]; entries: [CalendarEntry, number][] } {
  const r = regulations(ctx).endorsements;
  // "influencer" (English, Swedish, Romanian), "influenceur/-euse" (French), "influencer/-a" (Spanish); not "influensa" (flu).
  const advocacy = /\binfluenc(?:er|eur|euse|ers|eurs|euses|ia|ias)\b|influenceuse|ambassad|advoca|creator partner|créat(?:eur|rice)s? de contenu/i;
  const lines = items(plan.budget?.lines).filter(
    ([l]) => (typeof l.category === 'string' && r.budgetCategories.includes(l.category)) || (typeof l.item === 'string' && advocacy.test(l.item)),
  );
  const entries = items(plan.content?.calendar).filter(
    ([e]) => (typeof e.type === 'string' && r.calendarTypes.includes(e.type)) || e.material_connection === true,
  );
  return { lines, entries };
}

/** The disclosure rules of every jurisdiction the plan reaches (US, FR, GB, SE, RO, ES, else EU). */
export function labelSets(plan: Plan, ctx: RuleContext): DisclosureLabels[] {
  const s = scope(plan, ctx);
  const list = regulations(ctx).disclosureLabels.list;
  const want = new Set<string>();
  if (s.us) want.add('US');
  if (s.uk) want.add('GB');
  for (const c of s.eu) {
    const country = c.split('-')[0];
    want.add(list.some((d) => d.jurisdiction === country) ? country : 'EU');
  }
  // `EU` next to a country with its own rules adds nothing.
  if (want.has('EU') && s.eu.every((c) => c === 'EU' || c === 'EEA' || list.some((d) => d.jurisdiction === c.split('-')[0]))) {
    if ([...want].some((j) => j !== 'EU' && j !== 'US' && j !== 'GB')) want.delete('EU');
  }
  return list.filter((d) => want.has(d.jurisdiction));
}

/** Why no endorsement law the tool knows reaches the plan, or undefined. */
export function endorsementSkip(plan: Plan, ctx: RuleContext): string | undefined {
  if (labelSets(plan, ctx).length > 0) return undefined;
  return `endorsement disclosure is checked under US law (16 CFR 255), EU/EEA consumer law (Directive 2005/29/EC, France's loi n° 2023-451) and UK rules; this plan names ${[...scope(plan, ctx).all].join(', ') || 'no jurisdiction'}`;
}

/** Whether folded text holds a term (whole words). */
function has(foldedText: string, term: string): boolean {
  const t = fold(term);
  return t !== '' && ` ${foldedText} `.includes(` ${t} `);
}

/** How a disclosure label reads under one jurisdiction's rules. */
export function judgeLabel(text: string, set: DisclosureLabels): { verdict: 'adequate' | 'ambiguous' | 'unknown' | 'missing-words'; term?: string } {
  const f = fold(text);
  if (set.required && !set.required.some((w) => has(f, w))) {
    const amb = set.ambiguous.find((w) => has(f, w)) ?? set.adequate.find((w) => has(f, w));
    return { verdict: 'missing-words', term: amb };
  }
  const ok = set.adequate.find((w) => has(f, w));
  if (ok) return { verdict: 'adequate', term: ok };
  const amb = set.ambiguous.find((w) => has(f, w));
  if (amb) return { verdict: 'ambiguous', term: amb };
  // A tag or mention of the brand alone ("Tag @clinic in the post") says nothing about payment.
  if (/(^|\s)@\w/.test(text) || /\btag(?:s|ging)?\b/i.test(text)) return { verdict: 'ambiguous', term: 'a tag of the brand' };
  return { verdict: 'unknown' };
}

const BURIED_PLACEMENTS = new Set(['end', 'among-hashtags', 'profile']);

/** Where a disclosure text or placement puts it out of sight: the placement or the words that say so. */
export function buried(text: string | undefined, placement: unknown): string | undefined {
  if (typeof placement === 'string' && BURIED_PLACEMENTS.has(placement)) return `placement: ${placement}`;
  const hit = affirmed(text, LAW_TERMS.buried)[0];
  return hit ? `it says ${hit.term.replace(/\s*\*\s*/g, ' … ').trim()}` : undefined;
}

/**
 * In a post's draft text: whether an adequate label is there, and whether it sits where readers
 * miss it (after two or more other hashtags, or in the last quarter of a long text).
 */
export function labelInCopy(copy: string, set: DisclosureLabels): { found: boolean; buried: boolean } {
  const words = copy.split(/\s+/).filter(Boolean);
  const labels = set.required ?? set.adequate;
  for (let i = 0; i < words.length; i++) {
    const rest = fold(words.slice(i, i + 3).join(' '));
    const hit = labels.some((l) => {
      const t = fold(l);
      return t !== '' && (rest === t || rest.startsWith(t + ' '));
    });
    if (!hit) continue;
    const hashtagsBefore = words.slice(Math.max(0, i - 2), i).filter((w) => w.startsWith('#')).length;
    const late = words.length >= 12 && i >= words.length * 0.75;
    return { found: true, buried: hashtagsBefore >= 2 || late };
  }
  return { found: false, buried: false };
}
