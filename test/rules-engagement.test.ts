import { describe, expect, it } from 'vitest';
import { findingsOf, lint, planYaml } from './helpers.js';

function run(ruleId: string, mutate?: (p: any) => void) {
  const yaml = planYaml(mutate);
  const lines = yaml.split('\n');
  const r = lint(yaml);
  return { r, fs: findingsOf(r, ruleId).map((f) => ({ ...f, text: lines[f.line - 1].slice(f.column - 1) })) };
}

const ids = ['engagement/section', 'engagement/listening', 'engagement/response-time', 'engagement/escalation', 'engagement/moderation',
  'engagement/crisis-plan', 'engagement/medical-disclaimer'];

describe('engagement rules: the example plan passes', () => {
  for (const id of ids) it(id, () => expect(run(id).fs).toEqual([]));
});

describe('engagement/section', () => {
  it('a plan without engagement gets one error; the detail rules are skipped with a reason', () => {
    const { r, fs } = run('engagement/section', (p) => delete p.engagement);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/engagement' });
    for (const id of ids.slice(1)) {
      const res = r.rules.find((x) => x.ruleId === id)!;
      expect(res.status).toBe('skipped');
      expect(res.reason).toContain('engagement/section');
    }
  });
});

describe('presence rules', () => {
  const cases: [string, string, (p: any) => void, string][] = [
    ['engagement/listening', '/engagement/listening_tools', (p) => (p.engagement.listening_tools = []), 'listening_tools: []'],
    ['engagement/moderation', '/engagement/moderation_policy', (p) => (p.engagement.moderation_policy = ''), 'moderation_policy: ""'],
    ['engagement/crisis-plan', '/engagement/crisis_plan', (p) => (p.engagement.crisis_plan = ' '), 'crisis_plan: " "'],
    ['engagement/medical-disclaimer', '/engagement/medical_advice_disclaimer', (p) => (p.engagement.medical_advice_disclaimer = false), 'medical_advice_disclaimer: false'],
  ];
  for (const [id, ptr, mutate, text] of cases) {
    it(`${id} reports an empty value as a warning at the key`, () => {
      const { fs } = run(id, mutate);
      expect(fs).toHaveLength(1);
      expect(fs[0]).toMatchObject({ severity: 'warning', pointer: ptr });
      expect(fs[0].text).toBe(text);
    });
  }
  it('a missing key is located at its section', () => {
    const { fs } = run('engagement/crisis-plan', (p) => delete p.engagement.crisis_plan);
    expect(fs[0].text).toMatch(/^engagement:/);
  });
});

describe('engagement/response-time', () => {
  it('48 hours is a warning, 8 hours information, 4 hours passes', () => {
    const slow = run('engagement/response-time', (p) => (p.engagement.response_time_hours = 48)).fs;
    expect(slow).toHaveLength(1);
    expect(slow[0]).toMatchObject({ severity: 'warning', pointer: '/engagement/response_time_hours' });
    expect(slow[0].text).toBe('response_time_hours: 48');
    const mid = run('engagement/response-time', (p) => (p.engagement.response_time_hours = 8)).fs;
    expect(mid.map((f) => f.severity)).toEqual(['info']);
    expect(run('engagement/response-time', (p) => (p.engagement.response_time_hours = 24)).fs.map((f) => f.severity)).toEqual(['info']);
  });
  it('no response time is a warning', () => {
    expect(run('engagement/response-time', (p) => delete p.engagement.response_time_hours).fs[0].severity).toBe('warning');
  });
});

describe('engagement/escalation', () => {
  it('no escalation path is an error', () => {
    const { fs } = run('engagement/escalation', (p) => delete p.engagement.escalation);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/engagement/escalation' });
  });
  it('English text that never mentions complaints is information', () => {
    const { fs } = run('engagement/escalation', (p) => (p.engagement.escalation = 'Clinical questions go to the nurse line within the hour'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'info', pointer: '/engagement/escalation' });
    expect(fs[0].message).toContain('complaints');
    expect(fs[0].text).toMatch(/^escalation:/);
  });
  it('text in another language is judged only by its presence', () => {
    expect(run('engagement/escalation', (p) => (p.engagement.escalation = 'Medicinska frågor går till sjuksköterskelinjen')).fs).toEqual([]);
    expect(run('engagement/escalation', (p) => (p.engagement.escalation = 'Les questions médicales vont à la ligne infirmière')).fs).toEqual([]);
  });
});
