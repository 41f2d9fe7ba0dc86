import type { Plan, RuleContext, RuleFinding } from '../../types.js';
import { defineRule, entryName, euCodes, finding, items, label, namesJurisdictions, present, regulations, sev, usCodes } from '../helpers.js';

/** Budget lines and calendar entries that are endorsements: influencers, employee advocacy, paid or gifted creators. */
function endorsements(plan: Plan, ctx: RuleContext) {
  const r = regulations(ctx).endorsements;
  // "influencer" (English, Swedish, Romanian), "influenceur" (French); not "influensa" (flu).
  const advocacy = /\binfluenc(?:er|eur|euse)s?\b|ambassad|advoca/i;
  const lines = items(plan.budget?.lines).filter(
    ([l]) => (typeof l.category === 'string' && r.budgetCategories.includes(l.category)) || (typeof l.item === 'string' && advocacy.test(l.item)),
  );
  const entries = items(plan.content?.calendar).filter(
    ([e]) => (typeof e.type === 'string' && r.calendarTypes.includes(e.type)) || e.material_connection === true,
  );
  return { lines, entries };
}

export const rule = defineRule({
  meta: {
    id: 'ftc/endorsement-disclosure',
    category: 'compliance',
    severity: 'error',
    description: 'Influencer, employee-advocacy and other sponsored posts disclose the material connection, and the contracts are reviewed.',
    rationale:
      'Seeds 002 (influencers) and 004 (content promotion through influencers and employees) recommend endorsers. Under the FTC Endorsement Guides (16 CFR 255, 2023) a material connection - payment, free products, employment - must be disclosed clearly and conspicuously in the post itself. ' +
      'The rule is named after the FTC, but EU/EEA consumer law imposes the same duty (Directive 2005/29/EC, Annex I point 11, and national influencer laws such as France\'s of 2023), so it also applies to EU/EEA plans, citing that law. Other jurisdictions are skipped.',
    source: 'Seeds 002 (influencers) and 004 (influencers, employees); 16 CFR 255; Directive 2005/29/EC Annex I (11)',
    fix: 'Set `compliance.influencers.disclosure` (e.g. "#ad"), `contracts_reviewed: true`, and `disclosure: true` on each influencer or sponsored calendar entry.',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: influencer\n      disclosure: false',
      pass: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: influencer\n      disclosure: true\ncompliance:\n  influencers:\n    disclosure: "#ad"\n    contracts_reviewed: true',
    },
  },
  notApplicable(plan, ctx) {
    if (usCodes(ctx).length === 0 && euCodes(ctx).length === 0) {
      return `endorsement disclosure is checked under US law (FTC, 16 CFR 255) and EU/EEA consumer law (Directive 2005/29/EC); this plan ${namesJurisdictions(ctx)}`;
    }
    const { lines, entries } = endorsements(plan, ctx);
    if (lines.length === 0 && entries.length === 0) return 'the plan has no influencer or employee-advocacy budget line and no influencer or sponsored calendar entry';
    return undefined;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const law = usCodes(ctx).length > 0 ? 'FTC, 16 CFR 255' : 'EU Directive 2005/29/EC, Annex I point 11';
    const { lines, entries } = endorsements(plan, ctx);
    const what = lines.length > 0 ? label('budget line', lines[0][0].item, lines[0][1]) : entryName(entries[0][0], entries[0][1]);
    const inf = plan.compliance?.influencers;
    if (!present(inf?.disclosure)) {
      out.push(finding('/compliance/influencers/disclosure', `the plan pays for endorsements (${what}) but states no disclosure for them (compliance.influencers.disclosure; ${law})`));
    }
    if (inf?.contracts_reviewed !== true) {
      out.push(
        finding('/compliance/influencers/contracts_reviewed', `influencer and advocacy contracts are not marked as reviewed by compliance (compliance.influencers.contracts_reviewed)`, {
          ...sev('warning'),
          hint: 'Have compliance review each endorser contract (disclosure duty, no health claims beyond the approved ones), then set `contracts_reviewed: true`.',
        }),
      );
    }
    for (const [e, i] of entries) {
      if (e.disclosure === true) continue;
      out.push(
        finding(
          `/content/calendar/${i}/disclosure`,
          e.disclosure === false
            ? `${entryName(e, i)} is an endorsement posted without disclosing the material connection (${law})`
            : `${entryName(e, i)} is an endorsement but does not say that it discloses the material connection (disclosure: true)`,
          e.disclosure === false ? {} : sev('warning'),
        ),
      );
    }
    return out;
  },
});
