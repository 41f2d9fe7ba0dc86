// Every rule's metadata is complete, and its category is its family's (FAMILY_CATEGORY). The
// metadata examples (shown by `explain`, the docs and SARIF help) are run by the RuleTester of each
// family file: the fail example must trigger the rule, the pass example must not.
import { describe, expect, it } from 'vitest';
import { FAMILY_CATEGORY, RULES } from '../../src/rules/index.js';
import { REGULATIONS, REGULATION_SOURCES } from '../../src/knowledge/regulations.js';
import { CATEGORIES } from '../../src/types.js';

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

  it("belongs to its family's category", () => {
    const family = id.split('/')[0];
    expect(Object.keys(FAMILY_CATEGORY), `family ${family} has no row in FAMILY_CATEGORY (src/rules/index.ts)`).toContain(family);
    expect(rule.meta.category, `${id} is in family ${family}, whose category is ${FAMILY_CATEGORY[family]}`).toBe(FAMILY_CATEGORY[family]);
  });
});

describe('the family table', () => {
  it('maps every family to one of the scored categories, and every family has a rule', () => {
    for (const [family, category] of Object.entries(FAMILY_CATEGORY)) {
      expect(CATEGORIES, family).toContain(category);
      expect(RULES.some((r) => r.meta.id.startsWith(family + '/')), `family ${family} has no rule`).toBe(true);
    }
  });
});

describe('compliance rule metadata', () => {
  const COMPLIANCE = RULES.filter((r) => r.meta.category === 'compliance');

  it('every compliance rule has full metadata with fail and pass examples', () => {
    const ids = COMPLIANCE.map((r) => r.meta.id);
    for (const id of ['hipaa/patient-consent', 'hipaa/dm-policy', 'hipaa/review-response-policy', 'hipaa/vendor-baa', 'hipaa/tracking-technologies', 'gdpr/patient-consent', 'gdpr/lawful-basis', 'gdpr/dpo-contact', 'ftc/endorsement-disclosure', 'fda/risk-information', 'mhmda/consent', 'mhmda/geofencing', 'jurisdiction/none', 'privacy/phi-in-text', 'privacy/compliance-section']) {
      expect(ids).toContain(id);
    }
    for (const { meta } of COMPLIANCE) {
      for (const k of ['description', 'rationale', 'source', 'fix'] as const) expect(meta[k], `${meta.id}.${k}`).toMatch(/\w{3}/);
      expect(meta.rationale, meta.id).toMatch(/seed|Seed/);
      expect(meta.examples?.fail, meta.id).toBeTruthy();
      expect(meta.examples?.pass, meta.id).toBeTruthy();
    }
  });

  it('every fact of the regulatory data cites a declared source with a date', () => {
    const ids = new Set(REGULATION_SOURCES.map((s) => s.id));
    for (const s of REGULATION_SOURCES) expect(s.date).toMatch(/\d{4}/);
    const cited = Object.values(REGULATIONS)
      .filter((v) => v && typeof v === 'object' && 'source' in v)
      .flatMap((v) => [(v as { source: string | string[] }).source].flat());
    expect(cited.length).toBeGreaterThan(8);
    for (const c of cited) expect(ids.has(c), c).toBe(true);
    expect(REGULATIONS.safeHarbor.kinds).toHaveLength(18);
  });
});
