// Shared types: the contract between the stages (load -> schema -> rules -> score -> report).
import type { Regulations } from './knowledge/regulations.js';
import type { WordAdditions } from './knowledge/words.js';

/**
 * How serious a finding is. `critical`: publishing the plan as written would break the law or put
 * patients at risk (it must stop publication); it fails the file and caps its score below 60; only
 * a configuration that names the rule lowers it (`max_severity` and presets do not), and a
 * suppression comment or the baseline hides it only with the report saying so. `error` fails the file; `warning` and
 * `info` cost score and fail nothing unless --fail-on / --max-warnings say so.
 */
export type Severity = 'critical' | 'error' | 'warning' | 'info';

/** Severities from the most to the least serious (report order, counts). */
export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'info'];

/** The cap critical findings put on a file's overall score (scoring model 2). */
export interface ScoreCap {
  /** The highest score the file could have with this many critical findings. */
  limit: number;
  /** Critical findings in the file. */
  critical: number;
  /** Points the cap took beyond the findings' own deductions (0 when the score was already lower). */
  lost: number;
}

/** The eight fixed scoring categories, in report order. */
export const CATEGORIES = ['goals', 'audience-fit', 'budget-roi', 'compliance', 'content', 'engagement', 'measurement', 'governance'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/**
 * The category of the format's own checks (`yaml/*`, `schema/*`, `suppression/*`): reported like
 * a rule's findings in every output, never scored (it is not one of the eight CATEGORIES).
 */
export const FORMAT_CATEGORY = 'format';
/** The category a finding carries: one of the eight scored categories, or `format`. */
export type FindingCategory = CategoryId | typeof FORMAT_CATEGORY;
/** Every category a finding can carry, in report order: the format's checks first. */
export const REPORT_CATEGORIES: readonly FindingCategory[] = [FORMAT_CATEGORY, ...CATEGORIES];

/** The value of a rule option. */
export type OptionValue = number | string | boolean | readonly string[];
/** A rule's option values by name, e.g. `{ warnAboveHours: number; infoAboveHours: number }`. */
export type RuleOptions = Record<string, OptionValue>;
/** The `type` a rule option declares for a value type (`string[]` for a list of text). */
export type OptionType<V> = V extends number
  ? 'number'
  : V extends string
    ? 'string'
    : V extends boolean
      ? 'boolean'
      : V extends readonly string[]
        ? 'string[]'
        : never;

/** A rule option: its type, default and what it does (docs, explain and config validation read it). */
export interface RuleOption<V extends OptionValue = OptionValue> {
  type: OptionType<V>;
  /** The value the engine gives the rule when the configuration does not set it (the only default). */
  default: V;
  description: string;
}

/** The `options` metadata of a rule whose option values are `O`: one declaration per option. */
export type OptionsMeta<O extends RuleOptions> = { [K in keyof O]: RuleOption<O[K]> };

/** Rule metadata: pure data, written once, read by the engine, docs, SARIF, `rules` and `explain`. */
export interface RuleMeta<O extends RuleOptions = RuleOptions> {
  /** `family/name`, e.g. `smart/time-bound`. */
  id: string;
  /** The scoring category; always the one of the rule's family (FAMILY_CATEGORY in src/rules/index.ts). */
  category: CategoryId;
  /** Default severity; configuration may override it. */
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters: the harm, the law (instrument and section) or the source article's advice it encodes. */
  rationale: string;
  /** What a reader can look up: an article by its title and step, a law by instrument and section. */
  source: string;
  /** One line: how to fix a finding (the default hint). */
  fix: string;
  /** Relative weight of the rule inside its category (default: 3 for error, 2 for warning, 1 for info rules). */
  /**
   * Some findings of the rule are critical (they stop publication) although its default severity is
   * lower: `explain`, the docs and the rules index say so. A test checks every rule that can return
   * a critical finding declares it.
   */
  mayBeCritical?: boolean;
  weight?: number;
  /**
   * Findings of this rule point at text that may be patient information: the engine blanks those
   * values in `FileReport.source`, so no output (code frame, snippet) can print them.
   */
  sensitive?: boolean;
  /**
   * The laws, regulations and guidance the rule applies: ids of the regulatory sources in the
   * knowledge base (REGULATION_SOURCES in src/knowledge/regulations.ts), each with its `as_of`
   * date. `strategy-lint rules` and the rule's page list them.
   */
  laws?: string[];
  /** The rule's options with their defaults; the engine passes their values as `context.options`. */
  options?: OptionsMeta<O>;
  /** YAML snippets for `explain` and the docs: one that triggers the rule and one that passes. */
  examples?: { fail: string; pass: string };
}

/**
 * Metadata of a check of the file format itself (`yaml/*`, `schema/*`, `suppression/*`): shaped
 * like a rule's, so docs, SARIF and `explain` treat it like one, but in category `format`, with no
 * weight and no options (it is never scored).
 */
export interface FormatCheckMeta extends Omit<RuleMeta, 'category' | 'weight' | 'options'> {
  category: typeof FORMAT_CATEGORY;
  weight?: undefined;
  options?: undefined;
}

/** Metadata of anything that reports findings: a rule or a check of the format. */
export type CheckMeta = RuleMeta | FormatCheckMeta;

/** What a rule returns: a location as a JSON Pointer into the plan, never a line number. */
export interface RuleFinding {
  pointer: string;
  message: string;
  /** Overrides the rule's default `fix` line for this finding. */
  hint?: string;
  /** Overrides the configured severity for this one finding (e.g. info above 4 h, warning above 24 h). */
  severity?: Severity;
  /** Candidate for a "did you mean" suggestion. */
  suggestion?: string;
  /** Where the finding is, for text outside the data (a comment, from `RuleContext.comments`); the pointer is then ''. */
  at?: { line: number; column: number };
  /**
   * The finding says the section its category judges is missing altogether (no goals, no content
   * section, ...): nothing in the category can be judged, so the category scores 0.
   */
  absent?: boolean;
}

export interface RuleContext<O extends RuleOptions = RuleOptions> {
  /** The rule's options: every declared option, its default merged with the configuration (by the engine, once). */
  options: Readonly<O>;
  /** The knowledge base (platform facts, regulations), possibly replaced by the user. */
  knowledge: Knowledge;
  /** Upper-cased jurisdictions declared by the plan (empty when none). */
  jurisdictions: string[];
  /** The plan's `# comments` with their line and column (text the data leaves out; made on first use). */
  comments?: () => readonly { line: number; column: number; text: string }[];
}

/** A rule; `O` types its options (see defineRule in src/rules/helpers.ts). */
export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta<O>;
  /**
   * Returns a reason when the rule does not apply to this plan (e.g. HIPAA for a Swedish clinic).
   * A rule that does not apply weighs nothing in the score and is listed as skipped.
   */
  notApplicable?(plan: Plan, context: RuleContext<O>): string | undefined;
  /**
   * Why the rule's law applies to this plan ("not a HIPAA covered entity, offers a health app"),
   * for rules whose applicability depends on the organisation and its audiences. The report shows
   * it as the reason of a rule that ran.
   */
  appliesBecause?(plan: Plan, context: RuleContext<O>): string | undefined;
  check(plan: Plan, context: RuleContext<O>): RuleFinding[];
}

