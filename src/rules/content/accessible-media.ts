import { defineRule, entryName, finding, items, pointer } from '../helpers.js';

const IMAGE_FORMATS = ['image', 'carousel', 'infographic'];
const VIDEO_FORMATS = ['video', 'reel', 'short-video', 'long-video', 'story', 'live'];
const VIDEO_PLATFORMS = ['youtube', 'tiktok'];

const article = (format: string) => (/^[aeio]/.test(format) ? `an ${format}` : `a ${format}`);

export const rule = defineRule({
  meta: {
    id: 'content/accessible-media',
    category: 'content',
    severity: 'warning',
    weight: 0.5,
    description: "Calendar entries with images declare alt text and entries with video declare captions; an entry's `format` says which it carries.",
    rationale:
      'People who use screen readers cannot see an image without alt text, and people who are deaf or watch muted cannot follow a ' +
      'video without captions. WCAG 2.1 AA (1.1.1 non-text content, 1.2.2 captions) is the bar, and the HHS Section 504 rule of 2024 ' +
      'requires it of health providers that receive federal funds. The source articles ask for visual content on visual platforms; it must be accessible. ' +
      "An entry that states its `format` is judged by it: an image needs alt text, a video captions, a text or link post neither. Without a format, the channel's platform and formats decide.",
    source:
      'WCAG 2.1 AA, success criteria 1.1.1 and 1.2.2; 45 CFR 84.84 (HHS Section 504 final rule, as of 2024-05-09); ' +
      '"Hur man utvecklar en strategi för sociala medier för marknadsföring inom hälso- och sjukvården" [How to develop a social media strategy for healthcare marketing], step 5; "Click, Like, Retweet: Healthcare Reputation Online", section on visual content',
    fix: 'Give the entry its `format`, and set `alt_text: true` on images and `captions: true` on video (and produce them).',
    examples: {
      fail: 'channels:\n  - platform: instagram\n    formats: [reel]\ncontent:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram\n      type: educational\n      alt_text: false',
      pass: 'channels:\n  - platform: instagram\n    formats: [reel]\ncontent:\n  calendar:\n    - date: 2027-01-11\n      channel: instagram\n      type: educational\n      format: reel\n      captions: true',
    },
  },
  notApplicable(plan) {
    return items(plan.content?.calendar).length === 0 ? 'the plan has no calendar entries' : undefined;
  },
  check(plan, ctx) {
    const out = [];
    const channels = new Map<string, string[]>();
    for (const [c] of items(plan.channels)) {
      if (typeof c.platform === 'string') channels.set(c.platform, [...(channels.get(c.platform) ?? []), ...(Array.isArray(c.formats) ? c.formats : [])]);
    }
    for (const [e, i] of items(plan.content?.calendar)) {
      const at = pointer('content', 'calendar', i);
      const name = entryName(e, i);
      if (typeof e.format === 'string') {
        // The entry says what it carries: only that is asked for.
        const image = IMAGE_FORMATS.includes(e.format);
        const video = VIDEO_FORMATS.includes(e.format);
        if (image && e.alt_text === false) out.push(finding(at + '/alt_text', `${name} is ${article(e.format)} without alt text (\`alt_text: false\`)`));
        else if (image && e.alt_text === undefined) out.push(finding(at, `${name} is ${article(e.format)} but does not declare \`alt_text\``));
        if (video && e.captions === false) out.push(finding(at + '/captions', `${name} is ${article(e.format)} without captions (\`captions: false\`)`));
        else if (video && e.captions === undefined) out.push(finding(at, `${name} is ${article(e.format)} but does not declare \`captions\``));
        continue;
      }
      if (typeof e.channel !== 'string') continue;
      const formats = channels.get(e.channel) ?? [];
      const visualFirst = ctx.knowledge.platforms[e.channel]?.visualFirst === true;
      const videoPlatform = VIDEO_PLATFORMS.includes(e.channel);
      const hasVideoFormat = formats.some((f) => VIDEO_FORMATS.includes(f));
      const hasImageFormat = formats.some((f) => IMAGE_FORMATS.includes(f));
      // "certain": the platform is visual-first (images) or video-first, or a visual-first channel that publishes video.
      const alt = visualFirst ? 'certain' : hasImageFormat || hasVideoFormat ? 'possible' : undefined;
      const captions = videoPlatform || (visualFirst && hasVideoFormat) ? 'certain' : hasVideoFormat ? 'possible' : undefined;
      if (alt && e.alt_text === false) out.push(finding(at + '/alt_text', `${name} has no alt text for its images (\`alt_text: false\`)`));
      if (captions && e.captions === false) out.push(finding(at + '/captions', `${name} has no captions for its video (\`captions: false\`)`));
      const missing: string[] = [];
      let certain = false;
      if (alt && e.alt_text === undefined) {
        missing.push('`alt_text`');
        certain ||= alt === 'certain';
      }
      if (captions && e.captions === undefined) {
        missing.push('`captions`');
        certain ||= captions === 'certain';
      }
      if (missing.length) {
        out.push(
          finding(
            at,
            `${name} does not declare ${missing.join(' or ')}${certain ? '' : ' (the channel publishes images or video)'}`,
            certain ? {} : { severity: 'info' },
          ),
        );
      }
    }
    return out;
  },
});
