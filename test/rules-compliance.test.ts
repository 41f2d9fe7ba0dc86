import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, findingsOf, lint, planYaml, ROOT } from './helpers.js';
import { RULES } from '../src/rules/index.js';
import { REGULATIONS, REGULATION_SOURCES } from '../src/knowledge/regulations.js';
import type { FileReport } from '../src/types.js';

const COMPLIANCE = RULES.filter((r) => r.meta.category === 'compliance');
const ruleResult = (r: FileReport, id: string) => r.rules.find((x) => x.ruleId === id)!;
const only = (r: FileReport, id: string) => {
  const list = findingsOf(r, id);
  expect(list, JSON.stringify(list)).toHaveLength(1);
  return list[0];
};
/** The example plan moved to Sweden: no US, not a HIPAA covered entity. */
const swedish = (p: any) => {
  p.organization.jurisdictions = ['SE'];
  delete p.organization.covered_entity;
  delete p.compliance.hipaa;
};
const examplePassed = (id: string) => expect(ruleResult(lint(planYaml()), id).status).toBe('passed');

describe('compliance rule metadata', () => {
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

describe('HIPAA', () => {
  it('the example plan passes every HIPAA rule', () => {
    for (const id of ['hipaa/patient-consent', 'hipaa/dm-policy', 'hipaa/review-response-policy', 'hipaa/vendor-baa', 'hipaa/tracking-technologies']) examplePassed(id);
  });

  it('a patient story without consent_ref is an error at the entry', () => {
    const r = lint(planYaml((p) => (p.content.calendar[2].consent_ref = null)));
    const f = only(r, 'hipaa/patient-consent');
    expect([f.severity, f.pointer]).toEqual(['error', '/content/calendar/2/consent_ref']);
    expect(f.message).toContain('calendar entry 3 (2027-01-20, instagram)');
    expect(r.passed).toBe(false);
  });

  it('a testimonial, or an entry with involves_patient, is patient content too', () => {
    const r = lint(
      planYaml((p) => {
        p.content.calendar[0].involves_patient = true;
        p.content.calendar[1].type = 'testimonial';
      }),
    );
    expect(findingsOf(r, 'hipaa/patient-consent').map((f) => f.pointer)).toEqual(['/content/calendar/0/consent_ref', '/content/calendar/1/consent_ref']);
  });

  it('patient content needs a plan-level written authorization', () => {
    const r = lint(planYaml((p) => (p.compliance.hipaa.patient_content_consent = 'verbal')));
    const f = only(r, 'hipaa/patient-consent');
    expect([f.severity, f.pointer]).toEqual(['error', '/compliance/hipaa/patient_content_consent']);
    expect(f.message).toContain('`verbal`, not a written authorization');
  });

  it('a DM policy and a review-response policy must exist', () => {
    const r = lint(
      planYaml((p) => {
        delete p.compliance.hipaa.dm_policy;
        delete p.compliance.hipaa.review_response_policy;
      }),
    );
    expect([only(r, 'hipaa/dm-policy').severity, only(r, 'hipaa/dm-policy').pointer]).toEqual(['warning', '/compliance/hipaa/dm_policy']);
    const rr = only(r, 'hipaa/review-response-policy');
    expect([rr.severity, rr.pointer]).toEqual(['warning', '/compliance/hipaa/review_response_policy']);
  });

  it('a vendor that handles PHI without a BAA is an error', () => {
    const r = lint(planYaml((p) => (p.compliance.vendors[0].handles_phi = true)));
    const f = only(r, 'hipaa/vendor-baa');
    expect([f.severity, f.pointer]).toEqual(['error', '/compliance/vendors/0/baa']);
    expect(f.message).toContain('vendor `Mentionlytics` handles PHI without');
    const ok = lint(planYaml((p) => Object.assign(p.compliance.vendors[0], { handles_phi: true, baa: true })));
    expect(findingsOf(ok, 'hipaa/vendor-baa')).toEqual([]);
  });

  it('tracking technologies without a BAA are an error; unstated is info', () => {
    const bad = only(lint(planYaml((p) => (p.compliance.hipaa.tracking_technologies = 'without-baa'))), 'hipaa/tracking-technologies');
    expect([bad.severity, bad.pointer]).toEqual(['error', '/compliance/hipaa/tracking_technologies']);
    const unstated = only(lint(planYaml((p) => delete p.compliance.hipaa.tracking_technologies)), 'hipaa/tracking-technologies');
    expect(unstated.severity).toBe('info');
    expect(findingsOf(lint(planYaml((p) => (p.compliance.hipaa.tracking_technologies = 'with-baa'))), 'hipaa/tracking-technologies')).toEqual([]);
  });

  it('applies to a covered entity that names no jurisdiction, not to one that says it is not covered', () => {
    const covered = lint(planYaml((p) => delete p.organization.jurisdictions));
    expect(ruleResult(covered, 'hipaa/patient-consent').status).toBe('passed');
    const notCovered = lint(planYaml((p) => (p.organization.covered_entity = false)));
    expect(ruleResult(notCovered, 'hipaa/patient-consent')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('covered_entity is false') });
  });
});

describe('a plan without a compliance section', () => {
  const r = lint(planYaml((p) => delete p.compliance));

  it('gets one error for the missing section, and the file fails', () => {
    const f = only(r, 'privacy/compliance-section');
    expect([f.severity, f.pointer]).toEqual(['error', '/compliance']);
    expect(r.passed).toBe(false);
    examplePassed('privacy/compliance-section');
  });

  it('does not repeat it through every HIPAA policy rule', () => {
    for (const id of ['hipaa/dm-policy', 'hipaa/review-response-policy', 'hipaa/tracking-technologies']) {
      expect(ruleResult(r, id)).toMatchObject({ status: 'skipped', reason: expect.stringContaining('privacy/compliance-section reports it once') });
    }
    expect(findingsOf(r, 'hipaa/patient-consent')).toEqual([]); // the story has its consent_ref
  });

  it('still flags a patient story without consent, at the entry', () => {
    const r2 = lint(planYaml((p) => {
      delete p.compliance;
      p.content.calendar[2].consent_ref = null;
    }));
    expect(findingsOf(r2, 'hipaa/patient-consent').map((f) => f.pointer)).toEqual(['/content/calendar/2/consent_ref']);
  });

  it('applies whatever the jurisdiction (a Swedish plan too)', () => {
    const se = lint(planYaml((p) => {
      swedish(p);
      delete p.compliance;
    }));
    expect(only(se, 'privacy/compliance-section').pointer).toBe('/compliance');
    expect(ruleResult(se, 'gdpr/dpo-contact').status).toBe('skipped');
  });
});

describe('a Swedish plan', () => {
  const r = lint(planYaml(swedish));

  it('lists every HIPAA rule as skipped with its reason, weighing nothing', () => {
    for (const id of ['hipaa/patient-consent', 'hipaa/dm-policy', 'hipaa/review-response-policy', 'hipaa/vendor-baa', 'hipaa/tracking-technologies']) {
      expect(ruleResult(r, id)).toMatchObject({ status: 'skipped', cost: 0, reason: 'HIPAA applies to US covered entities; this plan names SE and does not set organization.covered_entity' });
      expect(findingsOf(r, id)).toEqual([]);
    }
  });

  it('gets the GDPR findings: no lawful basis (an error: it has a patient story), no DPO contact', () => {
    const basis = only(r, 'gdpr/lawful-basis');
    expect([basis.severity, basis.pointer]).toEqual(['error', '/compliance/gdpr/lawful_basis_health_data']);
    const dpo = only(r, 'gdpr/dpo-contact');
    expect([dpo.severity, dpo.pointer]).toEqual(['warning', '/compliance/gdpr/dpo_contact']);
    expect(r.passed).toBe(false);
  });

  it('passes GDPR with explicit consent, a consent per patient entry and a DPO', () => {
    const ok = lint(planYaml((p) => {
      swedish(p);
      p.compliance.gdpr = { lawful_basis_health_data: 'explicit-consent', dpo_contact: 'dataskyddsombud@example.se' };
    }));
    for (const id of ['gdpr/patient-consent', 'gdpr/lawful-basis', 'gdpr/dpo-contact']) expect(ruleResult(ok, id).status).toBe('passed');
  });
});

describe('GDPR', () => {
  it('the example plan (US) skips the GDPR rules', () => {
    expect(ruleResult(lint(planYaml()), 'gdpr/dpo-contact')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('names US') });
  });

  it('says that a UK plan is not checked against the UK GDPR', () => {
    const r = lint(planYaml((p) => (p.organization.jurisdictions = ['GB'])));
    expect(ruleResult(r, 'gdpr/lawful-basis')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('UK GDPR') });
  });

  it('applies to EEA and subdivision codes (NO, FR-75, EU)', () => {
    for (const j of ['NO', 'FR-75', 'EU', 'ro']) {
      const r = lint(planYaml((p) => (p.organization.jurisdictions = ['US', j])));
      expect(ruleResult(r, 'gdpr/dpo-contact').status, j).toBe('failed');
    }
  });

  it('patient content needs a consent per entry and explicit consent as the basis', () => {
    const r = lint(planYaml((p) => {
      swedish(p);
      p.compliance.gdpr = { lawful_basis_health_data: 'other', dpo_contact: 'dpo@example.se' };
      p.content.calendar[2].consent_ref = null;
    }));
    const fs = findingsOf(r, 'gdpr/patient-consent');
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([
      ['error', '/content/calendar/2/consent_ref'],
      ['error', '/compliance/gdpr/lawful_basis_health_data'],
    ]);
    expect(findingsOf(r, 'gdpr/lawful-basis')).toEqual([]);
  });

  it('a plan without patient content only gets a warning for a missing basis', () => {
    const r = lint(planYaml((p) => {
      swedish(p);
      p.content.calendar.splice(2, 1);
    }));
    expect(only(r, 'gdpr/lawful-basis').severity).toBe('warning');
  });
});

