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
      findings: [{ pointer: '/content/calendar/0/channel', severity: 'error', suggestion: 'instagram', message: 'did you mean `instagram`', at: 'channel: instagam' }],
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
      findings: [{ pointer: '/content/calendar', severity: 'info', message: 'the calendar plans posts from 2027-01-11 to 2027-01-20, 10 of the 365 days of the period' }],
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
    { name: 'no calendar at all is a warning', yaml: 'content:\n  pillars: [vaccines explained]\n', findings: [{ pointer: '/content/calendar', severity: 'warning', message: 'no editorial calendar' }] },
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
      findings: [{ pointer: '/channels/0/posts_per_week', severity: 'warning', message: 'the calendar plans 3 posts on `instagram` over 5.9 weeks', at: 'posts_per_week: 4' }],
    },
    {
      name: 'the tolerance option',
      options: { tolerance: 0.1 },
      yaml: rhythm(1, ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']),
      findings: [{ pointer: '/channels/0/posts_per_week', message: 'the calendar plans 5 posts' }],
    },
  ],
  notApplicable: [
    { name: 'a calendar that spans less than four weeks (a sample)', yaml: calendar, reason: 'the calendar spans 1.4 weeks, fewer than 4: it is treated as a sample' },
    { name: 'the minWeeks option', options: { minWeeks: 6 }, yaml: rhythm(4, ['2027-01-11', '2027-01-20', '2027-02-20']), reason: 'fewer than 6' },
    { name: 'no dated entries', yaml: 'content:\n  calendar:\n    - channel: instagram\n', reason: 'the plan has no dated calendar entries' },
  ],
});
