import { describe, expect, it } from 'vitest';
import { findingsOf, lint, planYaml } from './helpers.js';

/** Lints a fixture and returns the findings of one rule, with the source line each points at. */
function run(ruleId: string, mutate?: (p: any) => void) {
  const yaml = planYaml(mutate);
  const lines = yaml.split('\n');
  const r = lint(yaml);
  return { r, fs: findingsOf(r, ruleId).map((f) => ({ ...f, text: lines[f.line - 1].slice(f.column - 1) })) };
}

const at = (d: string) => (p: any) => p.content.calendar.push({ date: d, channel: 'instagram', topic: 'Flu shots', type: 'educational', alt_text: true, captions: true });

describe('content rules: the example plan passes', () => {
  const ids = ['content/section', 'content/pillars-voice', 'content/mix', 'content/self-promotion', 'content/sources-policy', 'content/plain-language',
    'content/repurposing', 'calendar/in-period', 'calendar/declared-channel', 'calendar/entry-type'];
  for (const id of ids) {
    it(id, () => expect(run(id).fs).toEqual([]));
  }
});

describe('content/section', () => {
  it('a plan without a content section gets one error, and the detail rules are skipped', () => {
    const { r, fs } = run('content/section', (p) => delete p.content);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/content', line: 1, column: 1 });
    const pillars = r.rules.find((x) => x.ruleId === 'content/pillars-voice')!;
    expect(pillars.status).toBe('skipped');
    expect(r.categories.find((c) => c.id === 'content')!.score).toBe(0);
  });
  it('an empty section counts as missing', () => {
    expect(run('content/section', (p) => (p.content = { pillars: [] })).fs).toHaveLength(1);
  });
});

describe('content/pillars-voice', () => {
  it('reports missing pillars and voice', () => {
    const { fs } = run('content/pillars-voice', (p) => {
      delete p.content.pillars;
      p.content.voice = [];
    });
    expect(fs.map((f) => `${f.severity} ${f.pointer}`).sort()).toEqual(['warning /content/pillars', 'warning /content/voice']);
    expect(fs.find((f) => f.pointer === '/content/voice')!.text).toMatch(/^voice: \[\]/);
  });
});

