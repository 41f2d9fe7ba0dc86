// Shared types: the contract between the stages (load -> schema -> rules -> score -> report).
import type { Regulations } from './knowledge/regulations.js';

export type Severity = 'error' | 'warning' | 'info';

/** The eight fixed scoring categories, in report order. */
export const CATEGORIES = [
  'goals',
  'audience-fit',
  'budget-roi',
  'compliance',
  'content',
  'engagement',
  'measurement',
  'governance',
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** A rule option: its type, default and what it does (docs, explain and config validation read it). */
export interface RuleOption {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: string;
}

/** Rule metadata: pure data, written once, read by the engine, docs, SARIF, `rules` and `explain`. */
export interface RuleMeta {
  /** `family/name`, e.g. `smart/time-bound`. */
  id: string;
  category: CategoryId;
  /** Default severity; configuration may override it. */
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters, and which step of which seed article it encodes. */
  rationale: string;
  /** The seed step or external source the rule encodes, e.g. "Seeds 000/001, step 1: set SMART goals". */
  source: string;
  /** One line: how to fix a finding (the default hint). */
  fix: string;
  /** Relative weight of the rule inside its category (default: 3 for error, 2 for warning, 1 for info rules). */
  weight?: number;
  /**
   * Findings of this rule point at text that may be patient information: the engine blanks those
   * values in `FileReport.source`, so no output (code frame, snippet) can print them.
   */
  sensitive?: boolean;
  options?: Record<string, RuleOption>;
  /** YAML snippets for `explain` and the docs: one that triggers the rule and one that passes. */
  examples?: { fail: string; pass: string };
}

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
}

export interface RuleContext {
  /** The rule's options: defaults merged with configuration. */
  options: Record<string, any>;
  /** The knowledge base (platform facts, regulations), possibly replaced by the user. */
  knowledge: Knowledge;
  /** Upper-cased jurisdictions declared by the plan (empty when none). */
  jurisdictions: string[];
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Returns a reason when the rule does not apply to this plan (e.g. HIPAA for a Swedish clinic).
   * A rule that does not apply weighs nothing in the score and is listed as skipped.
   */
  notApplicable?(plan: Plan, context: RuleContext): string | undefined;
  check(plan: Plan, context: RuleContext): RuleFinding[];
}

/** A finding as the engine reports it: positions added, metadata attached. */
export interface Finding {
  ruleId: string;
  category: CategoryId;
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
  /** Reason for `skipped`. */
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
  rules: (RuleMeta & { docs: string })[];
  files: FileReport[];
}

// ---- The plan (format version 1). Everything is optional: a half-written plan must still be scored.
// Rules receive a copy in which values that failed schema validation were removed.

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
  alt_text?: boolean;
  captions?: boolean;
  [key: string]: unknown;
}
export interface Plan {
  version?: number;
  organization?: {
    name?: string;
    type?: string;
    jurisdictions?: string[];
    covered_entity?: boolean;
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
    vendors?: { name?: string; handles_phi?: boolean; baa?: boolean }[];
    influencers?: { disclosure?: string; contracts_reviewed?: boolean };
    [key: string]: unknown;
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
}
export interface KnowledgeSource {
  id: string;
  title: string;
  date: string;
  url?: string;
}
export interface PlatformFacts {
  /** Percent of US adults using the platform by age band. */
  reach?: { '18-29'?: number; '30-49'?: number; '50-64'?: number; '65+'?: number; source: string };
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
