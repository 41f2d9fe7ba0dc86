import { describe, expect, it } from 'vitest';
import { findingsOf, lineAt, lint, planYaml, ruleStatus, runRule } from './helpers.js';


describe('smart/specific', () => {
  it('passes the example plan', () => {
    expect(runRule('smart/specific').findings).toEqual([]);
  });

  it('flags an English vague verb phrase, at the statement', () => {
    const { yaml, findings } = runRule('smart/specific', (p) => (p.goals[1].statement = 'Increase brand awareness on social media'));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('warning');
    expect(f.pointer).toBe('/goals/1/statement');
    expect(f.message).toContain('vague statement');
    expect(lineAt(yaml, f.line, f.column)).toMatch(/^statement: Increase brand awareness/);
  });

  it.each(['Grow engagement', 'Improve our online presence', 'Get more followers', 'Brand awareness', 'Awareness'])('flags %j', (statement) => {
    expect(runRule('smart/specific', (p) => (p.goals[0].statement = statement)).findings).toHaveLength(1);
  });

  it('flags a missing statement', () => {
    const { findings } = runRule('smart/specific', (p) => delete p.goals[0].statement);
    expect(findings.map((f) => f.pointer)).toEqual(['/goals/0/statement']);
  });

  it.each([
    ['Swedish', 'Öka kännedomen om vår vaccinmottagning'],
    ['Swedish without diacritics', 'Fler bokningar via sociala medier'],
    ['French', 'Augmenter la notoriété de la clinique'],
    ['Romanian', 'Creșterea notorietății clinicii'],
    ['French, without accents', 'Plus de visibilite pour la clinique'],
    ['Romanian, without diacritics', 'Cresterea vizibilitatii online'],
  ])('does not judge a %s statement', (_lang, statement) => {
    expect(runRule('smart/specific', (p) => (p.goals[0].statement = statement)).findings).toEqual([]);
  });
});

describe('smart/measurable', () => {
  it('passes the example plan', () => {
    expect(runRule('smart/measurable').findings).toEqual([]);
  });

  it('is an error when metric and target are missing, naming every missing field', () => {
    const { findings } = runRule('smart/measurable', (p) => {
      delete p.goals[0].metric;
      delete p.goals[0].target;
      delete p.goals[0].baseline;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/goals/0' });
    expect(findings[0].message).toBe('goal `bookings` cannot be measured: it has no `metric`, `target`, `baseline`');
  });

  it('is a warning when only the baseline is missing', () => {
    const { findings } = runRule('smart/measurable', (p) => delete p.goals[1].baseline);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/1/baseline' });
  });

  it('is an error when a percent target is above 100', () => {
    const { findings } = runRule('smart/measurable', (p) => (p.goals[1].target = 150));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/goals/1/target' });
    expect(findings[0].message).toBe('goal `trusted-source` has a target of 150 `percent`, which is not a percentage from 0 to 100');
    expect(findingsOf(lint(planYaml((p) => (p.goals[1].target = 150))), 'smart/achievable')).toEqual([]);
  });

  it('warns when the target equals the baseline', () => {
    const { findings } = runRule('smart/measurable', (p) => (p.goals[0].target = 35));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/0/target' });
    expect(findings[0].message).toContain('asks for no change');
  });
});

describe('smart/achievable', () => {
  it('passes the example plan (engagement target 2.0% from a 1.2% baseline)', () => {
    expect(runRule('smart/achievable').findings).toEqual([]);
  });

  it('flags a target more than 5 times the baseline', () => {
    const { yaml, findings } = runRule('smart/achievable', (p) => (p.goals[0].target = 400));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'warning', pointer: '/goals/0/target' });
    expect(f.message).toContain('11.4 times');
    expect(lineAt(yaml, f.line, f.column)).toBe('target: 400');
  });

  it('flags an engagement-rate target several times the platforms\' medians, citing them', () => {
    const { findings } = runRule('smart/achievable', (p) => {
      p.goals[1].baseline = 0.4;
      p.goals[1].target = 1.9;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].pointer).toBe('/goals/1/target');
    expect(findings[0].message).toContain('engagement rate of 1.9% (per follower)');
    expect(findings[0].message).toContain('instagram 0.5%');
    expect(findings[0].message).toContain('facebook 0.15%');
    expect(findings[0].message).toContain('Rival IQ');
  });

  it('reports an engagement goal once, not also as a growth jump', () => {
    const { findings } = runRule('smart/achievable', (p) => {
      p.goals[1].baseline = 0.2;
      p.goals[1].target = 5;
    });
    expect(findings).toHaveLength(1);
  });

  it('compares only medians with the goal\'s denominator', () => {
    // TikTok's median is per view (5.7%): a 10% per-view target on TikTok is within 3x.
    const { findings } = runRule('smart/achievable', (p) => {
      p.channels[0].platform = 'tiktok';
      p.channels[1].goals = ['bookings'];
      p.goals[1].denominator = 'views';
      p.goals[1].baseline = 4;
      p.goals[1].target = 10;
    });
    expect(findings).toEqual([]);
  });

  it('honours the maxGrowthFactor option', async () => {
    const { lintText } = await import('../src/engine/lint.js');
    const { defaultConfig } = await import('../src/config/config.js');
    const config = defaultConfig();
    config.rules['smart/achievable'] = { options: { maxGrowthFactor: 1.5 } };
    const r = lintText(planYaml(), 'plan.yaml', { config });
    expect(findingsOf(r, 'smart/achievable').map((f) => f.pointer)).toEqual(['/goals/0/target', '/goals/1/target']);
  });
});

