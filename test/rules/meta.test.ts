// Every rule's metadata is complete, and its examples (shown by `explain`, the docs and SARIF help)
// are true: the failing snippet triggers the rule, the passing one does not.
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { CATEGORIES } from '../src/types.js';
import { findingsOf, lint } from './helpers.js';

/** The examples are partial plans: give them the required header (a US organisation unless they name one). */
const wrap = (snippet: string) =>
  (/^version:/m.test(snippet) ? '' : 'version: 1\n') +
  (/^organization:/m.test(snippet) ? '' : 'organization: {name: Example Clinic, jurisdictions: [US]}\n') +
  snippet +
  '\n';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has complete metadata', () => {
    const m = rule.meta;
    expect(m.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(CATEGORIES).toContain(m.category);
    expect(['error', 'warning', 'info']).toContain(m.severity);
    for (const k of ['description', 'rationale', 'source', 'fix'] as const) expect(m[k], k).toMatch(/\w{3}/);
    for (const [name, o] of Object.entries(m.options ?? {})) expect(o.description, name).toMatch(/\w{3}/);
    expect(m.examples?.fail).toBeTruthy();
    expect(m.examples?.pass).toBeTruthy();
  });

  it('its fail example triggers it and its pass example does not', () => {
    const fail = lint(wrap(rule.meta.examples!.fail));
    expect(fail.findings.filter((f) => /^(schema|yaml)\//.test(f.ruleId)), 'the fail example is a valid plan fragment').toEqual([]);
    expect(findingsOf(fail, id).length).toBeGreaterThan(0);
    const pass = lint(wrap(rule.meta.examples!.pass));
    expect(pass.findings.filter((f) => /^(schema|yaml)\//.test(f.ruleId)), 'the pass example is a valid plan fragment').toEqual([]);
    expect(findingsOf(pass, id)).toEqual([]);
  });
});
