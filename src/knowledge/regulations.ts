// Regulatory facts the compliance rules consult. Every fact names its source: an id in
// REGULATION_SOURCES, which carries the instrument and section, its kind (law, guidance, case,
// platform policy…), the date of the text read (`as_of`) and its address. A rule's `meta.laws`
// lists the sources it applies; `strategy-lint rules` prints them with their dates and
// `strategy-lint rules --stale [YEARS]` lists those older than YEARS. `regulations` in a knowledge
// file replaces a section (see load.ts). The vendor, platform-policy and disclosure-label data
// live in their own files (vendors.ts, ad-policies.ts, disclosures.ts) and are sections here.
import type { KnowledgeSource } from '../types.js';
import { AD_POLICIES, AD_POLICY_SOURCES, type AdPolicy } from './ad-policies.js';
import { DISCLOSURE_LABELS, DISCLOSURE_SOURCES, type DisclosureLabels } from './disclosures.js';
import { VENDORS, VENDOR_SOURCES, type VendorFact } from './vendors.js';

/**
 * What a source is: `law` (statute, regulation, directive), `guidance` (an authority's
 * non-binding reading), `case` (a court decision), `enforcement` (settlements, penalties),
 * `self-regulation` (an industry code), `platform-policy` (a platform's terms), `vendor` (a
 * vendor's statement about its product), `practice` (professional practice, no legal force).
 */
export type SourceKind = 'law' | 'guidance' | 'case' | 'enforcement' | 'self-regulation' | 'platform-policy' | 'vendor' | 'practice';

/** A source of regulatory facts: a KnowledgeSource with its kind, jurisdiction and `as_of` date. */
export interface LawSource extends KnowledgeSource {
  as_of: string;
  kind: SourceKind;
  /** Where it binds: `US`, `US-WA`, `EU`, `FR`, `GB`, … (`*` for a platform's worldwide policy). */
  jurisdiction: string;
}

const ECFR = 'https://www.ecfr.gov/current/title-';

