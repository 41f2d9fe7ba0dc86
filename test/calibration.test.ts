// The tool against blind expert verdicts (test/calibration/, scripts/calibrate.mjs): the scoring
// issue's targets, checked on every run so that no rule or weight change drifts from expert judgement.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { calibrate, spearman } from '../scripts/calibrate.mjs';

const result = calibrate((text: string, file: string) => lintText(text, file));
const withCritical = result.plans.filter((p: any) => p.critical.length > 0);
const withoutCritical = result.plans.filter((p: any) => p.critical.length === 0);

describe('calibration against blind expert verdicts', () => {
  it('has the corpus the issue asks for: at least 12 plans, critical and clean ones', () => {
    expect(result.plans.length).toBeGreaterThanOrEqual(12);
    expect(withCritical.length).toBeGreaterThan(3);
    expect(withoutCritical.length).toBeGreaterThan(3);
  });

  it('ranks the plans as the expert does (Spearman >= 0.8)', () => {
    expect(result.spearman).toBeGreaterThanOrEqual(0.8);
  });

  it('scores every plan with a critical problem below 60, and says it is blocked', () => {
    const passingLooking = withCritical.filter((p: any) => p.tool === null || p.tool >= 60).map((p: any) => `${p.plan}: ${p.tool}`);
    expect(passingLooking).toEqual([]);
  });

  it('scores every plan without a critical problem within 15 points of the expert', () => {
    const far = withoutCritical
      .filter((p: any) => p.tool === null || Math.abs(p.tool - p.expert) > 15)
      .map((p: any) => `${p.plan}: expert ${p.expert}, tool ${p.tool}`);
    expect(far).toEqual([]);
  });

  it('catches at least 80% of the critical items at their path', () => {
    expect(result.criticalCaught / result.criticalItems).toBeGreaterThanOrEqual(0.8);
  });

  it('raises none of the false alarms the expert listed (warnings and above)', () => {
    const alarms = result.plans.flatMap((p: any) => p.falseAlarms.map((f: any) => `${p.plan} ${f.path}: ${f.ruleId}`));
    expect(alarms).toEqual([]);
  });

  it('computes Spearman with ties as average ranks', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1);
    expect(spearman([1, 2, 2, 3], [1, 2, 2, 3])).toBeCloseTo(1);
  });
});
