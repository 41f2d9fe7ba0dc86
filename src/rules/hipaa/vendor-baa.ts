import type { RuleFinding } from '../../types.js';
import { defineRule, finding, items, label, sev } from '../helpers.js';
import { hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/vendor-baa',
    category: 'compliance',
    severity: 'critical',
    description: 'Every vendor that handles protected health information has a signed Business Associate Agreement.',
    rationale:
      'A listening tool, agency or scheduling vendor that receives PHI (DMs, form leads, booking data) is a business associate; disclosing PHI to it without a BAA is a violation. Seed 002 (HIPAA section) recommends monitoring tools such as Mentionlytics: the vendor list is where their PHI status is recorded.',
    source: 'Seed 002, HIPAA section; 45 CFR 164.502(e), 164.504(e)',
    fix: 'Sign a Business Associate Agreement with the vendor and set `baa: true`, or stop sending it PHI and set `handles_phi: false`.',
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Inbox tool\n      handles_phi: true\n      baa: false',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Inbox tool\n      handles_phi: true\n      baa: true',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx),
  check(plan) {
    const out: RuleFinding[] = [];
    for (const [v, i] of items(plan.compliance?.vendors)) {
      if (v.handles_phi !== true || v.baa === true) continue;
      const at = `/compliance/vendors/${i}`;
      out.push(finding(v.baa === false ? `${at}/baa` : at, `${label('vendor', v.name, i)} handles PHI ${v.baa === false ? 'without' : 'but does not record'} a Business Associate Agreement (baa)`, v.baa === false ? {} : sev('error')));
    }
    return out;
  },
});