export const LAW_SOURCES: LawSource[] = [
  // ---- United States: HIPAA
  {
    id: 'hipaa-164-502a',
    kind: 'law',
    jurisdiction: 'US',
    title: 'HIPAA Privacy Rule, 45 CFR 164.502(a): protected health information may be used or disclosed only as the Privacy Rule permits',
    date: '2013-01 (Omnibus Rule text, current in eCFR)',
    as_of: '2013-01-25',
    url: `${ECFR}45/section-164.502`,
  },
  {
    id: 'hipaa-164-508',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'HIPAA Privacy Rule, 45 CFR 164.501 and 164.508(a)(3), (b)(3)-(4), (c): marketing needs a written authorization with the required elements, not combined with another document and not a condition of care',
    date: '2013-01',
    as_of: '2013-01-25',
    url: `${ECFR}45/section-164.508`,
  },
  {
    id: 'hipaa-164-502e',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'HIPAA Privacy Rule, 45 CFR 164.502(e) and 164.504(e): a business associate that creates, receives or transmits PHI needs a Business Associate Agreement',
    date: '2013-01',
    as_of: '2013-01-25',
    url: `${ECFR}45/section-164.504`,
  },
  {
    id: 'hipaa-164-514',
    kind: 'law',
    jurisdiction: 'US',
    title: 'HIPAA Privacy Rule, 45 CFR 164.514(b)(2)(i): the 18 Safe Harbor de-identification identifiers',
    date: '2013-01 (Omnibus Rule text, current in eCFR)',
    as_of: '2013-01-25',
    url: `${ECFR}45/section-164.514`,
  },
  {
    id: 'ocr-tracking',
    kind: 'guidance',
    jurisdiction: 'US',
    title:
      'HHS OCR bulletin "Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates" (Dec 2022, updated 18 Mar 2024): guidance, not law; tracking on authenticated pages (portals), in apps and on pages where people enter their details (booking, intake forms) discloses PHI',
    date: '2024-03-18',
    as_of: '2024-03-18',
    url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/hipaa-online-tracking/index.html',
  },
  {
    id: 'aha-v-becerra',
    kind: 'case',
    jurisdiction: 'US',
    title:
      'American Hospital Association v. Becerra, No. 4:23-cv-01110-P (N.D. Tex. 20 June 2024): vacated the bulletin\'s "proscribed combination" (an IP address plus a visit to an unauthenticated public page about a condition is not PHI); HHS did not appeal',
    date: '2024-06-20',
    as_of: '2024-08-19',
  },
  {
    id: 'ocr-reviews',
    kind: 'enforcement',
    jurisdiction: 'US',
    title:
      'HHS OCR enforcement on replies to online reviews (Elite Dental 10 K USD 2019, New Vision Dental 23 K USD 2022, Manasa Health Center 30 K USD 2023): "Social media is not the place for providers to discuss a patient\'s care"',
    date: '2019-2023',
    as_of: '2023-02-01',
    url: 'https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html',
  },
  {
    id: 'ocr-filming',
    kind: 'enforcement',
    jurisdiction: 'US',
    title:
      "HHS OCR resolution agreements on filming patients without authorization: NewYork-Presbyterian Hospital, 2.2 M USD (April 2016; a TV crew filmed patients, one of them dying, for a documentary series); Boston Medical Center, Brigham and Women's and Massachusetts General, 999 K USD (September 2018)",
    date: '2016-04 and 2018-09',
    as_of: '2018-09-20',
    url: 'https://www.hhs.gov/hipaa/for-professionals/compliance-enforcement/agreements/index.html',
  },
  // ---- United States: FTC
  {
    id: 'ftc-act-5',
    kind: 'law',
    jurisdiction: 'US',
    title:
      "FTC Act s.5, 15 U.S.C. 45(a): unfair or deceptive acts or practices, including sharing consumers' health information with advertising platforms without their affirmative express consent",
    date: '15 U.S.C. 45 as in force in 2024',
    as_of: '2024-04-15',
    url: 'https://www.law.cornell.edu/uscode/text/15/45',
  },
  {
    id: 'ftc-health-cases',
    kind: 'enforcement',
    jurisdiction: 'US',
    title:
      'FTC orders on health data sent to advertising platforms: GoodRx (Feb 2023, 1.5 M USD), BetterHelp (Mar 2023, 7.8 M USD), Premom / Easy Healthcare (May 2023), Cerebral (Apr 2024, 7 M USD), Monument (Apr 2024)',
    date: '2023-02 to 2024-04',
    as_of: '2024-04-15',
    url: 'https://www.ftc.gov/business-guidance/privacy-security/health-privacy',
  },
  {
    id: 'ftc-hbnr',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'FTC Health Breach Notification Rule, 16 CFR 318, as amended (89 FR 47028, in force 29 July 2024): vendors of personal health records (health apps, connected devices) outside HIPAA; an unauthorized disclosure, such as sending health data to an ad platform without authorization, is a breach of security (318.2) that must be notified to the people affected and the FTC (318.3-318.5)',
    date: '2024-07-29',
    as_of: '2024-07-29',
    url: `${ECFR}16/part-318`,
  },
  {
    id: 'ftc-255',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR 255 (revised, 88 FR 48092, in force 26 July 2023): 255.5 a material connection is disclosed clearly and conspicuously; 255.2(b) a testimonial about results conveys that they are typical unless the generally expected results are stated (interpretive guides, enforced under FTC Act s.5)',
    date: '2023-07-26',
    as_of: '2023-07-26',
    url: `${ECFR}16/part-255`,
  },
  {
    id: 'ftc-disclosures-101',
    kind: 'guidance',
    jurisdiction: 'US',
    title:
      'FTC, "Disclosures 101 for Social Media Influencers" (guidance): put the disclosure where it is hard to miss, not among hashtags or links; do not use "sp", "spon", "collab" or a stand-alone "thanks" or "ambassador"',
    date: '2019-11 (revised 2023)',
    as_of: '2023-06-30',
    url: 'https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers',
  },
  {
    id: 'ftc-465',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'FTC Trade Regulation Rule on the Use of Consumer Reviews and Testimonials, 16 CFR 465 (89 FR 68034, in force 21 October 2024): 465.4 no compensation or incentive conditioned on the review expressing a particular sentiment; 465.7 no review suppression by threats or intimidation, and no misrepresenting displayed reviews when negative ones are suppressed; civil penalties',
    date: '2024-10-21',
    as_of: '2024-10-21',
    url: `${ECFR}16/part-465`,
  },
  // ---- United States: FDA
  {
    id: 'fda-202-1',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'FDA, 21 CFR 202.1(e)(5): prescription drug advertising presents a fair balance of risk and benefit information; 202.1(e)(2)(i): no reminder advertisement for a drug with a boxed warning; 21 U.S.C. 352(n)',
    date: 'eCFR text as of 2024',
    as_of: '2024-01-01',
    url: `${ECFR}21/section-202.1`,
  },
  {
    id: 'fda-2014-character-limits',
    kind: 'guidance',
    jurisdiction: 'US',
    title:
      'FDA draft guidance (not binding), "Internet/Social Media Platforms with Character Space Limitations: Presenting Risk and Benefit Information for Prescription Drugs and Medical Devices": benefit and most serious risks in the same post, plus a link to fuller risk information',
    date: '2014-06',
    as_of: '2014-06-17',
  },
  {
    id: 'fda-adverse-events',
    kind: 'law',
    jurisdiction: 'US',
    title:
      'Postmarketing safety reporting, 21 CFR 314.80 (drugs), 600.80 (biologics) and 803 (medical device reports): an adverse event the company learns of from any source, its own social-media channels included, is evaluated and reported',
    date: 'eCFR text as of 2024',
    as_of: '2024-01-01',
    url: `${ECFR}21/section-314.80`,
  },
  {
    id: 'fda-2253',
    kind: 'law',
    jurisdiction: 'US',
    title:
      '21 CFR 314.81(b)(3)(i) and 601.12(f)(4): promotional labeling and advertisements are submitted to FDA on Form FDA 2253 at the time of initial dissemination or publication',
    date: 'eCFR text as of 2024',
    as_of: '2024-01-01',
    url: `${ECFR}21/section-314.81`,
  },
  {
    id: 'fda-intended-use',
    kind: 'law',
    jurisdiction: 'US',
    title:
      '21 CFR 201.128 (drugs) and 801.4 (devices), 21 U.S.C. 331(a) and 352(f): promoting a use the product is not approved or cleared for (off-label promotion, including to an age group outside the label) misbrands it',
    date: 'eCFR text as of 2024',
    as_of: '2024-01-01',
    url: `${ECFR}21/section-201.128`,
  },
  {
    id: 'fda-trial-recruitment',
    kind: 'law',
    jurisdiction: 'US',
    title:
      '21 CFR 312.7(a): no representation that an investigational drug is safe or effective for the use under investigation; 21 CFR 50.20 and 56.111 with FDA guidance "Recruiting Study Subjects" (guidance): recruitment ads are part of informed consent, reviewed by the IRB, and make no claims of cure, safety or benefit',
    date: 'eCFR text as of 2024; guidance of 1998, current',
    as_of: '2024-01-01',
    url: `${ECFR}21/section-312.7`,
  },
  {
    id: 'phrma-dtc',
    kind: 'self-regulation',
    jurisdiction: 'US',
    title:
      'PhRMA Guiding Principles on Direct to Consumer Advertisements About Prescription Medicines (revised 2018) and industry medical, legal and regulatory (MLR) review practice: practice, not law',
    date: '2018-10',
    as_of: '2018-10-15',
    url: 'https://phrma.org/resource-center/Topics/Direct-to-Consumer-Advertising/PhRMA-Guiding-Principles-Direct-to-Consumer-Advertisements-about-Prescription-Medicines',
  },
  // ---- United States: state consumer health data laws
  {
    id: 'rcw-19-373',
    kind: 'law',
    jurisdiction: 'US-WA',
    title:
      'Washington My Health My Data Act, RCW 19.373 (in force 31 March 2024; the geofencing ban since 23 July 2023): consent to collect except what is necessary for the requested service and a separate consent to share (19.373.030), acceptance of general terms is not consent (19.373.010), a consumer health data privacy policy (19.373.020), a signed authorization to sell (19.373.070), no geofence within 2,000 feet of in-person care (19.373.080); private right of action (19.373.090). PHI under HIPAA is exempt, other data of covered entities is not',
    date: '2024-03-31',
    as_of: '2024-03-31',
    url: 'https://app.leg.wa.gov/RCW/default.aspx?cite=19.373',
  },
  {
    id: 'nv-sb-370',
    kind: 'law',
    jurisdiction: 'US-NV',
    title:
      'Nevada SB 370 (2023), NRS 603A.400 et seq. (in force 31 March 2024): a consumer health data privacy policy, consent to collect and a separate consent to share, a written authorization to sell, no geofence within 1,750 feet of a health care provider or facility (any person); entities subject to HIPAA are exempt from all but the geofencing ban; enforced by the Attorney General',
    date: '2024-03-31',
    as_of: '2024-03-31',
    url: 'https://www.leg.state.nv.us/Session/82nd2023/Bills/SB/SB370_EN.pdf',
  },
  {
    id: 'ct-pa-23-56',
    kind: 'law',
    jurisdiction: 'US-CT',
    title:
      'Connecticut Public Act 23-56 (SB 3), consumer health data provisions of the Connecticut Data Privacy Act, Conn. Gen. Stat. 42-515 et seq. (in force 1 July 2023): consent to process and to sell consumer health data, no geofence within 1,750 feet of a mental health or reproductive or sexual health facility (any person); PHI under HIPAA is excluded; enforced by the Attorney General',
    date: '2023-07-01',
    as_of: '2023-07-01',
    url: 'https://www.cga.ct.gov/2023/ACT/PA/PDF/2023PA-00056-R00SB-00003-PA.PDF',
  },
  // ---- European Union and EEA
  {
    id: 'gdpr-art9',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      'Regulation (EU) 2016/679 (GDPR), Art. 6, 7(1) and 9(1)-(2)(a): health data is a special category; marketing with it rests on explicit consent for specified purposes that the controller can show',
    date: '2016-04-27 (applies from 2018-05-25)',
    as_of: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  {
    id: 'gdpr-art28',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      'Regulation (EU) 2016/679 (GDPR), Art. 28(3): processing by a processor (an agency, a booking system, an inbox tool) is governed by a contract with the required terms, the EU counterpart of a BAA',
    date: '2016-04-27',
    as_of: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  {
    id: 'gdpr-art37',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      'Regulation (EU) 2016/679 (GDPR), Art. 37-39: a data protection officer when core activities process health data at large scale; contact details published (Art. 37(7))',
    date: '2016-04-27',
    as_of: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  {
    id: 'eea-gdpr',
    kind: 'law',
    jurisdiction: 'EU',
    title: 'EEA Joint Committee Decision 154/2018: the GDPR applies in Iceland, Liechtenstein and Norway',
    date: '2018-07-06',
    as_of: '2018-07-06',
  },
  {
    id: 'eu-members',
    kind: 'law',
    jurisdiction: 'EU',
    title: 'European Union member states (27 since 2020-02-01); ISO 3166-1 alpha-2 codes, with EL for Greece as the EU writes it',
    date: '2020-02-01',
    as_of: '2020-02-01',
    url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  },
  {
    id: 'eprivacy-5-3',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      "Directive 2002/58/EC (ePrivacy), Art. 5(3), as amended by Directive 2009/136/EC: storing or reading information on a user's device (cookies, pixels, SDKs) needs prior consent unless strictly necessary; national laws: France, loi n° 78-17 Informatique et Libertés art. 82 (CNIL guidelines of 17 September 2020); Sweden, lag (2022:482) om elektronisk kommunikation 9 kap. 28 §; Romania, Legea nr. 506/2004 art. 4 alin. (5); Spain, Ley 34/2002 (LSSI) art. 22.2",
    date: '2009-11-25',
    as_of: '2022-06-22',
    url: 'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
  },
  {
    id: 'eu-ucpd',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      "Directive 2005/29/EC (Unfair Commercial Practices), as amended by Directive (EU) 2019/2161: Annex I point 11 (paid content presented as editorial), points 23b-23c (misrepresenting consumer reviews, commissioning false reviews); national laws such as Romania's Legea nr. 363/2007 and Sweden's marknadsföringslagen (2008:486) 9 §",
    date: '2005-05-11 (as amended 2019-11-27)',
    as_of: '2022-05-28',
    url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  },
  {
    id: 'eu-2001-83',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      "Directive 2001/83/EC (Community code relating to medicinal products for human use), Art. 88(1): no advertising of prescription-only medicines to the general public (France: Code de la santé publique art. L.5122-6); Art. 104-107 and EMA Good Pharmacovigilance Practices Module VI (VI.B.1.1.4, reports from the internet and digital media; guidance): suspected adverse reactions from the company's own digital media are collected and assessed",
    date: '2001-11-06 (as amended)',
    as_of: '2012-07-21',
    url: 'https://eur-lex.europa.eu/eli/dir/2001/83/oj',
  },
  {
    id: 'eu-mdr',
    kind: 'law',
    jurisdiction: 'EU',
    title:
      'Regulation (EU) 2017/745 on medical devices (MDR), Art. 7 (no misleading claims) and Art. 87 (reporting of serious incidents; complaints feed vigilance)',
    date: '2017-04-05 (applies from 2021-05-26)',
    as_of: '2021-05-26',
    url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
  },
  // ---- France
  {
    id: 'fr-2023-451',
    kind: 'law',
    jurisdiction: 'FR',
    title:
      'Loi n° 2023-451 du 9 juin 2023 visant à encadrer l\'influence commerciale, as amended by ordonnance n° 2024-978 du 6 novembre 2024: art. 4 forbids influencer promotion of aesthetic procedures (Code de la santé publique L.6322-1) and of products or practices presented as substitutes for medical treatment; art. 5 requires the words "Publicité" or "Collaboration commerciale", clear, legible and identifiable',
    date: '2023-06-09 (amended 2024-11-06)',
    as_of: '2024-11-06',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185',
  },
  {
    id: 'fr-csp-l1110-4',
    kind: 'law',
    jurisdiction: 'FR',
    title:
      'Code de la santé publique art. L.1110-4 (secret médical) and Code pénal art. 226-13: a health professional or establishment may not reveal that a person is or was its patient, nor anything about their care, including in a reply to an online review',
    date: 'version in force on 2024-01-01',
    as_of: '2024-01-01',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043895798',
  },
  // ---- United Kingdom
  {
    id: 'uk-gdpr',
    kind: 'law',
    jurisdiction: 'GB',
    title:
      'UK GDPR (Regulation (EU) 2016/679 as retained in UK law) and the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025: Art. 9 and DPA 2018 Sch. 1 (health data), Art. 28 (processor contracts), Art. 37 (DPO)',
    date: '2025-06-19',
    as_of: '2025-06-19',
    url: 'https://www.legislation.gov.uk/eur/2016/679/contents',
  },
  {
    id: 'uk-pecr-6',
    kind: 'law',
    jurisdiction: 'GB',
    title:
      'Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 6: consent for cookies and similar technologies that are not strictly necessary; advertising pixels are not exempt',
    date: '2003 (as amended 2025)',
    as_of: '2025-06-19',
    url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/6',
  },
  {
    id: 'uk-cap',
    kind: 'self-regulation',
    jurisdiction: 'GB',
    title:
      'UK Code of Non-broadcast Advertising (CAP Code) rule 2.1 and the ASA "Influencers\' guide to making clear that ads are ads": an upfront "#ad" or "Ad"; "#sp", "#spon", "#collab" or a thank-you are not clear',
    date: '2023-02',
    as_of: '2023-02-01',
    url: 'https://www.asa.org.uk/resource/influencers-guide.html',
  },
  {
    id: 'uk-dmcc',
    kind: 'law',
    jurisdiction: 'GB',
    title:
      'Digital Markets, Competition and Consumers Act 2024, Schedule 20 (commercial practices always unfair; fake and incentivised reviews, in force 6 April 2025); Human Medicines Regulations 2012, reg. 284 (no advertising of prescription-only medicines to the public)',
    date: '2025-04-06',
    as_of: '2025-04-06',
    url: 'https://www.legislation.gov.uk/ukpga/2024/13/schedule/20',
  },
  // ---- self-regulation elsewhere
  {
    id: 'es-autocontrol',
    kind: 'self-regulation',
    jurisdiction: 'ES',
    title:
      'Spain: Código de conducta sobre el uso de influencers en la publicidad (Autocontrol and AEA, in force 1 January 2021) under Ley 13/2022 General de Comunicación Audiovisual art. 94: labels such as "publicidad", "publi", "patrocinado por", "en colaboración con"; "#sp" or "#colab" alone are not enough',
    date: '2021-01-01',
    as_of: '2024-05-01',
    url: 'https://www.autocontrol.es/wp-content/uploads/2020/10/codigo-de-conducta-publicidad-influencers.pdf',
  },
  {
    id: 'se-konsumentverket',
    kind: 'guidance',
    jurisdiction: 'SE',
    title:
      'Sweden: marknadsföringslagen (2008:486) 9 § and Konsumentverket\'s guidance on advertising in social media (guidance): mark it "reklam" or "annons" at the start; "samarbete" or "sponsrat" alone is not clear enough',
    date: '2023',
    as_of: '2023-01-01',
    url: 'https://www.konsumentverket.se/',
  },
  {
    id: 'ro-363-2007',
    kind: 'law',
    jurisdiction: 'RO',
    title:
      'Romania: Legea nr. 363/2007 privind combaterea practicilor incorecte ale comercianților, Anexa 1 pct. 11 (advertorial content must be identified as advertising, e.g. "publicitate")',
    date: '2007-12-21 (as amended)',
    as_of: '2023-01-01',
  },
  // ---- platform ad policies, vendor statements: see ad-policies.ts and vendors.ts
  ...AD_POLICY_SOURCES,
  ...VENDOR_SOURCES,
  ...DISCLOSURE_SOURCES,
  {
    id: 'platform-limits',
    kind: 'platform-policy',
    jurisdiction: '*',
    title: 'Platform help pages: a post on X holds 280 characters (non-Premium accounts), a Threads post 500',
    date: '2024',
    as_of: '2024-01-01',
  },
];

/** The regulatory sources as `strategy-lint rules` lists them (KnowledgeSource with `as_of`). */
export const REGULATION_SOURCES: LawSource[] = LAW_SOURCES;

/** The kinds of identifier of the HIPAA Safe Harbor method, in the order of 164.514(b)(2)(i). */
export type SafeHarborKind =
  | 'name'
  | 'geographic-subdivision'
  | 'date'
  | 'phone'
  | 'fax'
  | 'email'
  | 'ssn'
  | 'medical-record-number'
  | 'health-plan-number'
  | 'account-number'
  | 'license-number'
  | 'vehicle-identifier'
  | 'device-identifier'
  | 'url'
  | 'ip-address'
  | 'biometric'
  | 'photo'
  | 'other-unique-code';

/** A US state consumer health data law. */
export interface ConsumerHealthLaw {
  /** The state's code, e.g. `US-WA`. */
  code: string;
  /** How a message names the law, e.g. "Washington's My Health My Data Act (RCW 19.373)". */
  name: string;
  /** Short citations a finding uses for each obligation. */
  cite: { consent: string; terms: string; sale: string; policy: string; geofence: string };
  /** Geofence radius around care sites, in feet. */
  geofenceFeet: number;
  /** Which care sites the geofence ban protects (a phrase). */
  geofenceSites: string;
  /** The state exempts entities subject to HIPAA altogether (Nevada), not only PHI. */
  hipaaEntitiesExempt: boolean;
  /** In force since (ISO date); the geofencing ban may differ. */
  since: string;
  source: string;
}

export interface Regulations {
  /** Jurisdiction codes where the GDPR applies (EU member states, EEA states, and `EU` / `EEA` themselves). */
  euEea: { codes: string[]; source: string[] };
  /** Codes naming the United Kingdom, where the UK GDPR applies. */
  uk: { codes: string[]; source: string };
  /** Codes naming the United States: `US` itself and any `US-xx` subdivision. */
  us: { code: string; subdivisionPrefix: string; source: string };
  /** Calendar entry types that are patient content and need a written authorization / explicit consent. */
  patientContentTypes: { types: string[]; source: string[] };
  /** What brings an endorsement under the FTC Guides: budget categories and calendar entry types. */
  endorsements: { budgetCategories: string[]; calendarTypes: string[]; source: string[] };
  /** Organization types whose promotional posts are prescription drug or device promotion (FDA). */
  fda: { organizationTypes: string[]; deviceTypes: string[]; promotionalTypes: string[]; source: string[] };
  /** Character limits of platforms where risk information must fit in the post itself. */
  characterLimits: { values: Record<string, number>; source: string };
  /** Washington My Health My Data Act: the jurisdiction that triggers it and the geofence distance (kept for older knowledge files). */
  mhmda: { jurisdiction: string; geofenceFeet: number; source: string };
  /** The US state consumer health data laws (Washington, Nevada, Connecticut). */
  consumerHealth: { laws: ConsumerHealthLaw[]; source: string[] };
  /** Organization types presumed to be HIPAA covered entities in the US when `covered_entity` is not set. */
  hipaaPresumed: { organizationTypes: string[]; source: string };
  /** The 18 Safe Harbor identifier kinds, with the phrase a finding uses for each. */
  safeHarbor: { kinds: { kind: SafeHarborKind; label: string }[]; source: string };
  /** Tracking and marketing vendors: which sign a BAA (vendors.ts). */
  vendors: { list: VendorFact[]; source: string[] };
  /** Platform advertising policies on health ads (ad-policies.ts). */
  adPolicies: { list: AdPolicy[]; source: string[] };
  /** Adequate and ambiguous disclosure labels per jurisdiction (disclosures.ts). */
  disclosureLabels: { list: DisclosureLabels[]; source: string[] };
  sources: LawSource[];
}

export const REGULATIONS: Regulations = {
  euEea: {
    codes: [
      'EU',
      'EEA',
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'EL',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'LI',
      'NO',
    ],
    source: ['eu-members', 'eea-gdpr', 'gdpr-art9'],
  },
  uk: { codes: ['GB', 'UK'], source: 'uk-gdpr' },
  us: { code: 'US', subdivisionPrefix: 'US-', source: 'hipaa-164-502a' },
  patientContentTypes: { types: ['patient-story', 'testimonial'], source: ['hipaa-164-508', 'gdpr-art9'] },
  endorsements: { budgetCategories: ['influencers'], calendarTypes: ['influencer'], source: ['ftc-255', 'eu-ucpd', 'fr-2023-451'] },
  fda: { organizationTypes: ['pharma'], deviceTypes: ['medtech'], promotionalTypes: ['promotional'], source: ['fda-202-1', 'fda-2014-character-limits'] },
  characterLimits: { values: { x: 280, threads: 500 }, source: 'platform-limits' },
  mhmda: { jurisdiction: 'US-WA', geofenceFeet: 2000, source: 'rcw-19-373' },
  consumerHealth: {
    laws: [
      {
        code: 'US-WA',
        name: "Washington's My Health My Data Act",
        cite: { consent: 'RCW 19.373.030', terms: 'RCW 19.373.010', sale: 'RCW 19.373.070', policy: 'RCW 19.373.020', geofence: 'RCW 19.373.080' },
        geofenceFeet: 2000,
        geofenceSites: 'a site that provides in-person health care',
        hipaaEntitiesExempt: false,
        since: '2024-03-31',
        source: 'rcw-19-373',
      },
      {
        code: 'US-NV',
        name: "Nevada's consumer health data law (SB 370)",
        cite: {
          consent: 'NRS 603A (SB 370)',
          terms: 'NRS 603A (SB 370)',
          sale: 'NRS 603A (SB 370)',
          policy: 'NRS 603A (SB 370)',
          geofence: 'NRS 603A (SB 370)',
        },
        geofenceFeet: 1750,
        geofenceSites: 'a health care provider or facility',
        hipaaEntitiesExempt: true,
        since: '2024-03-31',
        source: 'nv-sb-370',
      },
      {
        code: 'US-CT',
        name: "Connecticut's consumer health data law (Public Act 23-56)",
        cite: {
          consent: 'Conn. Gen. Stat. 42-515 et seq. (PA 23-56)',
          terms: 'Conn. Gen. Stat. 42-515 (consent)',
          sale: 'PA 23-56',
          policy: 'Conn. Gen. Stat. 42-515 et seq. (privacy notice)',
          geofence: 'PA 23-56',
        },
        geofenceFeet: 1750,
        geofenceSites: 'a mental health facility or a reproductive or sexual health facility',
        hipaaEntitiesExempt: false,
        since: '2023-07-01',
        source: 'ct-pa-23-56',
      },
    ],
    source: ['rcw-19-373', 'nv-sb-370', 'ct-pa-23-56'],
  },
  hipaaPresumed: { organizationTypes: ['hospital', 'health-system', 'clinic', 'practice', 'dental', 'payer', 'public-health'], source: 'hipaa-164-502a' },
  safeHarbor: {
    kinds: [
      { kind: 'name', label: "a person's name" },
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
  vendors: { list: VENDORS, source: VENDOR_SOURCES.map((s) => s.id) },
  adPolicies: { list: AD_POLICIES, source: AD_POLICY_SOURCES.map((s) => s.id) },
  disclosureLabels: { list: DISCLOSURE_LABELS, source: [...new Set(DISCLOSURE_LABELS.flatMap((d) => d.source))] },
  sources: REGULATION_SOURCES,
};

/** A source by id (the knowledge base's, then the built-in ones). */
export function lawSource(id: string, sources: readonly KnowledgeSource[] = REGULATION_SOURCES): KnowledgeSource | undefined {
  return sources.find((s) => s.id === id) ?? REGULATION_SOURCES.find((s) => s.id === id);
}
