import type { RuleFinding } from '../../types.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { defineRule, finding, label, regulations } from '../helpers.js';
import { gdprLaw, gdprSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'gdpr/processor-agreement',
    category: 'compliance',
    severity: 'warning',
    description:
      'In a plan for the EU/EEA or the UK, every vendor that processes health data for the organisation (agency, booking system, inbox, listening tool) works under a GDPR Art. 28 data processing agreement.',
    rationale:
      "A vendor that processes personal data on the organisation's behalf is a processor, and the processing must be governed by a contract with the terms of GDPR Art. 28(3): only on documented instructions, confidentiality, security, sub-processors, deletion, audits. It is the EU counterpart of a HIPAA BAA, and a BAA is not it. The UK GDPR has the same article. " +
      'With health data (patient photos sent to an agency, DMs in an inbox tool, a booking system) a missing agreement is an error when the plan records none, a warning when it does not say. ' +
      'In France, hosting health data also needs a certified host (Code de la santé publique L.1111-8, HDS), which this rule does not check.',
    source:
      'Regulation (EU) 2016/679 (GDPR) Art. 28(3), as of 2016-04-27; UK GDPR Art. 28, as of 2025-06-19; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section on monitoring tools',
    fix: 'Sign a data processing agreement (GDPR Art. 28) with each vendor that handles health data and record it as `agreement: dpa`.',
    laws: ['gdpr-art28', 'uk-gdpr'],
    examples: {
      fail: 'organization: {jurisdictions: [SE]}\ncompliance:\n  vendors:\n    - name: Inbox tool\n      handles_phi: true\n      agreement: none',
      pass: 'organization: {jurisdictions: [SE]}\ncompliance:\n  vendors:\n    - name: Inbox tool\n      handles_phi: true\n      agreement: dpa',
    },
  },
  notApplicable: (plan, ctx) => gdprSkipReason(ctx, plan),
  appliesBecause: (plan, ctx) => gdprLaw(plan, ctx).because,
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const law = gdprLaw(plan, ctx).name;
    for (const f of dataFlows(plan, regulations(ctx).vendors.list)) {
      if (f.from !== 'vendor' || f.handlesPhi !== true || f.dpa === 'yes') continue;
      const name = label('vendor', f.label, f.index);
      const at = `/compliance/vendors/${f.index}/agreement`;
      if (f.dpa === 'no') {
        out.push(finding(at, `${name} processes health data without a data processing agreement (${law} Art. 28(3))`, { severity: 'error' }));
      } else {
        const baaOnly = f.baa === 'yes' ? '; a BAA is a US instrument, not an Art. 28 agreement' : '';
        out.push(finding(at, `${name} processes health data but the plan records no data processing agreement (agreement: dpa; ${law} Art. 28(3))${baaOnly}`));
      }
    }
    return out;
  },
});