describe('endorsement disclosure (FTC, EU consumer law)', () => {
  const influencer = (p: any) => {
    p.budget.lines.push({ item: 'Parent micro-influencers', category: 'influencers', channel: 'instagram', amount: 2000, goals: ['trusted-source'], kpi: 'engagement_rate', expected_return: 'reach 20,000 parents' });
    p.budget.total += 2000;
    p.content.calendar.push({ date: '2027-02-03', channel: 'instagram', topic: 'A local parent creator visits our vaccine clinic', type: 'influencer', involves_patient: false, disclosure: false, alt_text: true, captions: true });
  };

  it('is skipped when the plan has no endorsement', () => {
    expect(ruleResult(lint(planYaml()), 'ftc/endorsement-disclosure')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('no influencer') });
  });

  it('an influencer post without disclosure is an error at the entry', () => {
    const r = lint(planYaml(influencer));
    const f = only(r, 'ftc/endorsement-disclosure');
    expect([f.severity, f.pointer]).toEqual(['error', '/content/calendar/3/disclosure']);
    expect(f.message).toContain('FTC, 16 CFR 255');
  });

  it('needs a plan-level disclosure and reviewed contracts; an unconfirmed entry is a warning', () => {
    const r = lint(planYaml((p) => {
      influencer(p);
      delete p.compliance.influencers;
      delete p.content.calendar[3].disclosure;
    }));
    // Both plan-level findings sit at `compliance` (the section is missing): compare as sets.
    expect(findingsOf(r, 'ftc/endorsement-disclosure').map((f) => [f.severity, f.pointer]).sort()).toEqual([
      ['error', '/compliance/influencers/disclosure'],
      ['warning', '/compliance/influencers/contracts_reviewed'],
      ['warning', '/content/calendar/3/disclosure'],
    ]);
  });

  it('a UGC post with a material connection needs a disclosure; a disclosed one passes', () => {
    const r = lint(planYaml((p) => p.content.calendar.push({ date: '2027-02-10', channel: 'instagram', topic: 'Our nurses share why they love night shifts', type: 'ugc', material_connection: true, alt_text: true, captions: true })));
    expect(only(r, 'ftc/endorsement-disclosure').pointer).toBe('/content/calendar/3/disclosure');
    const ok = lint(planYaml((p) => {
      influencer(p);
      p.content.calendar[3].disclosure = true;
    }));
    expect(ruleResult(ok, 'ftc/endorsement-disclosure').status).toBe('passed');
  });

  it('applies to EU plans citing EU law, and is skipped elsewhere', () => {
    const eu = lint(planYaml((p) => {
      swedish(p);
      influencer(p);
    }));
    expect(only(eu, 'ftc/endorsement-disclosure').message).toContain('Directive 2005/29/EC');
    const ca = lint(planYaml((p) => {
      influencer(p);
      p.organization.jurisdictions = ['CA'];
    }));
    expect(ruleResult(ca, 'ftc/endorsement-disclosure')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('names CA') });
  });
});