/** A finding as the engine reports it: positions added, metadata attached. */
export interface Finding {
  ruleId: string;
  /** The rule's category, or `format` for the format's own checks. */
  category: FindingCategory;
  severity: Severity;
  message: string;
  hint?: string;
  suggestion?: string;
  pointer: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Doc reference of the rule (repository-relative path). */
  docs: string;
  /** Overall score points this finding cost (0 for findings outside the score). */
  cost: number;
  /** `strategy-lint --fix` repairs it (src/engine/fix.ts); absent when it does not. */
  fixable?: boolean;
}

export interface CategoryScore {
  id: CategoryId;
  /** 0-100, or null when no rule of the category applies. */
  score: number | null;
  weight: number;
}

export interface RuleResult {
  ruleId: string;
  category: CategoryId;
  status: 'passed' | 'failed' | 'skipped' | 'off';
  /** Why the rule was skipped; for a rule that ran, why its law applies to this plan (src/knowledge/applicability.ts). */
  reason?: string;
  /** The rule's weight inside its category. */
  weight: number;
  /** 0-1: 1 when the rule passed. */
  score: number;
  /** Overall points the rule lost. */
  cost: number;
}

export interface FileReport {
  path: string;
  /** null when the file could not be parsed or read. */
  score: number | null;
  /** Present when critical findings capped the score ("blocked by N critical findings"). */
  cap?: ScoreCap;
  /** Why the file fails the CI gate ("1 error", "score 55 is below the minimum of 60"); absent when it passes. */
  failures?: string[];
  grade: string | null;
  passed: boolean;
  categories: CategoryScore[];
  findings: Finding[];
  rules: RuleResult[];
  /**
   * Findings hidden by a suppression comment (`inline`, with its reason) or by the baseline.
   * They cost no score and fail nothing; SARIF may list them as suppressed results.
   */
  suppressed?: SuppressedFinding[];
  /** Source lines, kept only for code frames; never serialised. */
  source?: string;
}

