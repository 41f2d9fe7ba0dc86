import type { CalendarEntry, Plan, RuleContext, RuleFinding, Severity } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, items, present, quote, regulations, scope, sev, words } from '../helpers.js';
import { boxedWarning, fdaApplies, fdaSkipReason } from './helpers.js';

/** Character limit of a platform: the platform facts first, then the regulatory data. */
function characterLimit(platform: unknown, ctx: RuleContext): number | undefined {
  if (typeof platform !== 'string') return undefined;
  const facts = Object.hasOwn(ctx.knowledge.platforms, platform) ? ctx.knowledge.platforms[platform] : undefined;
  const limits = regulations(ctx).characterLimits.values;
  return facts?.characterLimit ?? (Object.hasOwn(limits, platform) ? limits[platform] : undefined);
}

/**
 * The posts that promote the product: promotional posts, and (for a drug maker) the posts of paid
 * creators and ambassadors, which are the company's promotion whoever posts them; disease-awareness
 * posts that name no product are not.
 */
function promotional(plan: Plan, ctx: RuleContext): [CalendarEntry, number][] {
  const r = regulations(ctx);
  const negators = words(ctx).negators;
  const pharma = scope(plan, ctx).manufacturer === 'pharma';
  return items(plan.content?.calendar).filter(([e]) => {
    if (affirmed(e.topic, LAW_TERMS.unbranded, negators).length > 0) return false;
    if (typeof e.type === 'string' && r.fda.promotionalTypes.includes(e.type)) return true;
    return pharma && ((typeof e.type === 'string' && r.endorsements.calendarTypes.includes(e.type)) || e.material_connection === true);
  });
}

export const rule = defineRule({
  meta: {
    id: 'fda/risk-information',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      "The promotional posts of a US drug or device maker, its paid creators' and ambassadors' included, carry risk information in the post (above all on character-limited platforms), and a drug with a boxed warning gets no reminder post.",
    rationale:
      'Prescription drug advertising must present a fair balance of risk and benefit information (21 CFR 202.1(e)(5)); a post without it misbrands the drug (21 U.S.C. 352(n)), and a prescription-drug claim without risk information stops publication (critical). ' +
      "A paid creator or patient ambassador who says the drug worked is the company's promotion, whatever the post type. FDA's draft guidance for platforms with character limits (June 2014; guidance, not law) asks for the most serious risks in the same post as the benefit claim, plus a link to fuller risk information. " +
      'A reminder post (the name, no claim) is exempt from risk information except for a drug with a boxed warning, for which reminder advertising is not allowed (21 CFR 202.1(e)(2)(i)). Restricted medical devices fall under the same draft guidance (errors rather than critical). ' +
      'The source articles recommend platform-specific formatting and promotion ("Click, Like, Retweet: Healthcare Reputation Online", sections on platform-specific formatting and content promotion); for a drug maker that formatting must leave room for risk.',
    source:
      '21 CFR 202.1(e)(2)(i) and (e)(5); 21 U.S.C. 352(n); FDA draft guidance "Internet/Social Media Platforms with Character Space Limitations" (June 2014, guidance), as of 2014-06-17; "Click, Like, Retweet: Healthcare Reputation Online", sections on platform-specific formatting and content promotion',
    fix: 'Put the most serious risks in each promotional or creator post next to the benefit claim and set `risk_information: true`; set `compliance.fda.risk_information_link`; drop reminder posts for a boxed-warning drug.',
    laws: ['fda-202-1', 'fda-2014-character-limits'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-04\n      channel: x\n      type: promotional',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-05-04\n      channel: x\n      type: promotional\n      risk_information: true\ncompliance:\n  fda:\n    risk_information_link: https://example.com/pi',
    },
  },
  notApplicable: (plan, ctx) => fdaSkipReason(plan, ctx),
  appliesBecause: (plan, ctx) => fdaApplies(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const drug = scope(plan, ctx).manufacturer === 'pharma';
    const stop: Severity = drug ? 'critical' : 'error';
    const negators = words(ctx).negators;
    const boxed = drug && boxedWarning(plan);
    let limited = 0;
    for (const [e, i] of promotional(plan, ctx)) {
      const reminder = affirmed(e.topic, LAW_TERMS.reminderAd, negators)[0];
      if (reminder && e.risk_information !== true) {
        if (boxed) {
          out.push(
            finding(
              `/content/calendar/${i}/topic`,
              `${entryName(e, i)} is a reminder post (${quote(showTerm(reminder.term))}) for a drug the plan says carries a boxed warning: reminder advertising is not allowed for it (21 CFR 202.1(e)(2)(i))`,
              {
                severity: 'critical',
                hint: 'Replace the reminder post with a full post that carries the benefit claim, the boxed warning and the most serious risks.',
              },
            ),
          );
        }
        continue; // a reminder post of another drug is exempt from risk information
      }
      const limit = characterLimit(e.channel, ctx);
      if (limit !== undefined) limited++;
      if (e.risk_information === true) continue;
      const at = `/content/calendar/${i}/risk_information`;
      const endorser = e.type === 'influencer' || e.material_connection === true ? "a paid creator's post, which is " : '';
      if (limit !== undefined) {
        out.push(
          finding(
            at,
            `${entryName(e, i)} is ${endorser}a promotional post on a ${limit}-character platform without its risk information in the post (risk_information)`,
            {
              severity: stop,
              hint: `Fit the most serious risks into the ${limit} characters next to the benefit claim, add a link to fuller risk information, and set \`risk_information: true\`.`,
            },
          ),
        );
      } else if (e.risk_information === false) {
        out.push(finding(at, `${entryName(e, i)} is ${endorser}a promotional post without risk information: no fair balance (21 CFR 202.1(e)(5))`, sev(stop)));
      } else {
        out.push(
          finding(
            at,
            `${entryName(e, i)} is ${endorser}a promotional post that does not say whether it carries risk information (risk_information)`,
            sev('warning'),
          ),
        );
      }
    }
    if (limited > 0 && !present(plan.compliance?.fda?.risk_information_link)) {
      out.push(
        finding(
          '/compliance/fda/risk_information_link',
          `${limited} promotional post${limited === 1 ? ' is' : 's are'} on character-limited platforms but the plan names no link to fuller risk information (compliance.fda.risk_information_link)`,
          sev('warning'),
        ),
      );
    }
    return out;
  },
});
