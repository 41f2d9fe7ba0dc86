import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { EXAMPLE_PLAN, lint } from './helpers.js';

const example = readFileSync(EXAMPLE_PLAN, 'utf8');

/** The example plan reduced to the sections a hurried author fills first. */
function minimalPlan(): string {
  const full = parse(example);
  const keep = ['version', 'organization', 'goals', 'audiences', 'channels', 'budget'];
  return stringify(Object.fromEntries(keep.map((k) => [k, full[k]])));
}

function summary(r: ReturnType<typeof lint>) {
  return `${r.score} ${r.categories.map((c) => `${c.id}:${c.score}`).join(' ')}`;
}

describe('score floor', () => {
  it('the example plan scores at least 90 with no errors under every rule', () => {
    const r = lint(example);
    if (process.env.SHOW_SCORES)
      console.log(
        'example',
        summary(r),
        r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`),
      );
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(90);
  });

  it('a plan that only fills goals, audiences, channels and budget scores 70 or less', () => {
    const r = lint(minimalPlan());
    if (process.env.SHOW_SCORES)
      console.log(
        'minimal',
        summary(r),
        r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`),
      );
    expect(r.score).not.toBeNull();
    expect(r.score!).toBeLessThanOrEqual(70);
    // The missing sections are named by the rules, not silently scored.
    for (const category of ['content', 'engagement', 'measurement', 'governance'] as const) {
      expect(r.categories.find((c) => c.id === category)!.score!).toBeLessThan(60);
    }
  });
});