export interface SuppressedFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  pointer: string;
  line: number;
  column: number;
  kind: 'inline' | 'baseline';
  /** The reason given after ` -- ` in the suppression comment. */
  reason?: string;
}

export interface Report {
  tool: { name: string; version: string };
  scoringModel: string;
  /** Metadata of every rule the run knows (rules and schema pseudo-rules), with its doc path: SARIF, HTML and docs read it. */
  rules: (CheckMeta & { docs: string })[];
  files: FileReport[];
}

// ---- The plan (format version 1). Everything is optional: a half-written plan must still be scored.
// Rules receive a copy in which values that failed schema validation were removed. These interfaces
// and schemas/strategy.schema.json describe the same properties: test/plan-types.test.ts compares them.

export interface Goal {
  id?: string;
  statement?: string;
  metric?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  deadline?: string;
  owner?: string;
  business_objective?: string;
  denominator?: string;
}
export interface Audience {
  id?: string;
  description?: string;
  role?: string;
  age?: [number, number];
  interests?: string[];
  active_hours?: string;
  insight_sources?: string[];
  /** Where the audience lives: platform use differs between towns and the countryside. */
  area?: string;
}
export interface Channel {
  platform?: string;
  handle?: string;
  audiences?: string[];
  goals?: string[];
  posts_per_week?: number;
  formats?: string[];
  verified?: boolean;
}
export interface BudgetLine {
  item?: string;
  category?: string;
  channel?: string;
  amount?: number;
  goals?: string[];
  kpi?: string;
  expected_return?: string | number;
}
export interface CalendarEntry {
  date?: string;
  channel?: string;
  topic?: string;
  type?: string;
  involves_patient?: boolean;
  consent_ref?: string | null;
  /** Format of the post (image, video, text, link, live, story, …): decides alt text or captions. */
  format?: string;
  /** The post is paid or boosted (an ad). */
  paid?: boolean;
  /** Draft text of the post, as it will be published. */
  copy?: string;
  alt_text?: boolean;
  captions?: boolean;
  /** An endorsement (influencer, sponsored or UGC post) discloses the material connection: yes or no, or the disclosure itself. */
  disclosure?: boolean | Disclosure;
  /** A promotional pharma post carries its risk information in the post itself. */
  risk_information?: boolean;
  /** The author has a material connection to the organisation (paid, gifted, employed). */
  material_connection?: boolean;
}
/** A disclosure of a material connection: its words and where in the post it appears. */
export interface Disclosure {
  label?: string;
  /** start, middle, end, among-hashtags, platform-label, on-screen, spoken or profile. */
  placement?: string;
}
/** A consent record behind patient content (compliance.consents[]); calendar entries name it by id in `consent_ref`. */
export interface ConsentRecord {
  id?: string;
  /** hipaa-authorization, gdpr-explicit-consent, media-release, treatment-consent, privacy-notice-acknowledgment, verbal, terms-of-service, other. */
  kind?: string;
  /** Where the patient agreed the content may be used: social-media, website, paid-ads, print, broadcast, email, other. */
  covers?: string[];
  signed?: string;
  /** An expiry date (YYYY-MM-DD) or event. */
  expires?: string;
  revocable?: boolean;
  /** A separate document, not a section of an admission, registration or treatment packet. */
  standalone?: boolean;
  /** Care, admission or registration depends on signing it. */
  condition_of_care?: boolean;
}
/** One tracking technology (compliance.tracking[]). */
export interface TrackingEntry {
  vendor?: string;
  /** pixel, sdk, conversions-api, analytics, tag-manager, server-side-tag, session-replay, chat-widget, call-tracking, other */
  technology?: string;
  /** Where it runs: public-info, condition-info, scheduling, portal, app, symptom-checker, patient-forms, payment, telehealth, other. */
  pages?: string[];
  /** What it sends (page-url, ip-address, device-id, events, form-fields, health-events, …). */
  data?: string[];
  /** The agreement with the vendor: baa, dpa (GDPR Art. 28), baa-and-dpa, none. */
  agreement?: string;
  /** The consent it runs under: prior-opt-in, opt-out, none, not-required. */
  consent?: string;
}
/** compliance.consumer_health_data (and the older compliance.washington_mhmda). */
export interface ConsumerHealthData {
  collection_consent?: string;
  sharing_consent?: string;
  /** Sale of consumer health data: none, signed-authorization, other. */
  sale?: string;
  /** URL of the consumer health data privacy policy. */
  privacy_policy?: string;
  geofencing?: string;
}
export interface Plan {
  version?: number;
  organization?: {
    name?: string;
    type?: string;
    jurisdictions?: string[];
    covered_entity?: boolean;
    /** Handles PHI on behalf of a HIPAA covered entity (HIPAA binds it through its BAAs). */
    business_associate?: boolean;
    /** Where the people the plan reaches live, when wider than `jurisdictions`: ISO codes (`US` = nationwide) or US state names. */
    audience_locations?: string[];
    /** What the organisation offers that brings particular laws into play (health-app, telehealth, prescription-drugs, aesthetic-procedures, …). */
    offers?: string[];
  };
  period?: { start?: string; end?: string };
  why?: string;
  governance?: {
    executive_sponsor?: string;
    owner?: string;
    team_fte?: number;
    agency?: string | null;
    approval_workflow?: string[];
  };
  goals?: Goal[];
  audiences?: Audience[];
  channels?: Channel[];
  budget?: { currency?: string; total?: number; period?: string; lines?: BudgetLine[] };
  content?: {
    pillars?: string[];
    voice?: string[];
    mix?: Record<string, number>;
    sources_policy?: string;
    plain_language?: boolean;
    repurposing?: boolean | string;
    calendar?: CalendarEntry[];
  };
  engagement?: {
    listening_tools?: string[];
    response_time_hours?: number;
    escalation?: string;
    moderation_policy?: string;
    crisis_plan?: string;
    medical_advice_disclaimer?: boolean;
  };
  measurement?: {
    review_cadence?: string;
    tools?: string[];
    kpis?: { metric?: string; goal?: string; source?: string }[];
  };
  compliance?: {
    hipaa?: {
      patient_content_consent?: string;
      consent_form?: string;
      dm_policy?: string;
      review_response_policy?: string;
      staff_training?: string;
      tracking_technologies?: string;
    };
    gdpr?: { lawful_basis_health_data?: string; dpo_contact?: string };
    /** Consent records for patient content, named by calendar entries' `consent_ref`. */
    consents?: ConsentRecord[];
    vendors?: { name?: string; handles_phi?: boolean; baa?: boolean; agreement?: string }[];
    /** Tracking technologies on the organisation's pages and apps: what runs where, what it sends, under which agreement and consent. */
    tracking?: TrackingEntry[];
    influencers?: { disclosure?: string | Disclosure; contracts_reviewed?: boolean };
    /** Washington My Health My Data Act, for plans that name US-WA. */
    washington_mhmda?: ConsumerHealthData;
    /** US state consumer health data laws (Washington, Nevada, Connecticut): consent, sale, privacy policy, geofencing. */
    consumer_health_data?: ConsumerHealthData;
    fda?: { risk_information_link?: string; form_2253?: boolean };
  };
}

