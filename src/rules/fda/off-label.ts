import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, items, label, pointer, quote, words } from '../helpers.js';
import { adultsOnly, fdaApplies, fdaSkipReason } from './helpers.js';

/** "12+", "ages 12-17", "under 18": an age group under 18 written with numbers. */
const MINOR_AGES = /\b1[0-7]\s*\+|\bages?\s*(?:1[0-7]|[5-9])\b|\bunder\s*18\b/i;

export const rule = defineRule({
  meta: {
    id: 'fda/off-label',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'A US drug or device maker does not promote its product to an age group, or for a use, outside its label (teenagers for a drug approved for adults).',
    rationale:
      'A product is approved or cleared for the uses and the population on its label; promoting another use, including another age group, is evidence of a new intended use and misbrands the product (21 CFR 201.128 for drugs, 801.4 for devices; 21 U.S.C. 331(a) and 352(f)). ' +
      'A post that tells parents their teenager could use a drug approved for adults, or an audience of minors or their parents for it, is off-label promotion; the post stops publication (critical) when the plan itself says the product is approved for adults. When the plan does not say what the label covers, the finding asks to check it (a warning). ' +
      'Scientific exchange with clinicians and investor news are governed differently, but not on a consumer channel.',
    source: '21 CFR 201.128 and 801.4; 21 U.S.C. 331(a) and 352(f), as of 2024-01-01',
    fix: 'Promote only to the population and for the uses on the label; drop posts and audiences about teenagers or children unless the label covers them.',
    laws: ['fda-intended-use'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\nwhy: The drug is approved for adults with severe eczema.\ncontent:\n  calendar:\n    - date: 2027-06-05\n      type: news\n      topic: "Coming soon for teens 12+"',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\nwhy: The drug is approved for adults with severe eczema.\ncontent:\n  calendar:\n    - date: 2027-06-05\n      type: educational\n      topic: "Living with eczema as an adult"',
    },
  },
  notApplicable: (plan, ctx) => fdaSkipReason(plan, ctx),
  appliesBecause: (plan, ctx) => fdaApplies(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const adults = adultsOnly(plan);
    const minors = (t: unknown) => {
      if (typeof t !== 'string') return undefined;
      const hit = affirmed(t, LAW_TERMS.minors, negators)[0]?.term;
      return hit ? showTerm(hit) : MINOR_AGES.exec(t)?.[0];
    };
    for (const [e, i] of items(plan.content?.calendar)) {
      const m = minors(e.topic) ?? minors(e.copy);
      if (!m) continue;
      out.push(
        adults
          ? finding(
              pointer('content', 'calendar', i, 'topic'),
              `${entryName(e, i)} promotes use in ${quote(m)} of a product the plan says is approved for adults: off-label promotion (21 CFR 201.128; 21 U.S.C. 331(a), 352(f))`,
              { severity: 'critical' },
            )
          : finding(
              pointer('content', 'calendar', i, 'topic'),
              `${entryName(e, i)} is about ${quote(m)}: check that the label covers that age group before promoting to it (21 CFR 201.128)`,
              { severity: 'warning' },
            ),
      );
    }
    for (const [a, i] of items(plan.audiences)) {
      const young = Array.isArray(a.age) && typeof a.age[0] === 'number' && a.age[0] < 18 ? `ages from ${a.age[0]}` : undefined;
      const m = young ?? minors(a.description) ?? minors(Array.isArray(a.interests) ? a.interests.join('; ') : undefined);
      if (!m) continue;
      out.push(
        finding(
          pointer('audiences', i),
          `${label('audience', a.id, i)} is about minors (${quote(m)})${adults ? ', for a product the plan says is approved for adults: targeting them supports off-label use (21 CFR 201.128)' : ': check that the label covers them (21 CFR 201.128)'}`,
          {
            severity: adults ? 'error' : 'warning',
          },
        ),
      );
    }
    return out;
  },
});
