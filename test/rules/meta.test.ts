// Every rule's metadata is complete, and its category is its family's (FAMILY_CATEGORY). The
// metadata examples (shown by `explain`, the docs and SARIF help) are run by the RuleTester of each
// family file: the fail example must trigger the rule, the pass example must not.
import { describe, expect, it } from 'vitest';
import { FAMILY_CATEGORY, RULES, RULE_ALIASES } from '../../src/rules/index.js';
import { REGULATIONS, REGULATION_SOURCES } from '../../src/knowledge/regulations.js';
import { CATEGORIES } from '../../src/types.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has complete metadata', () => {
    const m = rule.meta;
    expect(m.id).toMatch(/^[a-z][a-z-]*\/[a-z0-9-]+$/);
    expect(CATEGORIES).toContain(m.category);
    expect(['critical', 'error', 'warning', 'info']).toContain(m.severity);
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
      expect(
        RULES.some((r) => r.meta.id.startsWith(family + '/')),
        `family ${family} has no rule`,
      ).toBe(true);
    }
  });
});

describe('compliance rule metadata', () => {
  const COMPLIANCE = RULES.filter((r) => r.meta.category === 'compliance');

  it('every compliance rule has full metadata with fail and pass examples', () => {
    const ids = COMPLIANCE.map((r) => r.meta.id);
    for (const id of [
      'hipaa/patient-consent',
      'hipaa/dm-policy',
      'hipaa/review-response-policy',
      'hipaa/vendor-baa',
      'hipaa/tracking-technologies',
      'gdpr/patient-consent',
      'gdpr/lawful-basis',
      'gdpr/dpo-contact',
      'gdpr/processor-agreement',
      'tracking/consent',
      'confidentiality/review-replies',
      'ftc/health-data-sharing',
      'consumer-health/consent',
      'consumer-health/geofencing',
      'consumer-health/privacy-policy',
      'endorsement/disclosure',
      'endorsement/typical-results',
      'endorsement/prohibited-promotion',
      'reviews/incentives',
      'reviews/suppression',
      'fda/risk-information',
      'fda/off-label',
      'fda/form-2253',
      'pharma/public-advertising',
      'pharma/adverse-events',
      'pharma/mlr-review',
      'advertising/platform-policy',
      'jurisdiction/none',
      'privacy/phi-in-text',
      'privacy/compliance-section',
    ]) {
      expect(ids).toContain(id);
    }
    for (const { meta } of COMPLIANCE) {
      for (const k of ['description', 'rationale', 'source', 'fix'] as const) expect(meta[k], `${meta.id}.${k}`).toMatch(/\w{3}/);
      expect(meta.examples?.fail, meta.id).toBeTruthy();
      expect(meta.examples?.pass, meta.id).toBeTruthy();
    }
  });

  it('no rule text names the source documents by file ("seed 002", "the seeds"): a reader cannot look those up', () => {
    const offenders = RULES.flatMap(({ meta }) =>
      (['description', 'rationale', 'source', 'fix'] as const).filter((k) => /\bseeds?\b/i.test(meta[k])).map((k) => `${meta.id}.${k}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the rules that apply a law name it, and each law cited resolves to a source with an as_of date', () => {
    const ids = new Set(REGULATION_SOURCES.map((s) => s.id));
    const lawRules = RULES.filter((r) =>
      /^(?:hipaa\/(?:vendor-baa|tracking-technologies)$|gdpr\/(?:lawful-basis|dpo-contact|processor-agreement)$|(?:ftc|consumer-health|endorsement|reviews|fda|pharma|advertising|tracking|confidentiality|jurisdiction)\/)/.test(
        r.meta.id,
      ),
    );
    expect(lawRules.length).toBeGreaterThan(20);
    for (const { meta } of lawRules) {
      expect(meta.laws?.length, meta.id).toBeGreaterThan(0);
      for (const id of meta.laws ?? []) expect(ids.has(id), `${meta.id} cites ${id}`).toBe(true);
    }
    for (const s of REGULATION_SOURCES) expect(s.as_of, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('cites the NewYork-Presbyterian settlement for what it was: a TV crew filming patients without authorization', () => {
    const meta = RULES.find((r) => r.meta.id === 'governance/compliance-approval')!.meta;
    expect(meta.rationale).toMatch(/NewYork-Presbyterian paid 2\.2 M USD \(HHS OCR, 2016\) for letting a TV crew film patients without their authorization/);
    expect(meta.rationale).not.toMatch(/only marketing reviews such a post is how the NewYork-Presbyterian/);
  });

  it('old rule ids are aliases of current ones', () => {
    for (const [old, now] of Object.entries(RULE_ALIASES)) {
      expect(
        RULES.some((r) => r.meta.id === old),
        old,
      ).toBe(false);
      expect(
        RULES.some((r) => r.meta.id === now),
        now,
      ).toBe(true);
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

describe('rules that can return a critical finding say so', () => {
  const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
  for (const r of RULES) {
    const [family, name] = r.meta.id.split('/');
    const file = path.join(ROOT_DIR, 'src/rules', family, `${name}.ts`);
    const source = readFileSync(file, 'utf8');
    // A finding raised to critical: `severity: 'critical'` in a finding, or sev('critical').
    const raises = /sev\('critical'\)|severity: 'critical'|\? 'critical'|'critical' :/.test(source.slice(source.indexOf('check(')));
    if (!raises || r.meta.severity === 'critical') continue;
    it(`${r.meta.id} declares mayBeCritical (explain and the docs mention the cap)`, () => {
      expect(r.meta.mayBeCritical).toBe(true);
    });
  }
});
