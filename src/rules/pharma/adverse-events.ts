import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, finding, quote, scope, words } from '../helpers.js';
import { makerName, makerSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'pharma/adverse-events',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'A drug or device maker routes every comment or message that reports a side effect or product problem to pharmacovigilance or complaint handling, and never hides such comments instead.',
    rationale:
      "A manufacturer must evaluate and report adverse events it learns of from any source, its own social-media pages and inboxes included: in the US 21 CFR 314.80 (drugs), 600.80 (biologics) and 803 (device reports, with complaint handling under 21 CFR 820); in the EU Directive 2001/83/EC Art. 104-107 with the EMA's Good Pharmacovigilance Practices Module VI (guidance; VI.B.1.1.4 covers the internet and digital media) and, for devices, the MDR (Regulation (EU) 2017/745) Art. 87. " +
      'Hiding side-effect comments or answering them with a stock reply loses reportable events: that stops publication (critical). An escalation path that names no safety or complaint route is an error. ' +
      'Listening and responding is what the source articles ask ("Click, Like, Retweet: Healthcare Reputation Online", listen and respond); for a manufacturer, listening includes safety. The text is read in English, Swedish, French, Romanian and Spanish.',
    source:
      '21 CFR 314.80, 600.80 and 803, as of 2024-01-01; Directive 2001/83/EC Art. 104-107 and EMA GVP Module VI (guidance); Regulation (EU) 2017/745 Art. 87; "Click, Like, Retweet: Healthcare Reputation Online", sections on listening and responding',
    fix: 'Write in `engagement.escalation` that any comment or message mentioning a side effect or product problem goes to pharmacovigilance (or complaint handling) within one business day, and never hide such comments.',
    laws: ['fda-adverse-events', 'eu-2001-83', 'eu-mdr'],
    examples: {
      fail: 'organization: {type: pharma, jurisdictions: [US]}\nengagement:\n  escalation: Comments mentioning side effects are hidden and answered with a stock reply',
      pass: 'organization: {type: pharma, jurisdictions: [US]}\nengagement:\n  escalation: Any comment or message that mentions a side effect goes to pharmacovigilance within one business day',
    },
  },
  notApplicable(plan, ctx) {
    const skip = makerSkipReason(plan, ctx);
    if (skip) return skip;
    const s = scope(plan, ctx);
    if (!s.us && s.eu.length === 0 && !s.uk)
      return `safety reporting is checked under US, EU and UK law; this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    return undefined;
  },
  appliesBecause: (plan, ctx) => `safety reporting applies: ${makerName(plan, ctx)}`,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const s = scope(plan, ctx);
    const device = s.manufacturer === 'medtech';
    const law = [
      ...(s.us ? [device ? '21 CFR 803 and 820' : '21 CFR 314.80, 600.80'] : []),
      ...(s.eu.length > 0 ? [device ? 'MDR Art. 87' : 'Directive 2001/83/EC Art. 107; GVP Module VI, guidance'] : []),
      ...(s.uk ? ['Human Medicines Regulations 2012 (UK)'] : []),
    ].join('; ');
    const w = words(ctx);
    const eng = plan.engagement ?? {};
    const texts = [eng.escalation, eng.moderation_policy, eng.crisis_plan].filter((t): t is string => typeof t === 'string');
    if (texts.some((t) => affirmed(t, LAW_TERMS.adverseEventRoute, negators).length > 0)) return out;
    const at = typeof eng.escalation === 'string' ? '/engagement/escalation' : '/engagement';
    // Hiding what people report about side effects (in the same sentence) loses the events.
    for (const t of texts) {
      const hide = affirmed(t, w.moderationHide, negators);
      const side = affirmed(t, LAW_TERMS.sideEffect, negators);
      const both = hide.find((h) => side.some((x) => x.clause === h.clause));
      if (both) {
        const effect = side.find((x) => x.clause === both.clause)!;
        out.push(
          finding(
            at,
            `comments about ${quote(showTerm(effect.term))} are hidden or deflected (the plan says ${quote(showTerm(both.term))}) and no route to pharmacovigilance or complaint handling is named: reportable adverse events are lost (${law})`,
            {
              severity: 'critical',
              hint: 'Keep side-effect comments visible, reply with the safety contact, and send each one to pharmacovigilance within one business day.',
            },
          ),
        );
        return out;
      }
    }
    const side = texts.map((t) => affirmed(t, LAW_TERMS.sideEffect, negators)[0]).find(Boolean);
    out.push(
      finding(
        at,
        side
          ? `comments about ${quote(showTerm(side.term))} are handled as customer service, with no route to pharmacovigilance or complaint handling: every such report must be evaluated as a possible adverse event (${law})`
          : `the plan names no route for adverse events and product complaints that arrive in comments and messages (pharmacovigilance or complaint handling; ${law})`,
      ),
    );
    return out;
  },
});
