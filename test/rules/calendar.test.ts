// The calendar/ rules (category content): the editorial calendar's dates, channels, types, coverage
// and rhythm.
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { findingsOf, lint } from '../helpers.js';

/** The example plan's year, channels and January calendar. */
const calendar = plan`
  period: {start: 2027-01-01, end: 2027-12-31}
  channels:
    - platform: instagram
      posts_per_week: 4
    - platform: facebook
      posts_per_week: 3
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-01-14
        channel: facebook
        type: promotional
      - date: 2027-01-20
        channel: instagram
        type: patient-story
`;
/** A calendar entry on Instagram. */
const post = (date: string) => `    - date: ${date}\n      channel: instagram\n      type: educational\n`;

ruleTester('calendar/in-period', {
  valid: [{ name: 'every entry inside the period', yaml: calendar }],
  invalid: [
    {
      name: 'an entry after the period is a warning at its date',
      yaml: swap(calendar, 'date: 2027-01-14', 'date: 2028-01-14'),
      findings: [{ pointer: '/content/calendar/1/date', severity: 'warning', message: 'is dated after the plan ends (2027-12-31)', at: /^date: 2028-01-14/ }],
    },
    {
      name: 'an entry before the period',
      yaml: swap(calendar, 'date: 2027-01-14', 'date: 2026-12-14'),
      findings: [{ pointer: '/content/calendar/1/date', message: 'is dated before the plan starts (2027-01-01)' }],
    },
    {
      name: 'an entry without a date',
      yaml: 'content:\n  calendar:\n    - channel: instagram\n      type: educational\n',
      findings: [{ pointer: '/content/calendar/0/date', message: 'calendar entry 1 (instagram) has no date' }],
    },
  ],
  notApplicable: [{ name: 'no calendar entries', yaml: 'content:\n  calendar: []\n', reason: 'the plan has no calendar entries' }],
});

ruleTester('calendar/declared-channel', {
  valid: [{ name: 'every entry on a declared channel', yaml: calendar }],
  invalid: [
    {
      name: 'an entry on an undeclared channel is an error with a did-you-mean',
      yaml: swap(calendar, '      channel: instagram\n', '      channel: instagam\n'),
      findings: [
        { pointer: '/content/calendar/0/channel', severity: 'error', suggestion: 'instagram', message: 'did you mean `instagram`', at: 'channel: instagam' },
      ],
    },
    {
      name: 'an entry without a channel is a warning',
      yaml: swap(calendar, '      channel: facebook\n', ''),
      findings: [{ pointer: '/content/calendar/1/channel', severity: 'warning', message: 'calendar entry 2 (2027-01-14) names no channel' }],
    },
  ],
  notApplicable: [{ name: 'no calendar entries', yaml: 'content:\n  pillars: [vaccines explained]\n', reason: 'the plan has no calendar entries' }],
});

ruleTester('calendar/entry-type', {
  valid: [{ name: 'every entry has a type', yaml: calendar }],
  invalid: [
    {
      name: 'an entry without a type is a warning',
      yaml: swap(calendar, '      type: promotional\n', ''),
      findings: [{ pointer: '/content/calendar/1/type', severity: 'warning', message: 'calendar entry 2 (2027-01-14, facebook) has no type' }],
    },
  ],
  notApplicable: [{ name: 'no calendar entries', yaml: 'content:\n  calendar: []\n', reason: 'the plan has no calendar entries' }],
});

describe('calendar/entry-type and the schema', () => {
  it('an unknown type is left to the schema (schema/invalid), not reported again', () => {
    const r = lint(swap(calendar, 'type: promotional', 'type: promo') + 'version: 1\norganization: {name: Example Clinic}\n');
    expect(findingsOf(r, 'calendar/entry-type')).toEqual([]);
    expect(findingsOf(r, 'schema/invalid').some((f) => f.pointer === '/content/calendar/1/type')).toBe(true);
  });
});

ruleTester('calendar/coverage', {
  valid: [
    {
      name: 'posts planned over the whole period',
      yaml: 'period: {start: 2027-01-01, end: 2027-01-31}\ncontent:\n  calendar:\n    - date: 2027-01-05\n    - date: 2027-01-20\n',
    },
  ],
  invalid: [
    {
      name: 'a January-only calendar over a year is information, not a fault',
      yaml: calendar,
      findings: [
        { pointer: '/content/calendar', severity: 'info', message: 'the calendar plans posts from 2027-01-11 to 2027-01-20, 10 of the 365 days of the period' },
      ],
    },
    {
      name: 'a silent gap longer than 21 days is a warning at the entry after it',
      yaml: calendar + post('2027-03-01'),
      findings: [
        { pointer: '/content/calendar', severity: 'info', message: 'the calendar plans posts from 2027-01-11 to 2027-03-01' },
        { pointer: '/content/calendar/3/date', severity: 'warning', message: 'no post is planned for 40 days', at: /^date: 2027-03-01/ },
      ],
    },
    {
      name: 'the maxGapDays option',
      options: { maxGapDays: 5 },
      yaml: 'content:\n  calendar:\n    - date: 2027-01-11\n    - date: 2027-01-20\n',
      findings: [{ pointer: '/content/calendar/1/date', message: 'no post is planned for 9 days, between 2027-01-11 and 2027-01-20 (more than 5)' }],
    },
    {
      name: 'no calendar at all is a warning',
      yaml: 'content:\n  pillars: [vaccines explained]\n',
      findings: [{ pointer: '/content/calendar', severity: 'warning', message: 'no editorial calendar' }],
    },
  ],
  notApplicable: [{ name: 'no content section', yaml: 'channels:\n  - platform: instagram\n', reason: 'content/section reports it once' }],
});

