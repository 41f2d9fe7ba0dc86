// The jurisdiction/ rules (category compliance): which laws the plan is checked against.
import { describe, expect, it } from 'vitest';
import { ruleTester, withPlan } from '../rule-tester.js';
import { lint } from '../helpers.js';
import { RULES } from '../../src/rules/index.js';

ruleTester('jurisdiction/none', {
  valid: [
    { name: 'a jurisdiction is named', yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\n' },
    { name: 'only where the audiences are (by state name)', yaml: 'organization: {name: Lakeside App, audience_locations: [Washington, Oregon]}\n' },
  ],
  invalid: [
    {
      name: 'no jurisdiction: one info finding naming the skipped rule sets',
      yaml: 'organization: {name: Lakeside Pediatrics}\n',
      findings: [
        {
          pointer: '/organization/jurisdictions',
          severity: 'info',
          message:
            /^(?=.*HIPAA)(?=.*GDPR)(?=.*endorsement)(?=.*FDA)(?=.*My Health My Data)(?=.*Nevada)(?=.*FTC)the plan names no jurisdiction or audience location/,
          at: 'organization: {name: Lakeside Pediatrics}',
        },
      ],
    },
    {
      name: 'a covered entity without a jurisdiction: HIPAA still applies',
      yaml: 'organization: {name: Lakeside Pediatrics, covered_entity: true}\n',
      findings: [{ pointer: '/organization/jurisdictions', message: /\. HIPAA still applies because organization\.covered_entity is true$/ }],
    },
  ],
});

describe('a plan that names no jurisdiction', () => {
  const r = lint(
    withPlan((p) => {
      delete p.organization.jurisdictions;
      delete p.organization.covered_entity;
    }),
  );

  it('gets exactly one compliance finding: the info of jurisdiction/none', () => {
    const list = r.findings.filter((x) => x.category === 'compliance');
    expect(list.map((f) => [f.ruleId, f.severity, f.pointer])).toEqual([['jurisdiction/none', 'info', '/organization/jurisdictions']]);
  });

  it('reports every jurisdictional rule as not applicable', () => {
    for (const rule of RULES.filter((x) => x.meta.category === 'compliance')) {
      if (rule.meta.id === 'jurisdiction/none' || rule.meta.id.startsWith('privacy/')) continue;
      expect(r.rules.find((x) => x.ruleId === rule.meta.id)!.status, rule.meta.id).toBe('skipped');
    }
  });
});
