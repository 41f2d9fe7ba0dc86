import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, label, pointer, quote, scope, words } from '../helpers.js';
import { endorsements } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'endorsement/prohibited-promotion',
    category: 'compliance',
    severity: 'critical',
    description:
      'A plan that reaches France pays no influencer to promote aesthetic procedures (injections, fillers, cosmetic surgery), which French law forbids.',
    rationale:
      'Since June 2023 French law forbids commercial influence that promotes, directly or indirectly, aesthetic procedures, techniques and methods (those of Code de la santé publique L.6322-1: injections, fillers, cosmetic surgery), and products or practices presented as substitutes for medical treatment (loi n° 2023-451 du 9 juin 2023 art. 4, as amended by ordonnance n° 2024-978 of 6 November 2024); breaches are criminal offences. ' +
      'Free sessions or promo codes given to influencers in exchange for posts are that promotion, whatever the post says. It stops publication (critical). ' +
      'The source articles recommend influencers in general ("Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], section on influencers); for an aesthetic clinic in France they are off limits, while information by the clinic\'s own physicians remains possible.',
    source:
      "Loi n° 2023-451 du 9 juin 2023 visant à encadrer l'influence commerciale, art. 4, as amended by ordonnance n° 2024-978, as of 2024-11-06; Code de la santé publique L.6322-1; " +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section on influencers',
    fix: "Drop influencer partnerships that promote aesthetic procedures in France; publish factual information by the clinic's own physicians instead.",
    laws: ['fr-2023-451'],
    examples: {
      fail: 'organization: {jurisdictions: [FR]}\ncontent:\n  calendar:\n    - date: 2027-02-20\n      type: influencer\n      topic: "Ma journée injections de lèvres à la clinique"\n      disclosure: true',
      pass: 'organization: {jurisdictions: [FR]}\ncontent:\n  calendar:\n    - date: 2027-02-20\n      type: educational\n      topic: "Injections de lèvres : indications, risques et suites, par notre médecin"',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (!s.all.has('FR')) return `loi n° 2023-451 art. 4 is French law; this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    const { lines, entries } = endorsements(plan, ctx);
    if (lines.length === 0 && entries.length === 0) return 'the plan has no influencer budget line and no influencer or sponsored calendar entry';
    return undefined;
  },
  appliesBecause: () => 'loi n° 2023-451 applies: the plan reaches France and pays for endorsements',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const term = (t: unknown) => affirmed(t, LAW_TERMS.aestheticProcedure, negators)[0]?.term;
    // An organisation that offers aesthetic procedures promotes them through any paid influencer.
    const org = plan.organization ?? {};
    const offers = Array.isArray(org.offers) && org.offers.includes('aesthetic-procedures');
    const orgTerm = term(org.name) ?? term(plan.why) ?? (Array.isArray(plan.content?.pillars) ? term(plan.content!.pillars!.join('; ')) : undefined);
    const aesthetic = offers ? 'organization.offers names aesthetic-procedures' : orgTerm ? `the organisation offers ${quote(showTerm(orgTerm))}` : undefined;
    const { lines, entries } = endorsements(plan, ctx);
    for (const [l, i] of lines) {
      const t = term(l.item);
      if (!t && !aesthetic) continue;
      out.push(
        finding(
          pointer('budget', 'lines', i, 'item'),
          `${label('budget line', l.item, i)} pays influencers to promote ${t ? `an aesthetic procedure (${quote(showTerm(t))})` : `the clinic's aesthetic procedures (${aesthetic})`}, which French law forbids (loi n° 2023-451 art. 4)`,
        ),
      );
    }
    for (const [e, i] of entries) {
      const t = term(`${e.topic ?? ''}\n${e.copy ?? ''}`);
      if (!t && !aesthetic) continue;
      out.push(
        finding(
          pointer('content', 'calendar', i, 'topic'),
          `${entryName(e, i)} is influencer promotion of ${t ? `an aesthetic procedure (${quote(showTerm(t))})` : `the clinic's aesthetic procedures (${aesthetic})`}, which French law forbids (loi n° 2023-451 art. 4)`,
        ),
      );
    }
    return out;
  },
});
