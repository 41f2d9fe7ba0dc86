// Tracking and marketing vendors: which of them sign a HIPAA Business Associate Agreement (BAA)
// for the product a plan names, and which are advertising platforms. Each fact names its source
// (the vendor's own statement, or a secondary source where marked `S`) and the date it was read.
// Rules match a vendor by its aliases: lower-case words or phrases found as whole words in the
// plan's text (no regular expressions from data). A knowledge file may replace the list
// (`regulations.vendors`).
import type { LawSource } from './regulations.js';
import { fold } from './words.js';

export interface VendorFact {
  id: string;
  /** How messages name the vendor and product, e.g. "Meta (pixel, Conversions API, SDK)". */
  name: string;
  /** Lower-case words or phrases that name it in a plan (matched as whole words). */
  aliases: string[];
  /**
   * Whether the vendor signs a BAA for this product: `never` (it states it does not, or offers
   * none), `signs` (it offers one), `some-products` (only for named plans or products).
   */
  baa: 'never' | 'signs' | 'some-products';
  /** An advertising platform: data sent to it is used for ad targeting and measurement. */
  adPlatform: boolean;
  /** A tracking technology (pixel, SDK, analytics, tag manager, session replay, call tracking). */
  tracking: boolean;
  /** What a finding may add, e.g. "Meta's Business Tools Terms forbid sending it health information". */
  note?: string;
  source: string;
  /** Date the source was read (ISO). */
  as_of: string;
  /** V: read in the vendor's own text; S: from a secondary source (re-check). */
  confidence: 'V' | 'S';
}

export const VENDOR_SOURCES: LawSource[] = [
  {
    id: 'vendor-meta',
    kind: 'vendor',
    jurisdiction: '*',
    title:
      'Meta Business Tools Terms: advertisers must not send Meta information that includes health data (sensitive information); Meta offers no Business Associate Agreement for the Meta Pixel, Conversions API or SDK',
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://www.facebook.com/legal/businesstech',
  },
  {
    id: 'vendor-google-analytics',
    kind: 'vendor',
    jurisdiction: '*',
    title:
      'Google Analytics Help, "HIPAA and Google Analytics": Google makes no representation that Google Analytics satisfies HIPAA and does not offer Business Associate Agreements for it; customers must not use it with PHI',
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://support.google.com/analytics/answer/13297105',
  },
  {
    id: 'vendor-google-ads',
    kind: 'vendor',
    jurisdiction: '*',
    title:
      "Google Ads personalized advertising policy (health in personalized advertising) and Google's HIPAA BAA scope (Google Cloud and Workspace services only, not Google Ads or the Google tag)",
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://support.google.com/adspolicy/answer/143465',
  },
  {
    id: 'vendor-ad-pixels',
    kind: 'vendor',
    jurisdiction: '*',
    title:
      "Advertising platforms' business terms (TikTok, LinkedIn, X, Snap, Pinterest, Reddit): no sensitive health data to be sent; none offers a HIPAA Business Associate Agreement for its pixel, Insight Tag or events API (secondary sources, re-check)",
    date: '2024',
    as_of: '2024-06-01',
  },
  {
    id: 'vendor-session-replay',
    kind: 'vendor',
    jurisdiction: '*',
    title: 'Hotjar and Microsoft Clarity: session-replay and heat-map tools offered without a HIPAA Business Associate Agreement (secondary sources, re-check)',
    date: '2024',
    as_of: '2024-06-01',
  },
  {
    id: 'vendor-baa-signers',
    kind: 'vendor',
    jurisdiction: '*',
    title:
      "Vendors that state they sign a BAA for healthcare customers: Freshpaint (server-side tagging), Piwik PRO (analytics, HIPAA offering), Tealium (customer data platform), Salesforce (Health Cloud and named Marketing Cloud services), CallRail (with its HIPAA plan), Birdeye (review management) (vendors' own pages, re-check before relying on them)",
    date: '2024',
    as_of: '2024-06-01',
  },
];

const adPixel = { baa: 'never', adPlatform: true, tracking: true, source: 'vendor-ad-pixels', as_of: '2024-06-01', confidence: 'S' } as const;

