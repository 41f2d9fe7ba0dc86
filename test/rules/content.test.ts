// The content/ rules (category content): pillars, voice, mix, sources, plain language,
// repurposing and accessible media.
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap, withPlan } from '../rule-tester.js';
import { findingsOf, lint } from '../helpers.js';

/** The example plan's content section, without its calendar. */
const content = plan`
  content:
    pillars: [vaccines explained, sleep and feeding]
    voice: [warm, plain-spoken]
    mix: {educational: 60, community: 20, promotional: 20}
    sources_policy: Every medical claim links to the AAP, CDC or a peer-reviewed source
    plain_language: true
    repurposing: Each monthly video becomes a reel, a carousel and a Facebook post, reformatted per platform
`;
/** A content section with only a repurposing statement. */
const repurposing = (text: string) => `content:\n  repurposing: ${text}\n`;

ruleTester('content/section', {
  valid: [{ name: 'a content section', yaml: content }],
  invalid: [
    {
      name: 'no content section is one error, at the top',
      yaml: 'channels:\n  - platform: instagram\n',
      findings: [{ pointer: '/content', severity: 'error', message: 'the plan has no `content` section', line: 1, column: 1 }],
    },
    {
      name: 'an empty section counts as missing',
      yaml: 'content:\n  pillars: []\n',
      findings: [{ pointer: '/content', message: 'the plan has no `content` section' }],
    },
  ],
});

describe('content/section and the detail rules', () => {
  it('a plan without a content section: the detail rules are skipped and the content category scores 0', () => {
    const r = lint(withPlan((p) => delete p.content));
    expect(findingsOf(r, 'content/section')).toHaveLength(1);
    expect(r.rules.find((x) => x.ruleId === 'content/pillars-voice')!.status).toBe('skipped');
    expect(r.categories.find((c) => c.id === 'content')!.score).toBe(0);
  });
});

ruleTester('content/pillars-voice', {
  valid: [{ name: 'pillars and voice', yaml: content }],
  invalid: [
    {
      name: 'missing pillars and an empty voice',
      yaml: swap(content, '  pillars: [vaccines explained, sleep and feeding]\n', '').replace('voice: [warm, plain-spoken]', 'voice: []'),
      findings: [
        { pointer: '/content/pillars', severity: 'warning', message: 'declares no pillars', at: 'content:' },
        { pointer: '/content/voice', severity: 'warning', message: 'declares no voice', at: 'voice: []' },
      ],
    },
  ],
  notApplicable: [
    { name: 'no content section', yaml: 'channels:\n  - platform: instagram\n', reason: 'the plan has no `content` section; content/section reports it once' },
  ],
});

ruleTester('content/mix', {
  valid: [
    { name: 'a mix that adds up to 100', yaml: content },
    { name: 'a sum within the tolerance', yaml: 'content:\n  mix: {educational: 61, community: 20, promotional: 20}\n' },
  ],
  invalid: [
    {
      name: 'a mix that does not add up to 100',
      yaml: 'content:\n  mix: {educational: 50, promotional: 30}\n',
      findings: [{ pointer: '/content/mix', severity: 'warning', message: 'adds up to 80 percent', at: /^mix:/ }],
    },
    {
      name: 'no mix',
      yaml: 'content:\n  pillars: [vaccines explained]\n',
      findings: [{ pointer: '/content/mix', severity: 'warning', message: 'declares no mix' }],
    },
    {
      name: 'the tolerance option',
      options: { tolerance: 0 },
      yaml: 'content:\n  mix: {educational: 61, community: 20, promotional: 20}\n',
      findings: [{ pointer: '/content/mix', message: 'adds up to 101 percent' }],
    },
  ],
  notApplicable: [{ name: 'no content section', yaml: 'why: Parents look for advice online first\n', reason: 'content/section reports it once' }],
});

/** A content section whose calendar has `n` promotional posts. */
const promotions = (n: number) =>
  'content:\n  calendar:\n' +
  Array.from({ length: n }, (_, d) => `    - date: 2027-02-${String(d + 1).padStart(2, '0')}\n      channel: facebook\n      type: promotional\n`).join('');