describe('FDA risk information', () => {
  const pharma = (p: any) => {
    p.organization.type = 'pharma';
    p.organization.covered_entity = false;
    p.channels.push({ platform: 'x', handle: '@example', audiences: ['new-parents'], goals: ['trusted-source'], posts_per_week: 1, formats: ['text'] });
    p.content.calendar.push({ date: '2027-03-01', channel: 'x', topic: 'Now approved for children 6 and older', type: 'promotional', involves_patient: false });
  };

  it('is skipped for a practice, and for a pharma plan outside the US', () => {
    expect(ruleResult(lint(planYaml()), 'fda/risk-information')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('`practice`') });
    const se = lint(planYaml((p) => {
      pharma(p);
      p.organization.jurisdictions = ['SE'];
    }));
    expect(ruleResult(se, 'fda/risk-information')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('Directive 2001/83/EC') });
  });

  it('a promotional post on X without risk information is an error naming the 280-character limit', () => {
    const r = lint(planYaml(pharma));
    const fs = findingsOf(r, 'fda/risk-information');
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([
      ['warning', '/content/calendar/1/risk_information'],
      ['error', '/content/calendar/3/risk_information'],
      ['warning', '/compliance/fda/risk_information_link'],
    ]);
    expect(fs[1].message).toContain('280-character platform');
  });

  it('passes with risk information on every promotional post and a link to the full information', () => {
    const r = lint(planYaml((p) => {
      pharma(p);
      p.content.calendar[1].risk_information = true;
      p.content.calendar[3].risk_information = true;
      p.compliance.fda = { risk_information_link: 'https://example.com/full-prescribing-information' };
    }));
    expect(ruleResult(r, 'fda/risk-information').status).toBe('passed');
  });
});

