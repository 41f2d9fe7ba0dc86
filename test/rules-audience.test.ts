import { describe, expect, it } from 'vitest';
import { findingsOf, lineAt, lint, planYaml, ruleStatus, runRule } from './helpers.js';

describe('channel/known-ids', () => {
  it('passes the example plan', () => {
    expect(runRule('channel/known-ids').findings).toEqual([]);
  });

  it('is an error for an undeclared audience, with "did you mean"', () => {
    const { yaml, findings } = runRule('channel/known-ids', (p) => (p.channels[1].audiences = ['new-parent']));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'error', pointer: '/channels/1/audiences/0', suggestion: 'new-parents' });
    expect(f.message).toBe('channel `facebook` lists audience `new-parent`, which is not declared; did you mean `new-parents`?');
    expect(lineAt(yaml, f.line, f.column)).toBe('new-parent');
  });

  it('is an error for an undeclared goal, with "did you mean"', () => {
    const { findings } = runRule('channel/known-ids', (p) => (p.channels[2].goals = ['booking']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ pointer: '/channels/2/goals/0', suggestion: 'bookings' });
    expect(findings[0].message).toContain('did you mean `bookings`?');
  });

  it('suggests nothing when nothing is close', () => {
    const { findings } = runRule('channel/known-ids', (p) => (p.channels[2].audiences = ['oncologists']));
    expect(findings[0].suggestion).toBeUndefined();
    expect(findings[0].message).not.toContain('did you mean');
  });
});

describe('channel/audience', () => {
  it('passes the example plan', () => {
    expect(runRule('channel/audience').findings).toEqual([]);
  });

  it('warns about a channel that targets no audience', () => {
    const { findings } = runRule('channel/audience', (p) => delete p.channels[0].audiences);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/channels/0/audiences' });
  });

  it('is an error when the plan has no channels', () => {
    const { report, findings } = runRule('channel/audience', (p) => delete p.channels);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/channels' });
    expect(ruleStatus(report, 'channel/known-ids')).toBe('skipped');
  });
});

describe('audience/reached', () => {
  it('passes the example plan', () => {
    expect(runRule('audience/reached').findings).toEqual([]);
  });

  it('warns about an audience no channel reaches, at its id', () => {
    const { yaml, findings } = runRule('audience/reached', (p) => (p.channels[2].audiences = ['new-parents']));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ severity: 'warning', pointer: '/audiences/1/id', message: 'audience `referrers` is not reached by any channel' });
    expect(lineAt(yaml, f.line, f.column)).toBe('id: referrers');
  });

  it('is an error when the plan has no audiences', () => {
    const { findings } = runRule('audience/reached', (p) => delete p.audiences);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('error');
  });
});