ruleTester('content/self-promotion', {
  valid: [{ name: 'a mix with 20 percent promotion', yaml: content }],
  invalid: [
    {
      name: 'a mix that is mostly promotional, at the promotional key',
      yaml: 'content:\n  mix:\n    educational: 40\n    promotional: 60\n',
      findings: [{ pointer: '/content/mix/promotional', severity: 'warning', message: 'promotional content is 60 percent of the mix', at: 'promotional: 60' }],
    },
    {
      name: 'without a mix, a calendar of ten or more entries is judged',
      yaml: promotions(10),
      findings: [{ pointer: '/content/calendar', severity: 'warning', message: '10 of 10 calendar entries (100 percent) are promotional' }],
    },
    {
      name: 'the maxPromotionalPercent and promotionalTypes options',
      options: { maxPromotionalPercent: 10, promotionalTypes: ['events'] },
      yaml: 'content:\n  mix: {educational: 80, events: 20}\n',
      findings: [{ pointer: '/content/mix/events', message: 'promotional content is 20 percent of the mix (more than 10 percent)' }],
    },
  ],
  notApplicable: [
    { name: 'no mix and too short a calendar to judge', yaml: promotions(9), reason: 'the plan has no content mix and too short a calendar to judge' },
    { name: 'the minCalendarEntries option', options: { minCalendarEntries: 11 }, yaml: promotions(10), reason: 'too short a calendar' },
  ],
});

ruleTester('content/sources-policy', {
  valid: [{ name: 'a sources policy', yaml: content }],
  invalid: [
    {
      name: 'no sources policy is an error, located at the section',
      yaml: swap(content, '  sources_policy: Every medical claim links to the AAP, CDC or a peer-reviewed source\n', ''),
      findings: [{ pointer: '/content/sources_policy', severity: 'error', message: 'no sources or fact-checking policy', at: 'content:' }],
    },
  ],
  notApplicable: [{ name: 'no content section', yaml: 'why: Parents look for advice online first\n', reason: 'content/section reports it once' }],
});

ruleTester('content/plain-language', {
  valid: [{ name: 'plain_language: true', yaml: content }],
  invalid: [
    {
      name: 'plain_language: false is a warning at the key',
      yaml: swap(content, 'plain_language: true', 'plain_language: false'),
      findings: [{ pointer: '/content/plain_language', severity: 'warning', message: '`plain_language: false`', at: 'plain_language: false' }],
    },
    {
      name: 'not saying is a warning too',
      yaml: swap(content, '  plain_language: true\n', ''),
      findings: [{ pointer: '/content/plain_language', severity: 'warning', message: 'does not say whether content is written in plain language' }],
    },
  ],
  notApplicable: [{ name: 'no content section', yaml: 'why: Parents look for advice online first\n', reason: 'content/section reports it once' }],
});

/** Two channels: something to repurpose across. */
const TWO_CHANNELS = 'channels:\n  - platform: instagram\n  - platform: facebook\n';

ruleTester('content/repurposing', {
  valid: [
    { name: 'each piece reformatted per platform', yaml: TWO_CHANNELS + content },
    { name: 'a negated copy is not caught', yaml: TWO_CHANNELS + repurposing('We never copy the same post to every platform; each is reformatted') },
    {
      name: 'Swedish text that adapts per channel',
      yaml: TWO_CHANNELS + repurposing('Varje film klipps om till reel för Instagram; texten skrivs om för varje kanal'),
    },
    {
      name: 'Romanian text that adapts per channel',
      yaml: TWO_CHANNELS + repurposing('Filmele lunare devin reels pe Instagram și clipuri pătrate pe Facebook'),
    },
  ],
  invalid: [
    {
      name: 'English text that copies the same post everywhere is a warning',
      yaml: TWO_CHANNELS + repurposing('We publish the same post on every channel to save time'),
      findings: [{ pointer: '/content/repurposing', severity: 'warning', message: 'reads as the same post copied to every platform', at: /^repurposing:/ }],
    },
    {
      name: 'copy and paste wording is caught',
      yaml: TWO_CHANNELS + repurposing('Copy and paste the blog intro to all platforms'),
      findings: [{ pointer: '/content/repurposing', message: 'reads as the same post copied' }],
    },
    {
      name: '"same post everywhere" is caught',
      yaml: TWO_CHANNELS + repurposing('same post everywhere'),
      findings: [{ pointer: '/content/repurposing', message: 'reads as the same post copied' }],
    },
    {
      name: '"same reel on Instagram, TikTok and Facebook" is caught',
      yaml: TWO_CHANNELS + repurposing('Same reel on Instagram, TikTok and Facebook'),
      findings: [{ pointer: '/content/repurposing', message: '(it says `same reel…`)' }],
    },
    {
      name: 'Swedish, French and Spanish copies are read too',
      yaml: TWO_CHANNELS + repurposing('Samma inlägg publiceras på alla kanaler'),
      findings: [{ pointer: '/content/repurposing', message: '(it says `samma inlägg`)' }],
    },
    {
      name: 'French: reposted as is',
      yaml: TWO_CHANNELS + repurposing('Chaque reel Instagram est republié tel quel sur TikTok et Facebook'),
      findings: [{ pointer: '/content/repurposing', message: '(it says `tel quel`)' }],
    },
    {
      name: 'Spanish: without changes',
      yaml: TWO_CHANNELS + repurposing('Publicamos el mismo vídeo sin cambios en todas las redes'),
      findings: [{ pointer: '/content/repurposing', message: 'reads as the same post copied' }],
    },
    {
      name: 'repurposing: false is a warning',
      yaml: TWO_CHANNELS + 'content:\n  repurposing: false\n',
      findings: [{ pointer: '/content/repurposing', severity: 'warning', message: '`repurposing: false`' }],
    },
    {
      name: 'a missing field is information',
      yaml: TWO_CHANNELS + 'content:\n  pillars: [vaccines explained]\n',
      findings: [{ pointer: '/content/repurposing', severity: 'info', message: 'does not say how content is repurposed' }],
    },
  ],
  notApplicable: [
    { name: 'no content section', yaml: 'why: Parents look for advice online first\n', reason: 'content/section reports it once' },
    {
      name: 'a one-channel plan is not told to repurpose',
      yaml: 'channels:\n  - platform: facebook\ncontent:\n  pillars: [clinic days]\n',
      reason: 'the plan publishes on one channel: there is nothing to repurpose across',
    },
  ],
});

