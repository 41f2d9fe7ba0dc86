// The law a plan falls under, stated citably: which laws apply and why (from the organisation and
// where its audiences are), the laws and dates each rule applies (`rules`, `rules --stale`,
// `explain RULE [PLAN]`), old rule ids kept as aliases, and documentation links a user can open.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lint } from './helpers.js';
import { docsBase } from '../src/util/package-links.js';
import { docsLink, docsPath } from '../src/rules/index.js';
import { staleFacts, dayOfDate } from '../src/knowledge/facts.js';
import { DEFAULT_KNOWLEDGE } from '../src/knowledge/platforms.js';
import { locationCode, planScope } from '../src/knowledge/applicability.js';
import { REGULATIONS } from '../src/knowledge/regulations.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'sl-law-'));

/** A plan for a French aesthetic clinic with the classic mistakes. */
const FRENCH = `version: 1
organization: {name: Clinique du Parc, type: clinic, jurisdictions: [FR, EU], covered_entity: false}
why: Nos patientes découvrent la médecine et la chirurgie esthétiques sur Instagram.
budget:
  lines:
    - item: Partenariats avec des influenceuses (séances offertes)
      category: influencers
      amount: 60000
content:
  calendar:
    - date: 2027-02-03
      channel: instagram
      type: patient-story
      involves_patient: true
      consent_ref: "Consentement éclairé à l'intervention"
compliance:
  gdpr: {lawful_basis_health_data: other}
  vendors:
    - name: Agence (photos avant/après)
      handles_phi: true
      baa: false
  influencers:
    disclosure: "#sponso en fin de légende"
    contracts_reviewed: false
`;

describe('which laws apply, and why', () => {
  it('reads US states by name and treats a lone US as nationwide', () => {
    expect(locationCode('Washington')).toBe('US-WA');
    expect(locationCode('nevada')).toBe('US-NV');
    expect(locationCode('us-ct')).toBe('US-CT');
    const s = planScope({ organization: { jurisdictions: ['US', 'US-OH'], audience_locations: ['US'] } }, REGULATIONS);
    expect(s.usNationwide).toBe(true);
    expect(planScope({ organization: { jurisdictions: ['US', 'US-OH'] } }, REGULATIONS).usNationwide).toBe(false);
  });

  it('a French plan gets no US-law finding, and the US rules say why they do not apply', () => {
    const r = lint(FRENCH);
    const usLaw = /\b(?:CFR|U\.S\.C\.|FTC|HIPAA|RCW|NRS|Conn\. Gen\.|PA 23-56)\b/;
    const compliance = r.findings.filter((f) => f.category === 'compliance');
    expect(compliance.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['endorsement/prohibited-promotion', 'endorsement/disclosure', 'gdpr/processor-agreement']),
    );
    expect(compliance.filter((f) => usLaw.test(f.message)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const reason = (id: string) => r.rules.find((x) => x.ruleId === id)?.reason ?? '';
    expect(reason('hipaa/vendor-baa')).toMatch(/organization\.covered_entity is false/);
    expect(reason('ftc/health-data-sharing')).toMatch(/protect US consumers; this plan names FR, EU/);
    expect(reason('consumer-health/geofencing')).toMatch(/names no US audience/);
    expect(reason('endorsement/disclosure')).toMatch(/loi n° 2023-451 art\. 5/);
  });

  it('the JSON report says why a law applies to a rule that ran', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'plan.yaml'), FRENCH);
    const r = await cli(['--format', 'json', 'plan.yaml'], { cwd: d });
    const rules = JSON.parse(r.stdout).files[0].rules as { ruleId: string; status: string; reason?: string }[];
    expect(rules.find((x) => x.ruleId === 'gdpr/processor-agreement')).toMatchObject({
      status: 'failed',
      reason: 'the GDPR applies: the organisation operates in FR, EU (GDPR Art. 3(1))',
    });
  });
});

describe('strategy-lint rules: the laws each rule applies, with their dates', () => {
  it('lists them under each rule', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith('hipaa/tracking-technologies '));
    expect(lines[i + 1]).toMatch(
      /^\s+laws: HHS OCR bulletin "Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates" \(as of 2024-03-18\); American Hospital Association v\. Becerra, No\. 4:23-cv-01110-P \(as of 2024-08-19\);/,
    );
    const j = lines.findIndex((l) => l.startsWith('consumer-health/geofencing '));
    expect(lines[j + 1]).toMatch(
      /Washington My Health My Data Act, RCW 19\.373 \(as of 2024-03-31\); Nevada SB 370 \(as of 2024-03-31\); Connecticut Public Act 23-56 \(as of 2023-07-01\)/,
    );
  });

  it('--stale lists facts older than the years given and exits 1; none older than 1000 years exits 0', async () => {
    const old = await cli(['rules', '--stale', '5']);
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(/knowledge facts are older than 5 years/);
    expect(old.stdout).toMatch(/regulations\s+fda-2014-character-limits\s+2014-06-17/);
    const none = await cli(['rules', '--stale', '1000']);
    expect(none).toMatchObject({ code: 0, stdout: 'No knowledge fact is older than 1000 years.\n' });
    const bad = await cli(['rules', '--stale', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--stale takes a number of years/);
  });

  it('--stale reads every kind of dated fact', () => {
    const now = new Date(Date.UTC(2040, 0, 1));
    const groups = new Set(staleFacts(DEFAULT_KNOWLEDGE, 1, now).map((f) => f.group));
    for (const g of ['regulations', 'platform facts', 'vendor', 'ad policy', 'disclosure labels', 'word lists']) expect(groups.has(g), g).toBe(true);
    expect(dayOfDate('2019-2023')).toBe(Date.UTC(2023, 0, 1) / 86_400_000);
  });
});