describe('smart/relevant', () => {
  it('passes the example plan', () => {
    expect(runRule('smart/relevant').findings).toEqual([]);
  });

  it('flags a missing business objective', () => {
    const { findings } = runRule('smart/relevant', (p) => delete p.goals[0].business_objective);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/0/business_objective' });
  });

  it('flags a goal no channel or budget line pursues', () => {
    const { findings } = runRule('smart/relevant', (p) => {
      p.goals.push({ ...p.goals[0], id: 'orphan' });
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ pointer: '/goals/2/id', message: 'goal `orphan` is not pursued by any channel or budget line' });
  });
});

describe('smart/time-bound', () => {
  it('is skipped, not passed, when the plan has no goals', () => {
    const { report } = runRule('smart/time-bound', (p) => delete p.goals);
    expect(report.rules.find((r) => r.ruleId === 'smart/time-bound')).toMatchObject({ status: 'skipped' });
  });
});

describe('smart/goal-count', () => {
  it('passes the example plan', () => {
    expect(runRule('smart/goal-count').findings).toEqual([]);
  });

  it('warns at the sixth goal when there are more than five', () => {
    const { yaml, findings } = runRule('smart/goal-count', (p) => {
      for (let i = 0; i < 4; i++) p.goals.push({ ...p.goals[0], id: `extra-${i}` });
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/5' });
    expect(findings[0].message).toContain('6 goals');
    expect(lineAt(yaml, findings[0].line, findings[0].column)).toBe('id: extra-3');
  });

  it('is an error when the plan has no goals, and the other goal rules are skipped', () => {
    const { report, findings } = runRule('smart/goal-count', (p) => delete p.goals);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
    const goalRules = report.rules.filter((r) => r.category === 'goals' && r.ruleId !== 'smart/goal-count');
    expect(goalRules.length).toBeGreaterThan(0);
    expect(goalRules.every((r) => r.status === 'skipped')).toBe(true);
    expect(report.categories.find((c) => c.id === 'goals')!.score).toBe(0);
  });
});

describe('smart/goal-ids', () => {
  it('passes the example plan', () => {
    expect(runRule('smart/goal-ids').findings).toEqual([]);
  });

  it('is an error for a duplicate id, at the second goal', () => {
    const { findings } = runRule('smart/goal-ids', (p) => (p.goals[1].id = 'bookings'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/goals/1/id' });
    expect(findings[0].message).toContain('used twice');
  });

  it('warns about a goal without an id', () => {
    const { findings } = runRule('smart/goal-ids', (p) => delete p.goals[1].id);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/goals/1' });
  });
});

describe('examples/vague-goals.strategy.yaml', () => {
  it('yields the goal findings its top comment claims, and nothing else from the goal rules', async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./helpers.js');
    const r = lint(readFileSync(`${ROOT}/examples/vague-goals.strategy.yaml`, 'utf8'), 'examples/vague-goals.strategy.yaml');
    const got = r.findings.filter((f) => f.ruleId.startsWith('smart/')).map((f) => `${f.ruleId} ${f.pointer}`).sort();
    expect(got).toEqual(
      [
        'smart/specific /goals/0/statement',
        'smart/specific /goals/1/statement',
        'smart/measurable /goals/0',
        'smart/measurable /goals/3/baseline',
        'smart/achievable /goals/1/target',
        'smart/achievable /goals/2/target',
        'smart/relevant /goals/3/business_objective',
        'smart/relevant /goals/5/id',
        'smart/goal-count /goals/5',
        'smart/time-bound /goals/5/deadline',
      ].sort(),
    );
    // The rest of the plan is sound: nothing from the audience or budget rules.
    expect(r.findings.filter((f) => /^(audience|channel|budget)\//.test(f.ruleId))).toEqual([]);
    expect(r.passed).toBe(false);
  });
});

describe('smart/plan-period', () => {
  it('passes the example plan', () => {
    expect(findingsOf(lint(planYaml()), 'smart/plan-period')).toEqual([]);
  });

  it('reports a missing period at the top of the plan', () => {
    const r = lint(planYaml((p) => delete p.period));
    const [f] = findingsOf(r, 'smart/plan-period');
    expect(f.severity).toBe('error');
    expect(f.pointer).toBe('/period');
    expect(f.message).toBe('the plan declares no period (start and end dates)');
  });

  it('reports an end before the start, at the end date', () => {
    const yaml = planYaml((p) => (p.period = { start: '2027-12-31', end: '2027-01-01' }));
    const [f] = findingsOf(lint(yaml), 'smart/plan-period');
    expect(f.pointer).toBe('/period/end');
    expect(yaml.split('\n')[f.line - 1].trim()).toBe('end: 2027-01-01');
  });

  it('gives an info finding for a period longer than the maxDays option', () => {
    const [f] = findingsOf(lint(planYaml((p) => (p.period = { start: '2027-01-01', end: '2030-12-31' }))), 'smart/plan-period');
    expect(f.severity).toBe('info');
  });
});
