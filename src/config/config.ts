// The resolved configuration the engine runs with. Discovery, presets and overrides build one
// of these per file (src/config/load.ts); the engine only reads it.
import { DEFAULT_LIMITS, type Limits } from '../load/load.js';
import { DEFAULT_KNOWLEDGE } from '../knowledge/platforms.js';
import type { CategoryId, Knowledge, Severity } from '../types.js';

export interface RuleSetting {
  severity?: Severity | 'off';
  /**
   * The severity is a floor, not a replacement (the `strict` preset): a finding keeps its own
   * severity when that is higher (a rule that raises one finding to critical stays critical).
   * A setting that names the severity explicitly clears it.
   */
  atLeast?: boolean;
  options?: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Rule settings by rule id (a null-prototype object). */
  rules: Record<string, RuleSetting>;
  categoryWeights: Partial<Record<CategoryId, number>>;
  /** A file below this score fails. */
  minScore?: number;
  /** Which findings fail a file: errors only (default) or warnings too. */
  failOn: 'error' | 'warning';
  /** Caps the severity of every rule finding (`overrides: [{files: [drafts/**], max_severity: warning}]`). */
  maxSeverity?: Severity;
  /** The run fails when all files together have more warnings than this. */
  maxWarnings?: number;
  /** Whether `# strategy-lint-disable…` comments are honoured (false: `--no-inline-config`). */
  inlineConfig: boolean;
  limits: Limits;
  knowledge: Knowledge;
}

export function defaultConfig(): ResolvedConfig {
  return {
    rules: Object.create(null),
    categoryWeights: Object.create(null),
    failOn: 'error',
    inlineConfig: true,
    limits: { ...DEFAULT_LIMITS },
    knowledge: DEFAULT_KNOWLEDGE,
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2, critical: 3 };

/** The severity a finding gets from a rule setting: the setting's, or at least it (RuleSetting.atLeast). */
export function configuredSeverity(setting: RuleSetting | undefined, own: Severity): Severity {
  const s = setting?.severity;
  if (s === undefined || s === 'off') return own;
  return setting!.atLeast && RANK[own] > RANK[s] ? own : s;
}

/**
 * The lower of a severity and a cap (`max_severity`, presets). A critical finding is never lowered
 * by a cap: only a setting that names its rule (`rules: {id: warning}`) can change it.
 */
export function capSeverity(severity: Severity, cap: Severity | undefined): Severity {
  return severity !== 'critical' && cap !== undefined && RANK[severity] > RANK[cap] ? cap : severity;
}