describe('content/mix', () => {
  it('reports a mix that does not add up to 100', () => {
    const { fs } = run('content/mix', (p) => (p.content.mix = { educational: 50, promotional: 30 }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/mix' });
    expect(fs[0].message).toContain('adds up to 80 percent');
    expect(fs[0].text).toMatch(/^mix:/);
  });
  it('accepts a sum within the tolerance', () => {
    expect(run('content/mix', (p) => (p.content.mix = { educational: 61, community: 20, promotional: 20 })).fs).toEqual([]);
  });
  it('reports a missing mix', () => {
    expect(run('content/mix', (p) => delete p.content.mix).fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/mix' });
  });
});

describe('content/self-promotion', () => {
  it('reports a mix that is mostly promotional, at the promotional key', () => {
    const { fs } = run('content/self-promotion', (p) => (p.content.mix = { educational: 40, promotional: 60 }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/mix/promotional' });
    expect(fs[0].message).toContain('60 percent');
    expect(fs[0].text).toMatch(/^promotional: 60/);
  });
  it('without a mix, judges a calendar of ten or more entries', () => {
    const { fs } = run('content/self-promotion', (p) => {
      delete p.content.mix;
      for (let d = 1; d <= 10; d++) p.content.calendar.push({ date: `2027-02-${String(d).padStart(2, '0')}`, channel: 'facebook', type: 'promotional' });
    });
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/calendar' });
  });
});

describe('content/sources-policy', () => {
  it('a plan without a sources policy gets an error', () => {
    const { fs } = run('content/sources-policy', (p) => delete p.content.sources_policy);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/content/sources_policy' });
    expect(fs[0].text).toMatch(/^content:/); // the missing key is located at its parent
  });
});

describe('content/plain-language', () => {
  it('plain_language: false is a warning at the key', () => {
    const { fs } = run('content/plain-language', (p) => (p.content.plain_language = false));
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/plain_language' });
    expect(fs[0].text).toBe('plain_language: false');
  });
});

describe('content/repurposing', () => {
  it('English text that copies the same post everywhere is a warning', () => {
    const { fs } = run('content/repurposing', (p) => (p.content.repurposing = 'We publish the same post on every channel to save time'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/repurposing' });
    expect(fs[0].text).toMatch(/^repurposing:/);
  });
  it('copy and paste wording is caught, a negated one is not', () => {
    expect(run('content/repurposing', (p) => (p.content.repurposing = 'Copy and paste the blog intro to all platforms')).fs).toHaveLength(1);
    expect(run('content/repurposing', (p) => (p.content.repurposing = 'same post everywhere')).fs).toHaveLength(1);
    expect(run('content/repurposing', (p) => (p.content.repurposing = 'We never copy the same post to every platform; each is reformatted')).fs).toEqual([]);
  });
  it('repurposing: false is a warning; a missing field is information', () => {
    expect(run('content/repurposing', (p) => (p.content.repurposing = false)).fs[0].severity).toBe('warning');
    expect(run('content/repurposing', (p) => delete p.content.repurposing).fs[0].severity).toBe('info');
  });
  it('does not judge text in another language', () => {
    expect(run('content/repurposing', (p) => (p.content.repurposing = 'Samma inlägg publiceras på alla kanaler')).fs).toEqual([]);
    expect(run('content/repurposing', (p) => (p.content.repurposing = 'Le même post est copié sur toutes les plateformes')).fs).toEqual([]);
  });
});

describe('content/accessible-media', () => {
  it('the example passes except an info for the undeclared Facebook entry', () => {
    const { fs } = run('content/accessible-media');
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([['info', '/content/calendar/1']]);
  });
  it('alt_text: false on a visual-first channel is a warning at the key', () => {
    const { fs } = run('content/accessible-media', (p) => (p.content.calendar[0].alt_text = false));
    const f = fs.find((x) => x.pointer === '/content/calendar/0/alt_text')!;
    expect(f.severity).toBe('warning');
    expect(f.text).toBe('alt_text: false');
  });
  it('an Instagram reel channel entry without captions declared is a warning', () => {
    const { fs } = run('content/accessible-media', (p) => delete p.content.calendar[2].captions);
    const f = fs.find((x) => x.pointer === '/content/calendar/2')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('`captions`');
    expect(f.text).toMatch(/^date: 2027-01-20/);
  });
});

describe('calendar/in-period', () => {
  it('an entry after the period is a warning at its date', () => {
    const { fs } = run('calendar/in-period', (p) => (p.content.calendar[1].date = '2028-01-14'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/calendar/1/date' });
    expect(fs[0].message).toContain('after the plan ends');
    expect(fs[0].text).toMatch(/^date: 2028-01-14/);
  });
});

describe('calendar/declared-channel', () => {
  it('an entry on an undeclared channel is an error with a did-you-mean', () => {
    const { fs } = run('calendar/declared-channel', (p) => (p.content.calendar[0].channel = 'instagam'));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', pointer: '/content/calendar/0/channel', suggestion: 'instagram' });
    expect(fs[0].message).toContain('did you mean `instagram`');
    expect(fs[0].text).toBe('channel: instagam');
  });
});

describe('calendar/entry-type', () => {
  it('an entry without a type is a warning; an unknown type is left to the schema', () => {
    const { fs } = run('calendar/entry-type', (p) => delete p.content.calendar[1].type);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/calendar/1/type' });
    const { r, fs: none } = run('calendar/entry-type', (p) => (p.content.calendar[1].type = 'promo'));
    expect(none).toEqual([]);
    expect(findingsOf(r, 'schema/invalid').some((f) => f.pointer === '/content/calendar/1/type')).toBe(true);
  });
});

describe('calendar/coverage', () => {
  it('a January-only calendar over a year is information, not a fault', () => {
    const { fs } = run('calendar/coverage');
    expect(fs.map((f) => [f.severity, f.pointer])).toEqual([['info', '/content/calendar']]);
  });
  it('a silent gap longer than 21 days is a warning at the entry after it', () => {
    const { fs } = run('calendar/coverage', at('2027-03-01'));
    const gap = fs.filter((f) => f.severity === 'warning');
    expect(gap).toHaveLength(1);
    expect(gap[0].pointer).toBe('/content/calendar/3/date');
    expect(gap[0].message).toContain('40 days');
    expect(gap[0].text).toMatch(/^date: 2027-03-01/);
  });
  it('no calendar at all is a warning', () => {
    const { fs } = run('calendar/coverage', (p) => delete p.content.calendar);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/content/calendar' });
  });
});

describe('calendar/cadence', () => {
  it('is skipped for a calendar that spans less than four weeks (a sample)', () => {
    const { r, fs } = run('calendar/cadence');
    expect(fs).toEqual([]);
    expect(r.rules.find((x) => x.ruleId === 'calendar/cadence')!.status).toBe('skipped');
  });
  it('a six-week calendar with far fewer posts than posts_per_week is a warning per channel', () => {
    const { fs } = run('calendar/cadence', (p) => {
      p.channels = p.channels.slice(0, 1); // instagram, 4 a week
      p.content.calendar = p.content.calendar.filter((e: any) => e.channel === 'instagram');
      at('2027-02-20')(p);
    });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'warning', pointer: '/channels/0/posts_per_week' });
    expect(fs[0].message).toContain('3 posts');
    expect(fs[0].text).toBe('posts_per_week: 4');
  });
  it('passes when the calendar matches the declared rhythm', () => {
    const { fs } = run('calendar/cadence', (p) => {
      p.channels = [{ ...p.channels[0], posts_per_week: 1 }];
      p.content.calendar = [];
      for (const d of ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']) at(d)(p);
    });
    expect(fs).toEqual([]);
  });
});

describe('odd input', () => {
  it('holes, wrong types and empty lists produce findings, never an internal error', () => {
    const odd = [
      'version: 1\norganization: {name: X}\ncontent: {calendar: [null, 5, {date: nope}, {channel: 7}], mix: {a: -5}}\nengagement: {response_time_hours: -1}\n',
      'version: 1\norganization: {name: X}\ncontent: []\nengagement: "yes"\nmeasurement: {kpis: [{}, null]}\ngovernance: {team_fte: 0}\nchannels: [{posts_per_week: 1e9}]\n',
      'version: 1\norganization: {name: X}\nperiod: {start: 2027-01-01, end: 2026-01-01}\ncontent: {calendar: [{date: 2027-02-30}]}\ngoals: [{metric: engagement_rate}]\n',
    ];
    for (const y of odd) {
      const r = lint(y);
      expect(r.score).not.toBeNull();
      expect(r.findings.filter((f) => f.message.includes('internal error'))).toEqual([]);
    }
  });
});
