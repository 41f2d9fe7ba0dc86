import type { RuleFinding } from '../../types.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { defineRule, finding, label, regulations } from '../helpers.js';
import { hipaaApplies, hipaaSkipReason } from './helpers.js';

export const rule = defineRule({
  meta: {
    id: 'hipaa/vendor-baa',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'Every vendor that creates, receives or transmits PHI has a Business Associate Agreement, and a recorded BAA is one the vendor actually signs (Meta, Google Analytics, TikTok and LinkedIn sign none).',
    rationale:
      'A listening tool, agency, inbox, call-tracking or scheduling vendor that receives PHI (DMs, form leads, booking data) is a business associate; disclosing PHI to it without a BAA is a violation (45 CFR 164.502(e), 164.504(e)), and one that stops publication (critical). ' +
      'A BAA is evidence only when the vendor signs one for that product: Meta (pixel, Conversions API, SDK), Google Analytics and the Google tag, TikTok, LinkedIn and the other ad platforms state they do not, so a vendor line that records a BAA with them is not credible, and a pixel of theirs on portal, booking or intake pages sends PHI that no agreement can cover: the fix is to remove it or route it through a vendor that signs a BAA and strips identifiers. ' +
      'The vendor facts are dated data (`strategy-lint rules` lists them) that a knowledge file can extend.',
    source:
      '45 CFR 164.502(e) and 164.504(e) (business associate contracts), as of 2013-01-25; HHS OCR tracking-technologies bulletin (guidance, 2024-03-18); vendors\' own statements (Meta Business Tools Terms; Google Analytics Help, "HIPAA and Google Analytics"), as of 2024-06; ' +
      '"Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022, section HIPAA (monitoring tools)',
    fix: 'Sign a BAA with each vendor that handles PHI (`agreement: baa`), or stop sending it PHI (`handles_phi: false`); remove ad-platform pixels from pages where patients are identified.',
    laws: ['hipaa-164-502e', 'hipaa-164-502a', 'ocr-tracking', 'vendor-meta', 'vendor-google-analytics', 'vendor-ad-pixels', 'vendor-baa-signers'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Meta Pixel (appointment-request pages)\n      handles_phi: true\n      baa: true',
      pass: 'organization: {jurisdictions: [US]}\ncompliance:\n  vendors:\n    - name: Freshpaint (server-side tagging)\n      handles_phi: true\n      agreement: baa',
    },
  },
  notApplicable: (plan, ctx) => hipaaSkipReason(plan, ctx),
  appliesBecause: (plan, ctx) => hipaaApplies(plan, ctx),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    for (const f of dataFlows(plan, regulations(ctx).vendors.list)) {
      if (f.from !== 'vendor') continue;
      const name = label('vendor', f.label, f.index);
      const never = f.vendors.find((v) => v.baa === 'never');
      const phi = f.handlesPhi === true || f.identified !== undefined;
      if (never && f.baa === 'yes') {
        out.push(
          finding(
            f.agreementAt,
            `${name} records a Business Associate Agreement, but ${never.name} does not sign BAAs (${never.note ?? 'the vendor offers none'}): the agreement cannot exist${phi ? ', so PHI reaches the vendor without one (45 CFR 164.502(e))' : ''}`,
            {
              severity: phi ? 'critical' : 'warning',
              hint: `Remove ${never.name} from pages where patients are identified, or send the data through a vendor that signs a BAA and strips identifiers; then correct the vendor line.`,
            },
          ),
        );
        continue;
      }
      if (!phi) continue;
      if (never) {
        out.push(
          finding(
            f.nameAt,
            `${name} sends PHI (${f.health ?? 'handles_phi is true'}) to ${never.name}, which does not sign BAAs: no agreement can make this disclosure lawful (45 CFR 164.502(a), 164.502(e))`,
            {
              severity: 'critical',
              hint: `Remove ${never.name} from portal, booking and form pages (or send only de-identified data through a vendor that signs a BAA), and set \`handles_phi: false\` once it receives none.`,
            },
          ),
        );
        continue;
      }
      if (f.baa === 'yes') continue;
      if (f.baa === 'no') {
        out.push(
          finding(f.agreementAt, `${name} handles PHI without a Business Associate Agreement (45 CFR 164.502(e), 164.504(e))`, { severity: 'critical' }),
        );
      } else {
        out.push(finding(f.at, `${name} handles PHI but does not record a Business Associate Agreement (agreement: baa)`));
      }
    }
    return out;
  },
});
