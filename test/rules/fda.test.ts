// The fda/ rules (category compliance): prescription drug promotion by US pharma plans.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { findingsOf, lint, ROOT } from '../helpers.js';

/** A US pharma plan with an educational post and promotional posts on Facebook and X. */
const pharma = plan`
  organization: {name: Example Pharma, type: pharma, jurisdictions: [US]}
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-01-14
        channel: facebook
        type: promotional
      - date: 2027-03-01
        channel: x
        type: promotional
`;

ruleTester('fda/risk-information', {
  valid: [
    {
      name: 'risk information on every promotional post and a link to the full information',
      yaml: pharma.replace(/type: promotional\n/g, 'type: promotional\n      risk_information: true\n') + 'compliance:\n  fda:\n    risk_information_link: https://example.com/full-prescribing-information\n',
    },
  ],
  invalid: [
    {
      name: 'a promotional post on X without risk information is an error naming the 280-character limit',
      yaml: pharma,
      findings: [
        // The missing link is located at the top (there is no compliance section).
        { pointer: '/compliance/fda/risk_information_link', severity: 'warning', message: '1 promotional post is on character-limited platforms but the plan names no link', line: 1, column: 1 },
        { pointer: '/content/calendar/1/risk_information', severity: 'warning', message: 'calendar entry 2 (2027-01-14, facebook) is a promotional post that does not say whether it carries risk information' },
        { pointer: '/content/calendar/2/risk_information', severity: 'error', message: 'is a promotional post on a 280-character platform without its risk information' },
      ],
    },
    {
      name: 'risk_information: false on a platform without a limit is an error (no fair balance)',
      yaml: swap(pharma, '      type: promotional\n', '      type: promotional\n      risk_information: false\n'),
      findings: [
        { pointer: '/compliance/fda/risk_information_link', severity: 'warning', message: 'names no link' },
        { pointer: '/content/calendar/1/risk_information', severity: 'error', message: 'no fair balance (21 CFR 202.1(e))' },
        { pointer: '/content/calendar/2/risk_information', severity: 'error', message: '280-character platform' },
      ],
    },
  ],
  notApplicable: [
    { name: 'a practice', yaml: 'organization: {name: Lakeside Pediatrics, type: practice, jurisdictions: [US]}\n', reason: 'organization.type is `practice`' },
    { name: 'a pharma plan outside the US', yaml: swap(pharma, 'jurisdictions: [US]', 'jurisdictions: [SE]'), reason: 'Directive 2001/83/EC' },
  ],
});

describe('examples/pharma-launch.strategy.yaml', () => {
  it('FDA risk information missing on X and Threads posts', () => {
    const name = 'pharma-launch.strategy.yaml';
    const r = lint(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), name);
    const status = (id: string) => r.rules.find((x) => x.ruleId === id)!.status;
    const fda = findingsOf(r, 'fda/risk-information');
    expect(fda.filter((f) => f.severity === 'error').map((f) => f.pointer)).toEqual(['/content/calendar/1/risk_information', '/content/calendar/3/risk_information']);
    expect(status('hipaa/patient-consent')).toBe('skipped');
    expect(status('ftc/endorsement-disclosure')).toBe('failed');
    expect(r.passed).toBe(false);
  });
});
