import type { Plan, RuleContext, RuleFinding } from '../../types.js';
import { defineRule, entryName, finding, items, namesJurisdictions, present, quote, regulations, sev, usCodes } from '../helpers.js';

/** Character limit of a platform: the platform facts first, then the regulatory data. */
function characterLimit(platform: unknown, ctx: RuleContext): number | undefined {
  if (typeof platform !== 'string') return undefined;
  const facts = Object.prototype.hasOwnProperty.call(ctx.knowledge.platforms, platform) ? ctx.knowledge.platforms[platform] : undefined;
  const limits = regulations(ctx).characterLimits.values;
  return facts?.characterLimit ?? (Object.prototype.hasOwnProperty.call(limits, platform) ? limits[platform] : undefined);
}

function promotional(plan: Plan, ctx: RuleContext) {
  const types = regulations(ctx).fda.promotionalTypes;
  return items(plan.content?.calendar).filter(([e]) => typeof e.type === 'string' && types.includes(e.type));
}

export const rule = defineRule({
  meta: {
    id: 'fda/risk-information',
    category: 'compliance',
    severity: 'critical',
    description: 'Promotional posts of a US pharma plan carry their risk information in the post, above all on character-limited platforms.',
    rationale:
      'Prescription drug promotion must present risks with a fair balance to benefits (21 CFR 202.1(e)). FDA\'s draft guidance for platforms with character limits (2014) asks for the most serious risks in the same post as the benefit claim, plus a link to fuller risk information. ' +
      'Seed 004 recommends platform-specific formatting and content promotion; for a drug maker that formatting must leave room for risk.',
    source: 'Seed 004 (platform-specific formatting, content promotion); 21 CFR 202.1(e); FDA draft guidance on character-limited platforms (2014)',
    fix: 'Put the most serious risks in the post itself and set `risk_information: true` on each promotional entry; set `compliance.fda.risk_information_link` to the fuller risk information.',
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-04\n      channel: x\n      type: promotional',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-04\n      channel: x\n      type: promotional\n      risk_information: true\ncompliance:\n  fda:\n    risk_information_link: https://example.com/pi',
    },
  },
  notApplicable(plan, ctx) {
    const type = plan.organization?.type;
    if (typeof type !== 'string' || !regulations(ctx).fda.organizationTypes.includes(type)) {
      return `FDA rules on prescription drug promotion apply to pharma plans; organization.type is ${type === undefined ? 'not set' : quote(type)}`;
    }
    if (usCodes(ctx).length === 0) {
      return `FDA rules apply to US pharma plans; this plan ${namesJurisdictions(ctx)} (in the EU, prescription medicines may not be advertised to the public at all: Directive 2001/83/EC Art. 88)`;
    }
    return undefined;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    let limited = 0;
    for (const [e, i] of promotional(plan, ctx)) {
      const limit = characterLimit(e.channel, ctx);
      if (limit !== undefined) limited++;
      if (e.risk_information === true) continue;
      const at = `/content/calendar/${i}/risk_information`;
      if (limit !== undefined) {
        out.push(finding(at, `${entryName(e, i)} is a promotional post on a ${limit}-character platform without its risk information in the post (risk_information)`, {
          hint: `Fit the most serious risks into the ${limit} characters next to the benefit claim, add a link to fuller risk information, and set \`risk_information: true\`.`,
        }));
      } else if (e.risk_information === false) {
        out.push(finding(at, `${entryName(e, i)} is a promotional post without risk information: no fair balance (21 CFR 202.1(e))`));
      } else {
        out.push(finding(at, `${entryName(e, i)} is a promotional post that does not say whether it carries risk information (risk_information)`, sev('warning')));
      }
    }
    if (limited > 0 && !present(plan.compliance?.fda?.risk_information_link)) {
      out.push(
        finding('/compliance/fda/risk_information_link', `${limited} promotional post${limited === 1 ? ' is' : 's are'} on character-limited platforms but the plan names no link to fuller risk information (compliance.fda.risk_information_link)`, sev('warning')),
      );
    }
    return out;
  },
});
