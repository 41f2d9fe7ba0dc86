// The resolved configuration the engine runs with. Discovery, presets and overrides build one
// of these per file; the engine only reads it.
import { DEFAULT_LIMITS, type Limits } from '../load/load.js';
import { DEFAULT_KNOWLEDGE } from '../knowledge/platforms.js';
import type { CategoryId, Knowledge, Severity } from '../types.js';

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  categoryWeights: Partial<Record<CategoryId, number>>;
  /** A file below this score fails. */
  minScore?: number;
  /** Which findings fail a file: errors only (default) or warnings too. */
  failOn: 'error' | 'warning';
  limits: Limits;
  knowledge: Knowledge;
}

export function defaultConfig(): ResolvedConfig {
  return {
    rules: Object.create(null),
    categoryWeights: Object.create(null),
    failOn: 'error',
    limits: { ...DEFAULT_LIMITS },
    knowledge: DEFAULT_KNOWLEDGE,
  };
}
