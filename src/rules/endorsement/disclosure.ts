import type { RuleFinding } from '../../types.js';
import type { DisclosureLabels } from '../../knowledge/disclosures.js';
import { defineRule, entryName, finding, label, present, quote, sev } from '../helpers.js';
import { buried, endorsements, endorsementSkip, judgeLabel, labelInCopy, labelSets } from './helpers.js';

/** "16 CFR 255.5" / "loi n° 2023-451 art. 5 (the words are law)" for a message. */
const lawOf = (sets: DisclosureLabels[]) => sets.map((s) => s.law).join('; ');

/** Findings on one disclosure: its label under each jurisdiction's rules, and its placement. */
function judge(ptr: string, what: string, text: string, placement: unknown, sets: DisclosureLabels[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const set of sets) {
    const j = judgeLabel(text, set);
    if (j.verdict === 'missing-words') {
      out.push(
        finding(
          ptr,
          `${what} does not carry the words ${set.required!.map((w) => quote(w === 'publicite' ? 'Publicité' : w === 'collaboration commerciale' ? 'Collaboration commerciale' : w)).join(' or ')}${j.term ? ` (${quote(j.term)} is not enough)` : ''}, which ${set.law} requires`,
          {
            hint: 'Start the post with "Publicité" or "Collaboration commerciale", clear and legible for as long as the content is shown.',
          },
        ),
      );
    } else if (j.verdict === 'ambiguous') {
      out.push(
        finding(
          ptr,
          `${what} uses ${quote(j.term)}, which does not make a paid or material connection clear (${set.law}${set.jurisdiction === 'US' ? '; FTC "Disclosures 101", guidance' : ''})`,
          {
            hint:
              set.jurisdiction === 'US'
                ? 'Use "#ad", "Sponsored" or "Paid partnership with …" at the start of the post.'
                : `Use a label such as ${quote(set.adequate[0])} at the start of the post.`,
          },
        ),
      );
    }
  }
  const where = buried(text, placement);
  if (where) {
    out.push(
      finding(
        ptr,
        `${what} is placed where readers miss it (${where}): a disclosure must be clear and conspicuous, at the start of the post, not among hashtags (${lawOf(sets)})`,
        {
          hint: 'Put the disclosure at the start of the caption (and on screen or spoken in a video), not at the end or among other hashtags.',
        },
      ),
    );
  }
  return out;
}