export const VENDORS: VendorFact[] = [
  {
    id: 'meta',
    name: 'Meta (pixel, Conversions API, SDK)',
    aliases: ['meta pixel', 'facebook pixel', 'meta sdk', 'facebook sdk', 'conversions api', 'capi', 'meta', 'facebook', 'instagram'],
    baa: 'never',
    adPlatform: true,
    tracking: true,
    note: 'Meta does not sign BAAs, and its Business Tools Terms forbid sending it health information',
    source: 'vendor-meta',
    as_of: '2024-06-01',
    confidence: 'V',
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    aliases: ['google analytics', 'ga4', 'universal analytics', 'gtag'],
    baa: 'never',
    adPlatform: false,
    tracking: true,
    note: 'Google does not offer a BAA for Google Analytics and says it must not be used with PHI',
    source: 'vendor-google-analytics',
    as_of: '2024-06-01',
    confidence: 'V',
  },
  {
    id: 'google-ads',
    name: 'Google Ads and the Google tag',
    aliases: ['google ads', 'adwords', 'google tag manager', 'google tag', 'floodlight', 'doubleclick', 'campaign manager 360'],
    baa: 'never',
    adPlatform: true,
    tracking: true,
    note: "Google's BAA covers Google Cloud and Workspace services, not Google Ads or the Google tag",
    source: 'vendor-google-ads',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  { id: 'tiktok', name: 'TikTok (pixel, Events API, SDK)', aliases: ['tiktok pixel', 'tiktok events api', 'tiktok sdk', 'tiktok'], ...adPixel },
  { id: 'linkedin', name: 'LinkedIn Insight Tag', aliases: ['linkedin insight tag', 'insight tag', 'linkedin'], ...adPixel },
  { id: 'x', name: 'X (Twitter) pixel', aliases: ['twitter pixel', 'x pixel', 'twitter'], ...adPixel },
  { id: 'snap', name: 'Snap Pixel', aliases: ['snap pixel', 'snapchat pixel', 'snapchat'], ...adPixel },
  { id: 'pinterest', name: 'Pinterest Tag', aliases: ['pinterest tag', 'pinterest'], ...adPixel },
  { id: 'reddit', name: 'Reddit Pixel', aliases: ['reddit pixel'], ...adPixel },
  {
    id: 'hotjar',
    name: 'Hotjar',
    aliases: ['hotjar'],
    baa: 'never',
    adPlatform: false,
    tracking: true,
    source: 'vendor-session-replay',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'clarity',
    name: 'Microsoft Clarity',
    aliases: ['microsoft clarity'],
    baa: 'never',
    adPlatform: false,
    tracking: true,
    source: 'vendor-session-replay',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'freshpaint',
    name: 'Freshpaint',
    aliases: ['freshpaint'],
    baa: 'signs',
    adPlatform: false,
    tracking: true,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'piwik-pro',
    name: 'Piwik PRO',
    aliases: ['piwik pro', 'piwik'],
    baa: 'signs',
    adPlatform: false,
    tracking: true,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'tealium',
    name: 'Tealium',
    aliases: ['tealium'],
    baa: 'signs',
    adPlatform: false,
    tracking: true,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    aliases: ['salesforce', 'health cloud', 'marketing cloud'],
    baa: 'some-products',
    adPlatform: false,
    tracking: false,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'callrail',
    name: 'CallRail',
    aliases: ['callrail'],
    baa: 'some-products',
    adPlatform: false,
    tracking: true,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
  {
    id: 'birdeye',
    name: 'Birdeye',
    aliases: ['birdeye'],
    baa: 'signs',
    adPlatform: false,
    tracking: false,
    source: 'vendor-baa-signers',
    as_of: '2024-06-01',
    confidence: 'S',
  },
];

/** Text folded for alias matching, as the word lists fold it ("Meta-Pixel" matches "meta pixel"). */
export function foldText(text: string): string {
  return fold(text);
}

/** Whether folded text holds `phrase` (already folded) as whole words. */
export function hasPhrase(folded: string, phrase: string): boolean {
  const p = foldText(phrase);
  if (p === '') return false;
  let i = folded.indexOf(p);
  while (i >= 0) {
    const before = i === 0 || folded[i - 1] === ' ';
    const end = i + p.length;
    const after = end === folded.length || folded[end] === ' ';
    if (before && after) return true;
    i = folded.indexOf(p, i + 1);
  }
  return false;
}

/** The vendors a text names (by alias, whole words), in list order. */
export function vendorsIn(text: unknown, list: readonly VendorFact[] = VENDORS): VendorFact[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const folded = foldText(text);
  return list.filter((v) => v.aliases.some((a) => hasPhrase(folded, a)));
}