/** Instagram at `perWeek` posts a week, and posts on the given dates. */
const rhythm = (perWeek: number, dates: string[]) =>
  `channels:\n  - platform: instagram\n    posts_per_week: ${perWeek}\ncontent:\n  calendar:\n` + dates.map(post).join('');

ruleTester('calendar/cadence', {
  valid: [{ name: 'a calendar that matches the declared rhythm', yaml: rhythm(1, ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']) }],
  invalid: [
    {
      name: 'a six-week calendar with far fewer posts than posts_per_week is a warning per channel',
      yaml: rhythm(4, ['2027-01-11', '2027-01-20', '2027-02-20']),
      findings: [
        {
          pointer: '/channels/0/posts_per_week',
          severity: 'warning',
          message: 'the calendar plans 3 posts on `instagram` over 5.9 weeks',
          at: 'posts_per_week: 4',
        },
      ],
    },
    {
      name: 'the tolerance option',
      options: { tolerance: 0.1 },
      yaml: rhythm(1, ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']),
      findings: [{ pointer: '/channels/0/posts_per_week', message: 'the calendar plans 5 posts' }],
    },
  ],
  notApplicable: [
    {
      name: 'a calendar that spans less than four weeks (a sample)',
      yaml: calendar,
      reason: 'the calendar spans 1.4 weeks, fewer than 4: it is treated as a sample',
    },
    { name: 'the minWeeks option', options: { minWeeks: 6 }, yaml: rhythm(4, ['2027-01-11', '2027-01-20', '2027-02-20']), reason: 'fewer than 6' },
    { name: 'no dated entries', yaml: 'content:\n  calendar:\n    - channel: instagram\n', reason: 'the plan has no dated calendar entries' },
  ],
});

describe('calendar/cadence on a sample calendar (issue 18)', () => {
  /** Three channels that declare 8 posts a week, and a calendar of five posts over six weeks of a year. */
  const sample = plan`
    period: {start: 2027-01-01, end: 2027-12-31}
    channels:
      - platform: instagram
        posts_per_week: 4
      - platform: facebook
        posts_per_week: 3
      - platform: linkedin
        posts_per_week: 1
    content:
      calendar:
        - {date: 2027-01-04, channel: instagram, type: educational}
        - {date: 2027-01-11, channel: instagram, type: educational}
        - {date: 2027-01-20, channel: facebook, type: promotional}
        - {date: 2027-02-01, channel: instagram, type: educational}
        - {date: 2027-02-12, channel: instagram, type: educational}
  `;

  it('gives one note for all channels, not a warning per channel', () => {
    const found = findingsOf(lint(sample), 'calendar/cadence');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', pointer: '/content/calendar' });
    expect(found[0].message).toContain('`facebook` 1 post (declares 3 a week)');
    expect(found[0].message).toContain('`linkedin` 0 posts (declares 1 a week)');
  });

  it('says "1 post" and "about one every N weeks", never "1 posts" or "(0 a week)"', () => {
    const long = plan`
      channels:
        - platform: facebook
          posts_per_week: 3
      content:
        calendar:
          - {date: 2027-01-04, channel: facebook, type: educational}
          - {date: 2027-03-01, channel: instagram, type: educational}
    `;
    const [f] = findingsOf(lint(long), 'calendar/cadence');
    expect(f.message).toBe('the calendar plans 1 post on `facebook` over 8.1 weeks (about one every 8 weeks), but the channel declares 3 a week');
  });
});

/** One Facebook post about `topic`. */
const topic = (text: string, key = 'topic') =>
  `content:\n  calendar:\n    - date: 2027-01-11\n      channel: facebook\n      type: educational\n      ${key}: "${text}"\n`;

ruleTester('calendar/medication-advice', {
  valid: [
    { name: 'general education without doses', yaml: topic('When a fever needs a doctor, and who to call at night') },
    { name: 'a low-dose CT is not a medication dose', yaml: topic('Lung cancer screening: who qualifies and what a low-dose CT feels like') },
    { name: 'advice never to change a dose on your own', yaml: topic('Never stop taking your blood-pressure pills without asking your doctor') },
    { name: 'a Swedish post about when to seek care', yaml: topic('Vinterkräksjukan: så vet du när du behöver söka vård') },
  ],
  invalid: [
    {
      name: 'probe: a dose by weight in a post topic',
      yaml: topic('Fever? Give children 10 mg/kg of ibuprofen every 6 hours'),
      findings: [
        {
          pointer: '/content/calendar/0/topic',
          severity: 'warning',
          message: 'calendar entry 1 (2027-01-11, facebook) gives medication dosing or instructions (its topic gives an amount in mg)',
          at: /^topic:/,
        },
      ],
    },
    {
      name: 'an instruction to stop or double a medicine, in the draft copy',
      yaml: topic('Feeling better? You can stop taking your antibiotics early', 'copy'),
      findings: [{ pointer: '/content/calendar/0/copy', message: 'its copy says `stop taking`' }],
    },
    {
      name: 'French dosing',
      yaml: topic("Posologie du paracétamol chez l'enfant"),
      findings: [{ pointer: '/content/calendar/0/topic', message: '`posologie`' }],
    },
    {
      name: 'Spanish: double the dose',
      yaml: topic('Si olvida una toma, puede doblar la dosis'),
      findings: [{ pointer: '/content/calendar/0/topic', message: '`doblar la dosis`' }],
    },
    {
      name: 'Romanian tablets',
      yaml: topic('Luați 2 comprimate de ibuprofen la febră'),
      findings: [{ pointer: '/content/calendar/0/topic', message: 'comprimate' }],
    },
  ],
  notApplicable: [
    { name: 'no calendar', yaml: 'content:\n  pillars: [vaccines]\n', reason: 'the plan has no calendar entries' },
    {
      name: 'a pharma plan is judged by the fda/ rules',
      yaml: 'organization: {name: Calderon, type: pharma, jurisdictions: [US]}\n' + topic('Take 20 mg once daily'),
      reason: 'fda/ rules',
    },
  ],
});

describe('a calendar of key posts across the period (blind calibration: plans list milestones, not every post)', () => {
  /** Facebook at 4 a week and seven dated milestones spread over a year. */
  const milestones = plan`
    period: {start: 2027-01-01, end: 2027-12-31}
    channels:
      - platform: facebook
        posts_per_week: 4
    content:
      calendar:
        - {date: 2027-02-10, channel: facebook, type: educational}
        - {date: 2027-04-14, channel: facebook, type: event}
        - {date: 2027-06-09, channel: facebook, type: educational}
        - {date: 2027-08-18, channel: facebook, type: educational}
        - {date: 2027-10-01, channel: facebook, type: promotional}
        - {date: 2027-10-15, channel: facebook, type: event}
        - {date: 2027-11-05, channel: facebook, type: educational}
  `;

  it('gets one note from each calendar rule, no warning per gap or per channel', () => {
    const r = lint(milestones);
    const cadence = findingsOf(r, 'calendar/cadence');
    expect(cadence).toHaveLength(1);
    expect(cadence[0]).toMatchObject({ severity: 'info', pointer: '/content/calendar' });
    expect(cadence[0].message).toContain('the calendar lists 7 posts over 38.4 weeks, where the channels declare about 154: it is read as a list of key posts');
    const coverage = findingsOf(r, 'calendar/coverage');
    expect(coverage.filter((f) => f.severity === 'warning')).toEqual([]);
    expect(coverage.map((f) => f.message)).toContain(
      'the calendar lists 7 key posts where the channels declare about 154 over its span, so the gaps between them are not reported',
    );
  });

  it('a calendar with half the declared posts is still checked gap by gap', () => {
    const weekly = Array.from(
      { length: 26 },
      (_, k) => `        - {date: ${new Date(Date.UTC(2027, 0, 4 + 14 * k)).toISOString().slice(0, 10)}, channel: facebook, type: educational}`,
    );
    weekly.splice(10, 4); // an eight-week hole in the middle
    const r = lint(
      `period: {start: 2027-01-01, end: 2027-12-31}\nchannels:\n  - platform: facebook\n    posts_per_week: 1\ncontent:\n  calendar:\n${weekly.join('\n').replace(/^ {6}/gm, '  ')}\n`,
    );
    expect(
      findingsOf(r, 'calendar/coverage')
        .filter((f) => f.severity === 'warning')
        .map((f) => f.message),
    ).toEqual([expect.stringContaining('no post is planned for 70 days')]);
  });
});

describe('a long calendar with a silence is not mistaken for a list of key posts', () => {
  it('29 posts ten days apart at 4 a week declared, with a summer silence: the gap is a warning', () => {
    const dates: string[] = [];
    for (let d = Date.UTC(2027, 0, 4); d <= Date.UTC(2027, 11, 27); d += 10 * 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      if (iso < '2027-06-20' || iso > '2027-08-22') dates.push(iso);
    }
    expect(dates.length).toBeGreaterThan(12);
    const yaml = `period: {start: 2027-01-01, end: 2027-12-31}\nchannels:\n  - platform: facebook\n    posts_per_week: 4\ncontent:\n  calendar:\n${dates.map((d) => `    - {date: ${d}, channel: facebook, type: educational}`).join('\n')}\n`;
    const warnings = findingsOf(lint(yaml), 'calendar/coverage').filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.message)).toEqual([expect.stringMatching(/^no post is planned for 80 days, between 2027-06-13 and 2027-09-01/)]);
  });
});
