// Platform facts the rules consult. Each fact names its source (see SOURCES); a user can replace
// this data with a JSON file of the same shape (`knowledge` in the configuration, or --knowledge).
import type { Knowledge, KnowledgeSource, PlatformFacts } from '../types.js';

export const SOURCES: KnowledgeSource[] = [
  {
    id: 'pew-2025',
    title: 'Pew Research Center, "Americans\' Social Media Use", n=5,022',
    date: '2025-11',
    url: 'https://www.pewresearch.org/internet/fact-sheet/social-media/',
  },
  {
    id: 'pew-2023',
    title: 'Pew Research Center, social media fact sheet (LinkedIn, Pinterest, WhatsApp)',
    date: '2023-01',
    url: 'https://www.pewresearch.org/internet/fact-sheet/social-media/',
  },
  { id: 'pew-2021', title: 'Pew Research Center, LinkedIn use by education (51% of graduates)', date: '2021-04' },
  {
    id: 'pew-2021-area',
    title:
      'Pew Research Center, "Social Media Use in 2021" (n=1,502), use by community type: Facebook 70% urban, 70% suburban, 67% rural; YouTube 84%, 81%, 74% (as quoted by secondary sources; re-check against the report\'s appendix)',
    date: '2021-04',
    url: 'https://www.pewresearch.org/internet/2021/04/07/social-media-use-in-2021/',
  },
  {
    id: 'pew-2015-rural',
    title:
      'Pew Research Center, social media use by community type, 2015 (internet users, n=1,907): LinkedIn 30% urban, 26% suburban, 12% rural; Instagram 32%, 28%, 18% (as quoted by the Daily Yonder; the latest figures by community type found for these platforms)',
    date: '2015-08',
  },
  { id: 'healthlink-2020', title: "Healthlink Dimensions, physicians' preferred professional networks", date: '2020' },
  { id: 'coppa', title: 'COPPA (15 U.S.C. 6501-6506) and platform terms: accounts require age 13+', date: '2024' },
  { id: 'rivaliq-2024', title: 'Rival IQ, Social Media Industry Benchmark Report (engagement per post per follower)', date: '2024' },
  { id: 'socialinsider-2026', title: 'Socialinsider, social media benchmarks (TikTok engagement per view)', date: '2026' },
  {
    id: 'owned-channels',
    title:
      'strategy-lint decision, after "Click, Like, Retweet: Healthcare Reputation Online" (the website as home base; a blog shows you are a trusted source) and the ' +
      "source articles' advice that a blog suits long-form thought pieces: owned long-form channels (blog, newsletter, website) " +
      'can carry professional content for clinicians, referrers, job seekers and B2B audiences',
    date: '2026-11',
  },
  {
    id: 'source-articles',
    title:
      'The source articles of strategy-lint ("How to develop a social media strategy for healthcare marketing", "Social media in the healthcare industry: a complete guide", "What does it take to implement a strategic healthcare social media program?", "Click, Like, Retweet: Healthcare Reputation Online"): visual platforms need visuals; TikTok, Reels and Shorts are short video; YouTube is long form',
    date: '2015-2024',
  },
];

const visual = { visualFirst: true, source: 'source-articles' };
const teen = { minimumAge: 13 };