/** Platform facts and regulatory facts; every fact carries its source. */
export interface Knowledge {
  platforms: Record<string, PlatformFacts>;
  sources: KnowledgeSource[];
  /**
   * Regulatory facts (EU/EEA codes, patient-content types, character limits for FDA, Safe Harbor
   * identifiers…) with their own `sources`. Optional: rules fall back to the built-in
   * REGULATIONS of src/knowledge/regulations.ts when absent.
   */
  regulations?: Regulations;
  /** Terms added to the word lists of the text heuristics (src/knowledge/words.ts), per list and language. */
  words?: WordAdditions;
}
export interface KnowledgeSource {
  id: string;
  title: string;
  date: string;
  /** The date of the text read (ISO, `YYYY-MM` or `YYYY-MM-DD`): `strategy-lint rules --stale` lists older facts. */
  as_of?: string;
  url?: string;
}
export interface PlatformFacts {
  /** Percent of US adults using the platform by age band. */
  reach?: { '18-29'?: number; '30-49'?: number; '50-64'?: number; '65+'?: number; source: string };
  /** Percent of US adults using the platform by community type (towns against the countryside). */
  reachByArea?: { urban?: number; suburban?: number; rural?: number; source: string };
  /** Professional / B2B fit (clinicians, referrers, job seekers). */
  professional?: boolean;
  visualFirst?: boolean;
  /** Minimum account age, if the platform requires one. */
  minimumAge?: number;
  /** Median engagement rate per post, percent, and its denominator. */
  engagementMedian?: { value: number; denominator: string; source: string };
  /** Character limit of a post, if any. */
  characterLimit?: number;
  source?: string;
}