/** Instagram (reels and carousels) and Facebook (images and short video), and a calendar on both. */
const media = plan`
  channels:
    - platform: instagram
      formats: [reel, carousel]
    - platform: facebook
      formats: [image, short-video]
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
        alt_text: true
        captions: true
      - date: 2027-01-14
        channel: facebook
        type: promotional
        alt_text: true
        captions: true
      - date: 2027-01-20
        channel: instagram
        type: patient-story
        alt_text: true
        captions: true
`;

ruleTester('content/accessible-media', {
  valid: [
    { name: 'every entry declares alt text and captions', yaml: media },
    {
      name: 'a video entry needs captions, not alt text (alt_text: false is fine there)',
      yaml: swap(media, '      type: educational\n      alt_text: true\n', '      type: educational\n      format: reel\n      alt_text: false\n'),
    },
    {
      name: 'a text or link post needs neither',
      yaml: swap(media, '      type: promotional\n      alt_text: true\n      captions: true\n', '      type: promotional\n      format: link\n'),
    },
  ],
  invalid: [
    {
      name: 'an undeclared entry on a channel that publishes images or video is information',
      yaml: swap(media, '      type: promotional\n      alt_text: true\n      captions: true\n', '      type: promotional\n'),
      findings: [
        { pointer: '/content/calendar/1', severity: 'info', message: 'does not declare `alt_text` or `captions` (the channel publishes images or video)' },
      ],
    },
    {
      name: 'alt_text: false on a visual-first channel is a warning at the key',
      yaml: swap(media, 'alt_text: true', 'alt_text: false'),
      findings: [{ pointer: '/content/calendar/0/alt_text', severity: 'warning', message: 'has no alt text for its images', at: 'alt_text: false' }],
    },
    {
      name: 'an Instagram entry of a reel channel without captions declared is a warning at the entry',
      yaml: swap(media, '      type: patient-story\n      alt_text: true\n      captions: true\n', '      type: patient-story\n      alt_text: true\n'),
      findings: [
        {
          pointer: '/content/calendar/2',
          severity: 'warning',
          message: /^calendar entry 3 \(2027-01-20, instagram\) does not declare `captions`$/,
          at: /^date: 2027-01-20/,
        },
      ],
    },
    {
      name: 'the entry format decides: a video without captions, an image without alt text',
      yaml: swap(
        swap(
          media,
          '      type: educational\n      alt_text: true\n      captions: true\n',
          '      type: educational\n      format: video\n      captions: false\n',
        ),
        '      type: promotional\n      alt_text: true\n      captions: true\n',
        '      type: promotional\n      format: image\n',
      ),
      findings: [
        {
          pointer: '/content/calendar/0/captions',
          severity: 'warning',
          message: 'calendar entry 1 (2027-01-11, instagram) is a video without captions',
          at: 'captions: false',
        },
        { pointer: '/content/calendar/1', severity: 'warning', message: 'calendar entry 2 (2027-01-14, facebook) is an image but does not declare `alt_text`' },
      ],
    },
  ],
  notApplicable: [{ name: 'no calendar', yaml: content, reason: 'the plan has no calendar entries' }],
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
