// The tracking/ rules (category compliance): tracker consent in the EU/EEA and the UK (ePrivacy
// Art. 5(3) and its national laws, PECR reg. 6).
import { ruleTester } from '../rule-tester.js';

const entry = (j: string, consent: string, pages = 'public-info') =>
  `organization: {jurisdictions: [${j}]}\ncompliance:\n  tracking:\n    - vendor: Meta\n      technology: pixel\n      pages: [${pages}]\n      consent: ${consent}\n`;

ruleTester('tracking/consent', {
  valid: [
    { name: 'a pixel that fires after prior consent', yaml: entry('FR', 'prior-opt-in') },
    {
      name: 'a Swedish vendor line that says it fires only after consent, never on booking pages',
      yaml: 'organization: {jurisdictions: [SE, EU]}\ncompliance:\n  vendors:\n    - name: Meta-pixel (endast på informationssidor, först efter samtycke i cookiebannern, aldrig på bokningssidor)\n      handles_phi: false\n',
    },
  ],
  invalid: [
    {
      name: 'France: an opt-out pixel breaks art. 82 of the loi Informatique et Libertés',
      yaml: entry('FR', 'opt-out'),
      findings: [
        {
          pointer: '/compliance/tracking/0/consent',
          severity: 'error',
          message:
            "runs with `opt-out` consent; a tracker needs the visitor's prior consent (ePrivacy Directive Art. 5(3); loi n° 78-17 Informatique et Libertés art. 82)",
        },
      ],
    },
    {
      name: 'an ad pixel on booking pages without consent is critical',
      yaml: entry('RO', 'none', 'scheduling'),
      findings: [{ pointer: '/compliance/tracking/0/consent', severity: 'critical', message: 'Legea nr. 506/2004 art. 4 alin. (5)' }],
    },
    {
      name: 'the UK: a vendor line that does not say it waits for consent',
      yaml: 'organization: {jurisdictions: [GB]}\ncompliance:\n  vendors:\n    - name: Google Analytics 4\n      handles_phi: false\n',
      findings: [
        {
          pointer: '/compliance/vendors/0',
          severity: 'warning',
          message: "does not say it fires only after the visitor's prior consent (ePrivacy Directive Art. 5(3); PECR 2003 reg. 6)",
        },
      ],
    },
  ],
  notApplicable: [
    { name: 'a US plan', yaml: entry('US', 'opt-out'), reason: 'this plan names US' },
    { name: 'an EU plan without tracking', yaml: 'organization: {jurisdictions: [SE]}\n', reason: 'the plan lists no tracking technology' },
  ],
});