describe('Washington My Health My Data Act', () => {
  const wa = (p: any) => (p.organization.jurisdictions = ['US', 'US-WA']);

  it('is skipped unless US-WA is named', () => {
    expect(ruleResult(lint(planYaml()), 'mhmda/consent')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('US-WA') });
  });

  it('opt-out collection and bundled sharing are errors', () => {
    const r = lint(planYaml((p) => {
      wa(p);
      p.compliance.washington_mhmda = { collection_consent: 'opt-out', sharing_consent: 'bundled', geofencing: 'none' };
    }));
    expect(findingsOf(r, 'mhmda/consent').map((f) => [f.severity, f.pointer])).toEqual([
      ['error', '/compliance/washington_mhmda/collection_consent'],
      ['error', '/compliance/washington_mhmda/sharing_consent'],
    ]);
    expect(r.passed).toBe(false);
  });

  it('unstated consent is a warning; a geofence near care sites is an error', () => {
    const r = lint(planYaml((p) => {
      wa(p);
      p.compliance.washington_mhmda = { geofencing: 'near-care-sites' };
    }));
    expect(findingsOf(r, 'mhmda/consent').map((f) => f.severity)).toEqual(['warning', 'warning']);
    const g = only(r, 'mhmda/geofencing');
    expect([g.severity, g.pointer]).toEqual(['error', '/compliance/washington_mhmda/geofencing']);
    expect(g.message).toContain('2,000 feet');
  });

  it('passes with opt-in, separate sharing consent and no geofencing', () => {
    const r = lint(planYaml((p) => {
      wa(p);
      p.compliance.washington_mhmda = { collection_consent: 'opt-in', sharing_consent: 'separate', geofencing: 'none' };
    }));
    expect(ruleResult(r, 'mhmda/consent').status).toBe('passed');
    expect(ruleResult(r, 'mhmda/geofencing').status).toBe('passed');
  });
});

