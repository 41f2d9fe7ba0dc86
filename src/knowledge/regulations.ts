// Regulatory facts the compliance rules consult. Every fact names its source (an id in
// REGULATION_SOURCES, which carries the title, date and address). `strategy-lint rules` lists
// these sources next to the platform sources; `regulations` in a knowledge file replaces a fact.
import type { KnowledgeSource } from '../types.js';

export const REGULATION_SOURCES: KnowledgeSource[] = [
  { id: 'hipaa-164-514', title: 'HIPAA Privacy Rule, 45 CFR 164.514(b)(2)(i): the 18 Safe Harbor de-identification identifiers', date: '2013-01 (Omnibus Rule text, current in eCFR)', url: 'https://www.ecfr.gov/current/title-45/section-164.514' },
  { id: 'hipaa-164-508', title: 'HIPAA Privacy Rule, 45 CFR 164.501 and 164.508(a)(3), (c): marketing needs a written authorization with the required elements', date: '2013-01', url: 'https://www.ecfr.gov/current/title-45/section-164.508' },
  { id: 'hipaa-164-502e', title: 'HIPAA Privacy Rule, 45 CFR 164.502(e) and 164.504(e): business associates need a Business Associate Agreement', date: '2013-01', url: 'https://www.ecfr.gov/current/title-45/section-164.504' },
  { id: 'ocr-reviews', title: 'HHS OCR enforcement on replies to online reviews (Elite Dental 2019, New Vision Dental 2022, Manasa Health Center 2023): "Social media is not the place for providers to discuss a patient\'s care"', date: '2019-2023', url: 'https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html' },
  { id: 'ocr-tracking', title: 'HHS OCR bulletin, Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates (Dec 2022, updated Mar 2024; partly vacated by AHA v. Becerra, N.D. Tex., June 2024)', date: '2024-06', url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/hipaa-online-tracking/index.html' },
  { id: 'gdpr-art9', title: 'Regulation (EU) 2016/679 (GDPR), Art. 9(1) and 9(2)(a): health data is a special category; explicit consent for specified purposes', date: '2016-04-27 (applies from 2018-05-25)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
  { id: 'gdpr-art37', title: 'Regulation (EU) 2016/679 (GDPR), Art. 37-39: a data protection officer when core activities process health data at large scale; contact details published (Art. 37(7))', date: '2016-04-27', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
  { id: 'eea-gdpr', title: 'EEA Joint Committee Decision 154/2018: the GDPR applies in Iceland, Liechtenstein and Norway', date: '2018-07-06' },
  { id: 'eu-members', title: 'European Union member states (27 since 2020-02-01); ISO 3166-1 alpha-2 codes, with EL for Greece as the EU writes it', date: '2020-02-01', url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en' },
  { id: 'ftc-255', title: 'FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR 255 (revised; effective 2023-07-26): disclose material connections clearly and conspicuously', date: '2023-07-26', url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255' },
  { id: 'eu-ucpd', title: 'Directive 2005/29/EC (Unfair Commercial Practices), Annex I point 11: paid content presented as editorial without making the payment clear is always unfair', date: '2005-05-11 (as amended by Directive (EU) 2019/2161)', url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj' },
  { id: 'fda-202-1', title: 'FDA, 21 CFR 202.1(e)(5): prescription drug advertising must present a fair balance of risk and benefit information', date: '1969 (current eCFR text)', url: 'https://www.ecfr.gov/current/title-21/section-202.1' },
  { id: 'fda-2014-character-limits', title: 'FDA draft guidance, Internet/Social Media Platforms with Character Space Limitations: Presenting Risk and Benefit Information for Prescription Drugs and Medical Devices (benefit and risk in the same post, plus a link to fuller risk information)', date: '2014-06' },
  { id: 'eu-2001-83', title: 'Directive 2001/83/EC (Community code relating to medicinal products for human use), Art. 88(1): no advertising of prescription-only medicines to the general public', date: '2001-11-06', url: 'https://eur-lex.europa.eu/eli/dir/2001/83/oj' },
  { id: 'platform-limits', title: 'Platform help pages: a post on X holds 280 characters (non-Premium accounts), a Threads post 500', date: '2024' },
  { id: 'rcw-19-373', title: 'Washington My Health My Data Act, RCW 19.373 (in force 2024-03-31): opt-in consent to collect consumer health data, separate consent to share it, no geofence within 2,000 feet of an in-person health care site', date: '2024-03-31', url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.373' },
];

/** The kinds of identifier of the HIPAA Safe Harbor method, in the order of 164.514(b)(2)(i). */
export type SafeHarborKind =
  | 'name' | 'geographic-subdivision' | 'date' | 'phone' | 'fax' | 'email' | 'ssn' | 'medical-record-number'
  | 'health-plan-number' | 'account-number' | 'license-number' | 'vehicle-identifier' | 'device-identifier'
  | 'url' | 'ip-address' | 'biometric' | 'photo' | 'other-unique-code';

export interface Regulations {
  /** Jurisdiction codes where the GDPR applies (EU member states, EEA states, and `EU` / `EEA` themselves). */
  euEea: { codes: string[]; source: string[] };
  /** Codes naming the United States: `US` itself and any `US-xx` subdivision. */
  us: { code: string; subdivisionPrefix: string; source: string };
  /** Calendar entry types that are patient content and need a written authorization / explicit consent. */
  patientContentTypes: { types: string[]; source: string[] };
  /** What brings an endorsement under the FTC Guides: budget categories and calendar entry types. */
  endorsements: { budgetCategories: string[]; calendarTypes: string[]; source: string[] };
  /** Organization types whose promotional posts are prescription drug promotion (FDA). */
  fda: { organizationTypes: string[]; promotionalTypes: string[]; source: string[] };
  /** Character limits of platforms where risk information must fit in the post itself. */
  characterLimits: { values: Record<string, number>; source: string };
  /** Washington My Health My Data Act: the jurisdiction that triggers it and the geofence distance. */
  mhmda: { jurisdiction: string; geofenceFeet: number; source: string };
  /** The 18 Safe Harbor identifier kinds, with the phrase a finding uses for each. */
  safeHarbor: { kinds: { kind: SafeHarborKind; label: string }[]; source: string };
  sources: KnowledgeSource[];
}

export const REGULATIONS: Regulations = {
  euEea: {
    codes: [
      'EU', 'EEA',
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT',
      'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
      'IS', 'LI', 'NO',
    ],
    source: ['eu-members', 'eea-gdpr', 'gdpr-art9'],
  },
  us: { code: 'US', subdivisionPrefix: 'US-', source: 'hipaa-164-508' },
  patientContentTypes: { types: ['patient-story', 'testimonial'], source: ['hipaa-164-508', 'gdpr-art9'] },
  endorsements: { budgetCategories: ['influencers'], calendarTypes: ['influencer'], source: ['ftc-255', 'eu-ucpd'] },
  fda: { organizationTypes: ['pharma'], promotionalTypes: ['promotional'], source: ['fda-202-1', 'fda-2014-character-limits'] },
  characterLimits: { values: { x: 280, threads: 500 }, source: 'platform-limits' },
  mhmda: { jurisdiction: 'US-WA', geofenceFeet: 2000, source: 'rcw-19-373' },
  safeHarbor: {
    kinds: [
      { kind: 'name', label: 'a person\'s name' },
      { kind: 'geographic-subdivision', label: 'a street address' },
      { kind: 'date', label: 'a date of birth' },
      { kind: 'phone', label: 'a phone number' },
      { kind: 'fax', label: 'a fax number' },
      { kind: 'email', label: 'an email address' },
      { kind: 'ssn', label: 'a social security or national identity number' },
      { kind: 'medical-record-number', label: 'a medical record number' },
      { kind: 'health-plan-number', label: 'a health plan beneficiary number' },
      { kind: 'account-number', label: 'an account number' },
      { kind: 'license-number', label: 'a certificate or licence number' },
      { kind: 'vehicle-identifier', label: 'a vehicle identifier' },
      { kind: 'device-identifier', label: 'a device identifier' },
      { kind: 'url', label: 'a URL' },
      { kind: 'ip-address', label: 'an IP address' },
      { kind: 'biometric', label: 'a biometric identifier' },
      { kind: 'photo', label: 'a full-face photograph' },
      { kind: 'other-unique-code', label: 'another unique identifying code' },
    ],
    source: 'hipaa-164-514',
  },
  sources: REGULATION_SOURCES,
};