describe('strategy-lint explain', () => {
  it('shows the laws a rule applies with their dates', async () => {
    const r = await cli(['explain', 'hipaa/vendor-baa']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Law and sources applied\n {2}- HIPAA Privacy Rule, 45 CFR 164\.502\(e\) and 164\.504\(e\)/);
    expect(r.stdout).toMatch(/\(law, as of 2013-01-25\)/);
  });

  it('accepts an old rule id and says what replaced it', async () => {
    const r = await cli(['explain', 'mhmda/geofencing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\(`mhmda\/geofencing` is the former id of consumer-health\/geofencing\)\nconsumer-health\/geofencing/);
  });

  it('with a plan, says whether the rule applies to it and why', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'fr.yaml'), FRENCH);
    writeFileSync(
      path.join(d, 'app.yaml'),
      'version: 1\norganization: {name: Cycle App, jurisdictions: [US], covered_entity: false, offers: [health-app]}\ncompliance:\n  tracking:\n    - {vendor: Meta, technology: sdk, pages: [app], data: [positive ovulation test], consent: none}\n',
    );
    const fr = await cli(['explain', 'ftc/health-data-sharing', 'fr.yaml'], { cwd: d });
    expect(fr.stdout).toMatch(
      /ftc\/health-data-sharing does not apply to fr\.yaml: the FTC rules on health data protect US consumers; this plan names FR, EU\.\n$/,
    );
    const app = await cli(['explain', 'ftc/health-data-sharing', 'app.yaml'], { cwd: d });
    expect(app.stdout).toMatch(
      /applies to app\.yaml: FTC Act s\.5 applies: a US organisation outside HIPAA .*; the FTC Health Breach Notification Rule applies: not a HIPAA covered entity, offers a health app \(organization\.offers\)\. It reports 1 finding there\.\n$/,
    );
    const missing = await cli(['explain', 'ftc/health-data-sharing', 'nope.yaml'], { cwd: d });
    expect(missing.code).toBe(2);
  });
});

describe('old rule ids keep working', () => {
  const WA = 'version: 1\norganization: {name: Clinic, jurisdictions: [US, US-WA]}\ncompliance:\n  washington_mhmda: {geofencing: near-care-sites}\n';

  it('in a configuration', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'plan.yaml'), WA);
    writeFileSync(path.join(d, '.strategy-lint.yaml'), 'rules:\n  mhmda/geofencing: off\n');
    const r = await cli(['--format', 'json', 'plan.yaml'], { cwd: d });
    const file = JSON.parse(r.stdout).files[0];
    expect(file.rules.find((x: any) => x.ruleId === 'consumer-health/geofencing').status).toBe('off');
    expect(r.stderr).not.toMatch(/unknown rule/);
  });

  it('in a suppression comment', () => {
    const r = lint(WA.replace('  washington_mhmda:', '  # strategy-lint-disable-next-line mhmda/geofencing -- agreed with counsel\n  washington_mhmda:'));
    expect(r.findings.filter((f) => f.ruleId.startsWith('consumer-health/geofencing') || f.ruleId.startsWith('suppression/'))).toEqual([]);
    expect(r.suppressed?.map((s) => s.ruleId)).toContain('consumer-health/geofencing');
  });

  it('in a baseline', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'plan.yaml'), WA);
    const baseline = {
      tool: 'strategy-lint',
      version: 1,
      findings: [{ file: 'plan.yaml', ruleId: 'mhmda/geofencing', pointer: '/compliance/washington_mhmda/geofencing', count: 1 }],
    };
    writeFileSync(path.join(d, 'b.json'), JSON.stringify(baseline));
    const r = await cli(['--format', 'json', '--baseline', 'b.json', 'plan.yaml'], { cwd: d });
    const file = JSON.parse(r.stdout).files[0];
    expect(file.findings.filter((f: any) => f.ruleId === 'consumer-health/geofencing')).toEqual([]);
    expect(file.suppressed.map((s: any) => s.ruleId)).toContain('consumer-health/geofencing');
  });
});

describe('rule documentation a user can open', () => {
  it('is a URL when the package declares a repository or a homepage', () => {
    expect(docsLink('hipaa/vendor-baa', { repository: 'github:acme/strategy-lint' })).toBe(
      'https://github.com/acme/strategy-lint/blob/HEAD/docs/rules/hipaa/vendor-baa.md',
    );
    expect(docsBase({ repository: { type: 'git', url: 'git+https://gitlab.com/acme/strategy-lint.git' } })).toBe(
      'https://gitlab.com/acme/strategy-lint/-/blob/HEAD',
    );
    expect(docsBase({ repository: { url: 'git@github.com:acme/tools.git', directory: 'packages/strategy-lint' } })).toBe(
      'https://github.com/acme/tools/blob/HEAD/packages/strategy-lint',
    );
    expect(docsBase({ homepage: 'https://github.com/acme/strategy-lint#readme' })).toBe('https://github.com/acme/strategy-lint/blob/HEAD');
    expect(docsBase({ homepage: 'https://strategy-lint.example/' })).toBe('https://strategy-lint.example');
  });

  it('stays the repository path when the package declares neither (as this one does)', () => {
    expect(docsLink('hipaa/vendor-baa', {})).toBe(docsPath('hipaa/vendor-baa'));
    expect(docsBase({ repository: 'not a url', homepage: 'javascript:alert(1)' })).toBeUndefined();
    const r = lint('version: 1\norganization: {name: Clinic}\n');
    expect(r.findings.find((f) => f.ruleId === 'jurisdiction/none')?.docs).toBe('docs/rules/jurisdiction/none.md');
  });
});
