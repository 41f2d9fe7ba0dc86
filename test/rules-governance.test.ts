import { describe, expect, it } from 'vitest';
import { findingsOf, lint, planYaml } from './helpers.js';

function run(ruleId: string, mutate?: (p: any) => void) {
  const yaml = planYaml(mutate);
  const lines = yaml.split('\n');
  const r = lint(yaml);
  return { r, fs: findingsOf(r, ruleId).map((f) => ({ ...f, text: lines[f.line - 1].slice(f.column - 1) })) };
}

describe('governance rules: the example plan passes', () => {
  for (const id of ['governance/section', 'governance/why', 'governance/leadership', 'governance/capacity', 'governance/compliance-approval']) {
    it(id, () => expect(run(id).fs).toEqual([]));
  }
});

describe('governance/section', () => {
  it('a plan without governance gets one error', () => {
    const { fs } = run('governance/section', (p) => delete p.governance);
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([['error', '/governance']]);
  });
});

describe('governance/why', () => {
  it('a missing why is an error', () => {
    const { fs } = run('governance/why', (p) => delete p.why);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/why', line: 1, column: 1 });
  });
  it('"everyone is on social media" is a warning at the key', () => {
    const { fs } = run('governance/why', (p) => (p.why = 'We need to be there because everyone is on social media these days'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/why' });
    expect(fs[0].text).toMatch(/^why:/);
  });
  it('a very short why is information; the same words in French are not judged as English', () => {
    expect(run('governance/why', (p) => (p.why = 'More patients')).fs[0].severity).toBe('info');
    expect(run('governance/why', (p) => (p.why = 'Parce que tout le monde est sur les réseaux sociaux, nous aussi.')).fs).toEqual([]);
  });
});

describe('governance/leadership', () => {
  it('reports a missing sponsor and a missing owner', () => {
    const { fs } = run('governance/leadership', (p) => {
      delete p.governance.executive_sponsor;
      p.governance.owner = '';
    });
    expect(fs.map((f) => `${f.severity} ${f.pointer}`).sort()).toEqual(['warning /governance/executive_sponsor', 'warning /governance/owner']);
    expect(fs.find((f) => f.pointer === '/governance/owner')!.text).toBe('owner: ""');
  });
});

describe('governance/capacity', () => {
  it('more posts than the team can carry, without an agency, is a warning at team_fte', () => {
    const { fs } = run('governance/capacity', (p) => (p.governance.team_fte = 0.4));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/governance/team_fte' });
    expect(fs[0].message).toContain('8 posts a week');
    expect(fs[0].text).toBe('team_fte: 0.4');
  });
  it('an agency carries the load', () => {
    expect(run('governance/capacity', (p) => {
      p.governance.team_fte = 0.4;
      p.governance.agency = 'Northwind Health Media';
    }).fs).toEqual([]);
  });
});

describe('governance/compliance-approval', () => {
  it('patient content approved by marketing only is an error at the workflow', () => {
    const { fs } = run('governance/compliance-approval', (p) => (p.governance.approval_workflow = ['marketing']));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/governance/approval_workflow' });
    expect(fs[0].message).toContain('patient content');
    expect(fs[0].text).toMatch(/^approval_workflow:/);
  });
  it('paid promotion alone without compliance review is a warning', () => {
    const { fs } = run('governance/compliance-approval', (p) => {
      p.governance.approval_workflow = ['marketing'];
      p.content.calendar = p.content.calendar.filter((e: any) => !e.involves_patient);
    });
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
  });
  it('legal review counts; a plan with neither patient content nor paid promotion is skipped', () => {
    expect(run('governance/compliance-approval', (p) => (p.governance.approval_workflow = ['marketing', 'legal'])).fs).toEqual([]);
    const { r } = run('governance/compliance-approval', (p) => {
      p.governance.approval_workflow = ['marketing'];
      p.content.calendar = p.content.calendar.filter((e: any) => !e.involves_patient);
      p.budget.lines = p.budget.lines.filter((l: any) => l.category !== 'paid-media');
    });
    expect(r.rules.find((x) => x.ruleId === 'governance/compliance-approval')!.status).toBe('skipped');
  });
});