describe('audience/platform-reach', () => {
  const seniors = (platforms: string[]) => (p: any) => {
    p.audiences.push({ id: 'seniors', role: 'patient', age: [65, 90], insight_sources: ['ga4'], active_hours: '09:00-11:00' });
    for (const platform of platforms) p.channels.push({ platform, audiences: ['seniors'], goals: ['bookings'], formats: ['short-video'] });
  };

  it('passes the example plan', () => {
    expect(runRule('audience/platform-reach').findings).toEqual([]);
  });

  it('warns about a 65+ audience reached only through TikTok, citing the reach figure', () => {
    const { findings } = runRule('audience/platform-reach', seniors(['tiktok']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/audiences/2/age' });
    expect(findings[0].message).toContain('`tiktok` about 12%');
  });

  it('passes when one of the audience\'s platforms reaches the age group', () => {
    expect(runRule('audience/platform-reach', seniors(['tiktok', 'facebook'])).findings).toEqual([]);
  });

  it('does not judge a platform without survey data (a newsletter)', () => {
    expect(runRule('audience/platform-reach', seniors(['tiktok', 'newsletter'])).findings).toEqual([]);
  });
});

describe('audience/professional-channel', () => {
  it('passes the example plan (referrers on LinkedIn)', () => {
    expect(runRule('audience/professional-channel').findings).toEqual([]);
  });

  it('warns when referrers are reached only through Instagram', () => {
    const { findings } = runRule('audience/professional-channel', (p) => {
      p.channels[2].audiences = [];
      p.channels[0].audiences = ['new-parents', 'referrers'];
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/audiences/1/role' });
    expect(findings[0].message).toContain('reached only through `instagram`');
  });

  it('accepts a newsletter as a professional channel', () => {
    expect(runRule('audience/professional-channel', (p) => (p.channels[2].platform = 'newsletter')).findings).toEqual([]);
  });

  it('is skipped when no audience is professional', () => {
    const { report } = runRule('audience/professional-channel', (p) => (p.audiences[1].role = 'caregiver'));
    expect(ruleStatus(report, 'audience/professional-channel')).toBe('skipped');
  });
});

describe('audience/minimum-age', () => {
  it('is skipped for the example plan (no audience under 13)', () => {
    const { report, findings } = runRule('audience/minimum-age');
    expect(findings).toEqual([]);
    expect(ruleStatus(report, 'audience/minimum-age')).toBe('skipped');
  });

  it('is an error for children under 13 targeted on Instagram', () => {
    const { findings } = runRule('audience/minimum-age', (p) => {
      p.audiences.push({ id: 'kids', role: 'patient', age: [6, 11] });
      p.channels[0].audiences.push('kids');
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/audiences/2/age' });
    expect(findings[0].message).toContain('requires account holders to be 13 or older');
  });

  it('is a warning when only part of the range is under 13', () => {
    const { findings } = runRule('audience/minimum-age', (p) => {
      p.audiences.push({ id: 'teens', role: 'patient', age: [10, 17] });
      p.channels[0].audiences.push('teens');
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
  });

  it('passes children reached only through a platform without an age limit (the parents\' newsletter)', () => {
    const { findings } = runRule('audience/minimum-age', (p) => {
      p.audiences.push({ id: 'kids', role: 'patient', age: [6, 11] });
      p.channels.push({ platform: 'newsletter', audiences: ['kids'] });
    });
    expect(findings).toEqual([]);
  });
});

describe('audience/insight-sources', () => {
  it('passes the example plan', () => {
    expect(runRule('audience/insight-sources').findings).toEqual([]);
  });

  it('warns about an audience without insight sources', () => {
    const { findings } = runRule('audience/insight-sources', (p) => delete p.audiences[1].insight_sources);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/audiences/1/insight_sources' });
  });
});

describe('audience/active-hours', () => {
  it('passes the example plan', () => {
    expect(runRule('audience/active-hours').findings).toEqual([]);
  });

  it('is info when active hours are missing', () => {
    const { findings } = runRule('audience/active-hours', (p) => delete p.audiences[0].active_hours);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', pointer: '/audiences/0/active_hours' });
  });
});

describe('channel/visual-formats', () => {
  it('passes the example plan (LinkedIn may be text-only)', () => {
    expect(runRule('channel/visual-formats').findings).toEqual([]);
  });

  it('warns about Instagram with only text and articles', () => {
    const { yaml, findings } = runRule('channel/visual-formats', (p) => (p.channels[0].formats = ['text', 'article']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/channels/0/formats' });
    expect(lineAt(yaml, findings[0].line, findings[0].column)).toMatch(/^formats:/);
  });
});

describe('channel/capacity', () => {
  it('passes the example plan (3 channels, 1 FTE)', () => {
    expect(runRule('channel/capacity').findings).toEqual([]);
  });

  it('warns when the channels outgrow the team', () => {
    const { findings } = runRule('channel/capacity', (p) => (p.governance.team_fte = 0.5));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', pointer: '/governance/team_fte' });
    expect(findings[0].message).toContain('3 channels for a team of 0.5 FTE');
  });

  it('is skipped when an agency is named', () => {
    const { report, findings } = runRule('channel/capacity', (p) => {
      p.governance.team_fte = 0.2;
      p.governance.agency = 'Northwind Health Media';
    });
    expect(findings).toEqual([]);
    expect(report.rules.find((r) => r.ruleId === 'channel/capacity')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('agency') });
  });
});
