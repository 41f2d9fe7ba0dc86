// Platform advertising policies on health ads: which platforms forbid or restrict ads for
// prescription drugs, addiction treatment, weight loss and telehealth prescribing of controlled
// substances. Platform policy, not law: breaking it gets ads rejected and accounts restricted.
// Each entry names its source and the date it was read; policies change often, so `strategy-lint
// rules --stale` lists old ones. A knowledge file may replace the list (`regulations.adPolicies`).
import type { LawSource } from './regulations.js';

/** What an organisation advertises that platforms police. */
export type AdCategory = 'prescription-drugs' | 'addiction-treatment' | 'weight-loss' | 'telehealth-controlled-substances';

export interface AdPolicy {
  /** The platform as plans name it (channels[].platform), e.g. `tiktok`. */
  platform: string;
  category: AdCategory;
  /** `prohibited`: no such ads; `certification`: only with a certification (e.g. LegitScript) or prior approval; `restricted`: allowed with conditions (age 18+, no before-and-after). */
  status: 'prohibited' | 'certification' | 'restricted';
  /** One line for a finding, e.g. "TikTok does not allow prescription drug ads". */
  rule: string;
  source: string;
  as_of: string;
  confidence: 'V' | 'S';
}

export const AD_POLICY_SOURCES: LawSource[] = [
  {
    id: 'policy-tiktok',
    kind: 'platform-policy',
    jurisdiction: '*',
    title:
      'TikTok Advertising Policies, healthcare and pharmaceuticals: prescription drugs are prohibited, including in branded creator content; weight management ads restricted to adults, no before-and-after imagery',
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://ads.tiktok.com/help/article/tiktok-advertising-policies-industry-entry',
  },
  {
    id: 'policy-meta',
    kind: 'platform-policy',
    jurisdiction: '*',
    title:
      "Meta Advertising Standards: prescription drug ads only with Meta's prior written permission (and LegitScript certification for online pharmacies and telehealth that prescribe); drug and alcohol addiction treatment ads require LegitScript certification; weight loss ads restricted to people 18+, no before-and-after images",
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://transparency.meta.com/policies/ad-standards/',
  },
  {
    id: 'policy-google',
    kind: 'platform-policy',
    jurisdiction: '*',
    title:
      'Google Ads Healthcare and medicines policy (YouTube ads included): prescription drug ads only by certified advertisers in the US, Canada and New Zealand; addiction services and online pharmacies need LegitScript certification',
    date: '2024',
    as_of: '2024-06-01',
    url: 'https://support.google.com/adspolicy/answer/176031',
  },
];

const tiktok = { platform: 'tiktok', source: 'policy-tiktok', as_of: '2024-06-01' } as const;
const meta = (platform: string) => ({ platform, source: 'policy-meta', as_of: '2024-06-01' }) as const;
const google = { platform: 'youtube', source: 'policy-google', as_of: '2024-06-01' } as const;

export const AD_POLICIES: AdPolicy[] = [
  {
    ...tiktok,
    category: 'prescription-drugs',
    status: 'prohibited',
    rule: 'TikTok does not allow prescription drug ads, branded creator content included',
    confidence: 'S',
  },
  {
    ...tiktok,
    category: 'telehealth-controlled-substances',
    status: 'prohibited',
    rule: 'TikTok does not allow ads for prescription drugs, which covers telehealth prescribing of controlled substances',
    confidence: 'S',
  },
  {
    ...tiktok,
    category: 'weight-loss',
    status: 'restricted',
    rule: 'TikTok restricts weight management ads to adults and forbids before-and-after imagery',
    confidence: 'S',
  },
  ...['facebook', 'instagram', 'threads'].flatMap((p): AdPolicy[] => [
    {
      ...meta(p),
      category: 'prescription-drugs',
      status: 'certification',
      rule: 'Meta accepts prescription drug ads only with its prior written permission',
      confidence: 'S',
    },
    {
      ...meta(p),
      category: 'addiction-treatment',
      status: 'certification',
      rule: 'Meta accepts addiction treatment ads only from LegitScript-certified advertisers',
      confidence: 'S',
    },
    {
      ...meta(p),
      category: 'telehealth-controlled-substances',
      status: 'certification',
      rule: 'Meta accepts ads for online prescribing only from LegitScript-certified advertisers',
      confidence: 'S',
    },
    {
      ...meta(p),
      category: 'weight-loss',
      status: 'restricted',
      rule: 'Meta restricts weight loss ads to people 18 and over and forbids before-and-after images',
      confidence: 'S',
    },
  ]),
  {
    ...google,
    category: 'prescription-drugs',
    status: 'certification',
    rule: 'Google (YouTube) accepts prescription drug ads only from certified advertisers in the US, Canada and New Zealand',
    confidence: 'S',
  },
  {
    ...google,
    category: 'addiction-treatment',
    status: 'certification',
    rule: 'Google (YouTube) accepts addiction treatment ads only from LegitScript-certified advertisers',
    confidence: 'S',
  },
];