export const rule = defineRule({
  meta: {
    id: 'endorsement/disclosure',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'Influencer, creator, employee-advocacy and other sponsored posts disclose the material connection with a label the jurisdiction accepts, where readers see it, and the endorser contracts are reviewed.',
    rationale:
      'The source articles recommend influencers and employee advocates ("Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], section on influencers; "Click, Like, Retweet: Healthcare Reputation Online", content promotion through influencers and employees). ' +
      'The law that then applies depends on where the audience is. In the US a material connection (payment, free treatment, employment) must be disclosed clearly and conspicuously (16 CFR 255.5, interpretive guides enforced under FTC Act s.5); the FTC\'s "Disclosures 101" (guidance) adds that "sp", "spon", "collab" or a stand-alone "thanks" or "ambassador" are not clear and that a disclosure buried among hashtags is missed. ' +
      'In France the words "Publicité" or "Collaboration commerciale" are required by law (loi n° 2023-451 art. 5); in the UK the ASA expects an upfront "#ad" (CAP Code 2.1); elsewhere in the EU hidden advertising is an unfair practice (Directive 2005/29/EC, Annex I point 11) and national guidance names the labels (Sweden "reklam", Spain "publicidad"). ' +
      'An endorsement posted with no disclosure at all stops publication (critical).',
    source:
      '16 CFR 255.5, as of 2023-07-26; FTC, "Disclosures 101 for Social Media Influencers" (guidance); loi n° 2023-451 du 9 juin 2023 art. 5, as of 2024-11-06; Directive 2005/29/EC Annex I point 11; CAP Code rule 2.1; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section on influencers; "Click, Like, Retweet: Healthcare Reputation Online", section on content promotion',
    fix: 'Set `compliance.influencers.disclosure` to a label the jurisdiction accepts at the start of the post ("#ad", "Paid partnership with …"; in France "Publicité" or "Collaboration commerciale"), `contracts_reviewed: true`, and `disclosure` on each endorsement entry.',
    laws: ['ftc-255', 'ftc-disclosures-101', 'fr-2023-451', 'eu-ucpd', 'uk-cap', 'se-konsumentverket', 'es-autocontrol', 'ro-363-2007'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: influencer\n      disclosure: {label: "#collab", placement: among-hashtags}',
      pass: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: influencer\n      disclosure: {label: "#ad", placement: start}\ncompliance:\n  influencers:\n    disclosure: "#ad at the start of every sponsored post"\n    contracts_reviewed: true',
    },
  },
  notApplicable(plan, ctx) {
    const skip = endorsementSkip(plan, ctx);
    if (skip) return skip;
    const { lines, entries } = endorsements(plan, ctx);
    if (lines.length === 0 && entries.length === 0)
      return 'the plan has no influencer or employee-advocacy budget line and no influencer or sponsored calendar entry';
    return undefined;
  },
  appliesBecause: (plan, ctx) => `applies under ${lawOf(labelSets(plan, ctx))}: the plan pays for endorsements`,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const sets = labelSets(plan, ctx);
    const law = lawOf(sets);
    const { lines, entries } = endorsements(plan, ctx);
    const what = lines.length > 0 ? label('budget line', lines[0][0].item, lines[0][1]) : entryName(entries[0][0], entries[0][1]);
    const inf = plan.compliance?.influencers;
    const d = inf?.disclosure as unknown;
    const dText = typeof d === 'string' ? d : d && typeof d === 'object' ? String((d as { label?: unknown }).label ?? '') : '';
    const dPlacement = d && typeof d === 'object' ? (d as { placement?: unknown }).placement : undefined;
    if (!present(dText)) {
      out.push(
        finding(
          '/compliance/influencers/disclosure',
          `the plan pays for endorsements (${what}) but states no disclosure for them (compliance.influencers.disclosure; ${law})`,
        ),
      );
    } else {
      out.push(...judge('/compliance/influencers/disclosure', "the plan's disclosure", dText, dPlacement, sets));
    }
    if (inf?.contracts_reviewed !== true) {
      out.push(
        finding(
          '/compliance/influencers/contracts_reviewed',
          'influencer and advocacy contracts are not marked as reviewed by compliance (compliance.influencers.contracts_reviewed)',
          {
            ...sev('warning'),
            hint: 'Have compliance review each endorser contract (disclosure duty, no health claims beyond the approved ones), then set `contracts_reviewed: true`.',
          },
        ),
      );
    }
    for (const [e, i] of entries) {
      const at = `/content/calendar/${i}/disclosure`;
      const ed = e.disclosure as unknown;
      if (ed === false) {
        out.push(finding(at, `${entryName(e, i)} is an endorsement posted without disclosing the material connection (${law})`, sev('critical')));
        continue;
      }
      if (ed === undefined || ed === null) {
        out.push(
          finding(
            at,
            `${entryName(e, i)} is an endorsement but does not say that it discloses the material connection (disclosure: true, or {label, placement})`,
            sev('warning'),
          ),
        );
        continue;
      }
      if (typeof ed === 'object') {
        const o = ed as { label?: unknown; placement?: unknown };
        if (!present(o.label)) out.push(finding(at, `${entryName(e, i)} gives a disclosure without its words (disclosure.label)`, sev('warning')));
        else out.push(...judge(at, `the disclosure of ${entryName(e, i)}`, String(o.label), o.placement, sets));
      }
      // The draft text, when given, is the evidence: the label must be in it, where readers see it.
      if (typeof e.copy === 'string' && e.copy.trim() !== '') {
        const copyAt = `/content/calendar/${i}/copy`;
        const results = sets.map((s) => ({ s, r: labelInCopy(e.copy!, s) }));
        const missing = results.filter((x) => !x.r.found);
        if (missing.length > 0) {
          out.push(finding(copyAt, `the draft text of ${entryName(e, i)} carries no disclosure label (${lawOf(missing.map((x) => x.s))})`));
        } else if (results.some((x) => x.r.buried)) {
          out.push(
            finding(copyAt, `the draft text of ${entryName(e, i)} puts its disclosure after other hashtags or at the end, where readers miss it (${law})`),
          );
        }
      }
    }
    return out;
  },
});
