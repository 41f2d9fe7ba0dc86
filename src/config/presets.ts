// Shipped presets (`extends:`), built from the rule list's metadata: adding a rule updates them.
import { RULES } from '../rules/index.js';
import type { CategoryId, Severity } from '../types.js';
import type { RuleSetting } from './config.js';

/** What one configuration layer (a preset, a config file, an override) sets. Null-prototype maps. */
export interface ConfigLayer {
  rules: Record<string, RuleSetting>;
  weights: Partial<Record<CategoryId, number>>;
  minScore?: number;
  failOn?: 'error' | 'warning';
  maxSeverity?: Severity;
}

export function emptyLayer(): ConfigLayer {
  return { rules: Object.create(null), weights: Object.create(null) };
}

const RAISE: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error', critical: 'critical' };

export const PRESETS: Record<string, { description: string; build(): ConfigLayer }> = Object.assign(Object.create(null), {
  recommended: {
    description: 'every rule at its default severity (the same as no preset)',
    build: emptyLayer,
  },
  strict: {
    description: 'warning rules become errors and info rules warnings; a file below 80 fails',
    build(): ConfigLayer {
      const layer = emptyLayer();
      for (const r of RULES)
        if (r.meta.severity !== 'error' && r.meta.severity !== 'critical') layer.rules[r.meta.id] = { severity: RAISE[r.meta.severity], atLeast: true };
      layer.minScore = 80;
      return layer;
    },
  },
  'compliance-only': {
    description: 'only the compliance rules (for legal review); every other rule is off',
    build(): ConfigLayer {
      const layer = emptyLayer();
      for (const r of RULES) if (r.meta.category !== 'compliance') layer.rules[r.meta.id] = { severity: 'off' };
      return layer;
    },
  },
});

export const PRESET_NAMES = Object.keys(PRESETS);

/** Applies `next` over `base` (in place): a rule's severity replaces the earlier one; options given replace earlier options. */
export function mergeLayer(base: ConfigLayer, next: ConfigLayer): ConfigLayer {
  for (const id of Object.keys(next.rules)) {
    const prev = base.rules[id];
    const s = next.rules[id];
    const merged: RuleSetting = Object.create(null);
    const severity = s.severity ?? prev?.severity;
    if (severity !== undefined) merged.severity = severity;
    // A floor survives only while no later layer names the severity.
    if (s.severity !== undefined ? s.atLeast : prev?.atLeast) merged.atLeast = true;
    const options = s.options ?? prev?.options;
    if (options !== undefined) merged.options = options;
    base.rules[id] = merged;
  }
  for (const k of Object.keys(next.weights) as CategoryId[]) base.weights[k] = next.weights[k];
  if (next.minScore !== undefined) base.minScore = next.minScore;
  if (next.failOn !== undefined) base.failOn = next.failOn;
  if (next.maxSeverity !== undefined) base.maxSeverity = next.maxSeverity;
  return base;
}
