import { describe, expect, it } from 'vitest';
import { findingsOf, lint, planYaml } from './helpers.js';

function run(ruleId: string, mutate?: (p: any) => void) {
  const yaml = planYaml(mutate);
  const lines = yaml.split('\n');
  const r = lint(yaml);
  return { r, fs: findingsOf(r, ruleId).map((f) => ({ ...f, text: lines[f.line - 1].slice(f.column - 1) })) };
}

describe('measurement rules: the example plan passes', () => {
  for (const id of ['measurement/section', 'measurement/review-cadence', 'measurement/goal-kpis', 'measurement/kpi-sources']) {
    it(id, () => expect(run(id).fs).toEqual([]));
  }
});

describe('measurement/section', () => {
  it('a plan without measurement gets one error', () => {
    const { r, fs } = run('measurement/section', (p) => delete p.measurement);
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([['error', '/measurement']]);
    expect(r.rules.find((x) => x.ruleId === 'measurement/goal-kpis')!.status).toBe('skipped');
  });
});

describe('measurement/review-cadence', () => {
  it('monthly is a warning, quarterly an error, at the key', () => {
    const monthly = run('measurement/review-cadence', (p) => (p.measurement.review_cadence = 'monthly')).fs;
    expect(monthly).toHaveLength(1);
    expect(monthly[0]).toMatchObject({ severity: 'warning', pointer: '/measurement/review_cadence' });
    expect(monthly[0].text).toBe('review_cadence: monthly');
    const quarterly = run('measurement/review-cadence', (p) => (p.measurement.review_cadence = 'quarterly')).fs;
    expect(quarterly[0].severity).toBe('error');
  });
  it('daily passes; a missing cadence is an error', () => {
    expect(run('measurement/review-cadence', (p) => (p.measurement.review_cadence = 'daily')).fs).toEqual([]);
    expect(run('measurement/review-cadence', (p) => delete p.measurement.review_cadence).fs[0].severity).toBe('error');
  });
});

describe('measurement/goal-kpis', () => {
  it('a goal without a KPI is a warning at the goal', () => {
    const { fs } = run('measurement/goal-kpis', (p) => p.measurement.kpis.pop());
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/goals/1' });
    expect(fs[0].message).toContain('`trusted-source`');
    expect(fs[0].text).toBe('id: trusted-source');
  });
  it('a KPI on another metric, or without a source, is reported at the KPI', () => {
    const other = run('measurement/goal-kpis', (p) => (p.measurement.kpis[0].metric = 'page_views')).fs;
    expect(other[0]).toMatchObject({ pointer: '/measurement/kpis/0/metric' });
    expect(other[0].text).toBe('metric: page_views');
    const nosource = run('measurement/goal-kpis', (p) => delete p.measurement.kpis[1].source).fs;
    expect(nosource[0]).toMatchObject({ severity: 'warning', pointer: '/measurement/kpis/1/source' });
  });
  it('a KPI naming an unknown goal gets a did-you-mean', () => {
    const { fs } = run('measurement/goal-kpis', (p) => (p.measurement.kpis[0].goal = 'booking'));
    const f = fs.find((x) => x.pointer === '/measurement/kpis/0/goal')!;
    expect(f.suggestion).toBe('bookings');
    expect(f.text).toBe('goal: booking');
  });
});

describe('measurement/kpi-sources', () => {
  it('a source that is not a declared tool is a warning with a did-you-mean', () => {
    const { fs } = run('measurement/kpi-sources', (p) => (p.measurement.kpis[1].source = 'meta-business-suit'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/measurement/kpis/1/source', suggestion: 'meta-business-suite' });
    expect(fs[0].text).toBe('source: meta-business-suit');
  });
});

describe('measurement/engagement-denominator', () => {
  it('the example engagement-rate goal without a denominator is information only', () => {
    const { fs } = run('measurement/engagement-denominator');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'info', pointer: '/goals/1/denominator' });
    expect(fs[0].text).toBe('id: trusted-source');
  });
  it('passes once the denominator is declared', () => {
    expect(run('measurement/engagement-denominator', (p) => (p.goals[1].denominator = 'followers')).fs).toEqual([]);
  });
});