describe('a plan that names no jurisdiction', () => {
  const r = lint(planYaml((p) => {
    delete p.organization.jurisdictions;
    delete p.organization.covered_entity;
  }));

  it('gets exactly one info finding naming the skipped rule sets', () => {
    const f = only(r, 'jurisdiction/none');
    expect([f.severity, f.pointer]).toEqual(['info', '/organization/jurisdictions']);
    for (const set of ['HIPAA', 'GDPR', 'endorsement', 'FDA', 'My Health My Data']) expect(f.message).toContain(set);
    expect(r.findings.filter((x) => x.category === 'compliance')).toEqual([f]);
  });

  it('reports every jurisdictional rule as not applicable', () => {
    for (const rule of COMPLIANCE) {
      if (rule.meta.id === 'jurisdiction/none' || rule.meta.id.startsWith('privacy/')) continue;
      expect(ruleResult(r, rule.meta.id).status, rule.meta.id).toBe('skipped');
    }
  });

  it('is quiet when a jurisdiction is named', () => {
    examplePassed('jurisdiction/none');
  });
});

describe('compliance errors fail the file', () => {
  it('exits 1 on a well-scored plan with one compliance error, in the JSON and the default output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-compliance-'));
    const file = path.join(dir, 'plan.strategy.yaml');
    writeFileSync(file, planYaml((p) => (p.compliance.vendors[0].handles_phi = true)));
    const json = await cli(['--format', 'json', file]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.files[0].passed).toBe(false);
    expect(doc.files[0].score).toBeGreaterThanOrEqual(80);
    expect(doc.files[0].findings.some((f: any) => f.ruleId === 'hipaa/vendor-baa' && f.severity === 'error')).toBe(true);
    const stylish = await cli([file]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('hipaa/vendor-baa');
  });
});

describe('compliance examples', () => {
  const example = (name: string) => lint(readFileSync(path.join(ROOT, 'examples', name), 'utf8'), name);

  it('patient-stories-without-consent: HIPAA consent errors, the file fails', () => {
    const r = example('patient-stories-without-consent.strategy.yaml');
    const consent = findingsOf(r, 'hipaa/patient-consent');
    expect(consent.map((f) => f.pointer)).toEqual(['/content/calendar/1/consent_ref', '/content/calendar/3/consent_ref', '/compliance/hipaa/patient_content_consent']);
    expect(consent.every((f) => f.severity === 'error')).toBe(true);
    expect(findingsOf(r, 'hipaa/review-response-policy')).toHaveLength(1);
    expect(r.passed).toBe(false);
  });

  it('vardcentral-sweden: a Swedish GDPR plan that scores well, HIPAA skipped', () => {
    const r = example('vardcentral-sweden.strategy.yaml');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.passed).toBe(true);
    expect(ruleResult(r, 'hipaa/patient-consent').status).toBe('skipped');
    for (const id of ['gdpr/patient-consent', 'gdpr/lawful-basis', 'gdpr/dpo-contact', 'privacy/phi-in-text']) expect(ruleResult(r, id).status, id).toBe('passed');
  });

  it('pharma-launch: FDA risk information missing on X and Threads posts', () => {
    const r = example('pharma-launch.strategy.yaml');
    const fda = findingsOf(r, 'fda/risk-information');
    expect(fda.filter((f) => f.severity === 'error').map((f) => f.pointer)).toEqual(['/content/calendar/1/risk_information', '/content/calendar/3/risk_information']);
    expect(ruleResult(r, 'hipaa/patient-consent').status).toBe('skipped');
    expect(ruleResult(r, 'ftc/endorsement-disclosure').status).toBe('failed');
    expect(r.passed).toBe(false);
  });
});