export const PLATFORMS: Record<string, PlatformFacts> = {
  youtube: {
    reach: { '18-29': 95, '30-49': 92, '50-64': 85, '65+': 64, source: 'pew-2025' },
    reachByArea: { urban: 84, suburban: 81, rural: 74, source: 'pew-2021-area' },
    ...teen,
    visualFirst: true,
    source: 'source-articles',
  },
  facebook: {
    reach: { '18-29': 68, '30-49': 80, '50-64': 74, '65+': 57, source: 'pew-2025' },
    reachByArea: { urban: 70, suburban: 70, rural: 67, source: 'pew-2021-area' },
    ...teen,
    engagementMedian: { value: 0.15, denominator: 'followers', source: 'rivaliq-2024' },
  },
  instagram: {
    reach: { '18-29': 80, '30-49': 62, '50-64': 40, '65+': 19, source: 'pew-2025' },
    reachByArea: { urban: 32, suburban: 28, rural: 18, source: 'pew-2015-rural' },
    ...teen,
    ...visual,
    engagementMedian: { value: 0.5, denominator: 'followers', source: 'rivaliq-2024' },
  },
  tiktok: {
    reach: { '18-29': 63, '30-49': 44, '50-64': 30, '65+': 12, source: 'pew-2025' },
    ...teen,
    ...visual,
    engagementMedian: { value: 5.7, denominator: 'views', source: 'socialinsider-2026' },
  },
  snapchat: { reach: { '18-29': 58, '30-49': 31, '50-64': 13, '65+': 4, source: 'pew-2025' }, ...teen, ...visual },
  reddit: { reach: { '18-29': 48, '30-49': 35, '50-64': 16, '65+': 6, source: 'pew-2025' }, ...teen },
  x: {
    reach: { '18-29': 33, '30-49': 25, '50-64': 16, '65+': 10, source: 'pew-2025' },
    ...teen,
    characterLimit: 280,
    engagementMedian: { value: 0.12, denominator: 'followers', source: 'rivaliq-2024' },
  },
  linkedin: {
    reach: { '18-29': 32, '30-49': 40, '50-64': 31, '65+': 12, source: 'pew-2023' },
    reachByArea: { urban: 30, suburban: 26, rural: 12, source: 'pew-2015-rural' },
    professional: true,
    source: 'pew-2021',
  },
  pinterest: { reach: { '18-29': 45, '30-49': 40, '50-64': 33, '65+': 21, source: 'pew-2023' }, ...visual },
  whatsapp: { reach: { '18-29': 32, '30-49': 38, '50-64': 29, '65+': 16, source: 'pew-2023' } },
  threads: { reach: { '18-29': 15, source: 'pew-2025' }, ...teen, characterLimit: 500 },
  nextdoor: {},
  blog: { professional: true, source: 'owned-channels' },
  newsletter: { professional: true, source: 'owned-channels' },
  website: { professional: true, source: 'owned-channels' },
  podcast: {},
  other: {},
};

export const DEFAULT_KNOWLEDGE: Knowledge = { platforms: PLATFORMS, sources: SOURCES };

/** Age bands of the reach data, with their bounds. */
export const AGE_BANDS: { band: '18-29' | '30-49' | '50-64' | '65+'; min: number; max: number }[] = [
  { band: '18-29', min: 18, max: 29 },
  { band: '30-49', min: 30, max: 49 },
  { band: '50-64', min: 50, max: 64 },
  { band: '65+', min: 65, max: 200 },
];

/**
 * Common names and abbreviations of platforms, lower-cased, mapped to the format's platform id.
 * Used for "did you mean" and by `--fix` (a platform value written as `Twitter` becomes `x`).
 */
export const PLATFORM_ALIASES: Record<string, string> = {
  twitter: 'x',
  'x.com': 'x',
  'twitter/x': 'x',
  'x/twitter': 'x',
  tweet: 'x',
  fb: 'facebook',
  meta: 'facebook',
  'facebook.com': 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  'instagram.com': 'instagram',
  li: 'linkedin',
  'linked-in': 'linkedin',
  'linked in': 'linkedin',
  yt: 'youtube',
  'you-tube': 'youtube',
  'you tube': 'youtube',
  tt: 'tiktok',
  'tik-tok': 'tiktok',
  'tik tok': 'tiktok',
  snap: 'snapchat',
  pin: 'pinterest',
  wa: 'whatsapp',
  'whats-app': 'whatsapp',
  email: 'newsletter',
  'e-mail': 'newsletter',
  web: 'website',
  site: 'website',
};

/** The platform id a value names (exact id in any case, or a known alias); undefined otherwise. */
export function canonicalPlatform(value: string, known: Iterable<string> = Object.keys(PLATFORMS)): string | undefined {
  const v = value.trim().toLowerCase();
  for (const k of known) if (k === v) return k;
  const alias = PLATFORM_ALIASES[v];
  return alias !== undefined && [...known].includes(alias) ? alias : undefined;
}
