import type { RuleFinding } from '../../types.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { defineRule, finding, label, quote, regulations, scope } from '../helpers.js';

/** The national law that implements ePrivacy Art. 5(3) for a code, for messages. */
const NATIONAL: Record<string, string> = {
  FR: 'loi n° 78-17 Informatique et Libertés art. 82',
  SE: 'lag (2022:482) om elektronisk kommunikation 9 kap. 28 §',
  RO: 'Legea nr. 506/2004 art. 4 alin. (5)',
  ES: 'Ley 34/2002 (LSSI) art. 22.2',
  GB: 'PECR 2003 reg. 6',
  UK: 'PECR 2003 reg. 6',
};

export const rule = defineRule({
  meta: {
    id: 'tracking/consent',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      "In a plan for the EU/EEA or the UK, pixels, SDKs and analytics tags fire only after the visitor's prior consent (strictly necessary technologies excepted).",
    rationale:
      "Storing or reading information on a visitor's device (a cookie, a pixel, an SDK) needs their prior, informed consent unless it is strictly necessary for the service they asked for (Directive 2002/58/EC, ePrivacy, Art. 5(3)); each country enforces its own text: France art. 82 of the loi Informatique et Libertés (the CNIL fines heavily), Sweden 9 kap. 28 § of lag (2022:482) om elektronisk kommunikation, Romania art. 4(5) of Legea 506/2004, Spain art. 22.2 LSSI, the UK regulation 6 of PECR. " +
      "On a clinic's pages, what the tag sends is often health data as well (GDPR Art. 9), so an ad-platform tag that fires without consent where patients book or log in is the worst case (critical). " +
      'Privacy is the concern the source articles name for health marketing ("Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns).',
    source:
      'Directive 2002/58/EC Art. 5(3) as amended by Directive 2009/136/EC; loi n° 78-17 art. 82; lag (2022:482) 9 kap. 28 §; Legea nr. 506/2004 art. 4(5); Ley 34/2002 art. 22.2; PECR 2003 reg. 6, as of 2025-06-19; "Click, Like, Retweet: Healthcare Reputation Online", section on privacy concerns',
    fix: 'Load pixels, SDKs and analytics only after consent through a consent banner that lets visitors refuse as easily as accept, and record `consent: prior-opt-in` on each tracking entry.',
    laws: ['eprivacy-5-3', 'uk-pecr-6', 'gdpr-art9'],
    examples: {
      fail: 'organization: {jurisdictions: [FR]}\ncompliance:\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [public-info]\n      consent: opt-out',
      pass: 'organization: {jurisdictions: [FR]}\ncompliance:\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [public-info]\n      consent: prior-opt-in',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (s.eu.length === 0 && !s.uk)
      return `tracker consent (ePrivacy Art. 5(3), PECR reg. 6) is checked for plans in the EU/EEA and the UK; this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    if (!dataFlows(plan, regulations(ctx).vendors.list).some((f) => f.tracking))
      return 'the plan lists no tracking technology (compliance.tracking, or a pixel or analytics tag among its vendors)';
    return undefined;
  },
  appliesBecause: (plan, ctx) => {
    const s = scope(plan, ctx);
    return `ePrivacy rules apply: the plan reaches ${[...s.eu, ...(s.uk ? ['GB'] : [])].join(', ')} and runs tracking`;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const s = scope(plan, ctx);
    const national = [...new Set([...s.all].map((c) => NATIONAL[c.split('-')[0]]).filter(Boolean))];
    const law = ['ePrivacy Directive Art. 5(3)', ...national].join('; ');
    for (const f of dataFlows(plan, regulations(ctx).vendors.list)) {
      if (!f.tracking) continue;
      if (f.consent === 'prior-opt-in' || f.consent === 'not-required') continue;
      const name = f.from === 'vendor' ? label('vendor', f.label, f.index) : `tracking entry ${quote(f.label)}`;
      const worst = f.adPlatform && f.identified !== undefined;
      if (f.consent === 'opt-out' || f.consent === 'none') {
        out.push(
          finding(
            f.consentAt,
            `${name} runs with ${quote(f.consent)} consent; a tracker needs the visitor's prior consent (${law})`,
            worst ? { severity: 'critical' } : {},
          ),
        );
      } else {
        out.push(
          finding(f.consentAt, `${name} is a tracking technology, and the plan does not say it fires only after the visitor's prior consent (${law})`, {
            severity: worst ? 'error' : 'warning',
            hint: 'Record `consent: prior-opt-in` on a `compliance.tracking` entry for it (or say "after consent" in the vendor line) once the consent banner blocks it until the visitor accepts.',
          }),
        );
      }
    }
    return out;
  },
});
