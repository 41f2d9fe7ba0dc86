#!/usr/bin/env node
// Compares the tool with the blind expert verdicts of test/calibration/ (see its README): per plan
// the expert's score against the tool's, the critical items the tool caught at their path (and
// whether it marked them critical), the must-not-flag items it flagged anyway; overall Spearman's
// rank correlation of the two scores. `npm run calibrate` prints it; test/calibration.test.ts
// asserts the thresholds of the scoring issue on the same numbers.
//
// Matching a verdict path with a finding's JSON pointer: the same node, a node inside it, or (for
// a verdict path at least two levels deep) the node that contains it. A must-not-flag item is hit
// by a finding at its exact path, or inside it when the path is three or more levels deep (a
// finding elsewhere under `/channels` is not the false alarm `/channels` warns of).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const CALIBRATION_DIR = fileURLToPath(new URL('../test/calibration/', import.meta.url));
/**
 * Plans judged blind after the rules were tuned on CALIBRATION_DIR: measured, never tuned on (its
 * README). Printed by `npm run calibrate`; no test holds it to thresholds, so that nobody is
 * tempted to fit the rules to it.
 */
export const HELD_OUT_DIR = fileURLToPath(new URL('../test/calibration-heldout/', import.meta.url));

const depth = (p) => (p === '' || p === '/' ? 0 : p.split('/').length - 1);
const inside = (p, v) => p === v || p.startsWith(v.endsWith('/') ? v : v + '/');
export const atPath = (pointer, verdictPath) =>
  inside(pointer, verdictPath) || (depth(verdictPath) >= 2 && depth(pointer) >= 2 && inside(verdictPath, pointer));
const hitsMustNot = (pointer, mustNot) => pointer === mustNot || (depth(mustNot) >= 3 && inside(pointer, mustNot));

/** Average ranks (ties share the mean rank). */
function ranks(xs) {
  const order = xs.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
  const r = new Array(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}
export function spearman(a, b) {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

/** Runs `lintText(text, file)` (the engine's) over the corpus. */
export function calibrate(lintText, dir = CALIBRATION_DIR) {
  const verdictFiles = readdirSync(path.join(dir, 'verdicts'))
    .filter((f) => f.endsWith('.verdict.yaml'))
    .sort();
  const plans = verdictFiles.map((vf) => {
    const verdict = parse(readFileSync(path.join(dir, 'verdicts', vf), 'utf8'));
    const file = path.join(dir, 'plans', verdict.plan);
    const report = lintText(readFileSync(file, 'utf8'), file);
    const findings = report.findings;
    const critical = (verdict.critical ?? []).map((item) => {
      const at = findings.filter((f) => atPath(f.pointer, item.path));
      return { ...item, caught: at.length > 0, caughtAsCritical: at.some((f) => f.severity === 'critical'), by: [...new Set(at.map((f) => f.ruleId))] };
    });
    const falseAlarms = (verdict.must_not_flag ?? []).flatMap((item) =>
      findings
        .filter((f) => hitsMustNot(f.pointer, item.path) && f.severity !== 'info')
        .map((f) => ({ path: item.path, ruleId: f.ruleId, severity: f.severity, why: item.why })),
    );
    return {
      plan: verdict.plan,
      organisation: verdict.organisation,
      expert: verdict.expert_score,
      tool: report.score,
      grade: report.grade,
      blocked: findings.filter((f) => f.severity === 'critical').length,
      critical,
      falseAlarms,
    };
  });
  const scored = plans.filter((p) => p.tool !== null);
  const items = plans.flatMap((p) => p.critical);
  return {
    plans,
    spearman: spearman(
      scored.map((p) => p.expert),
      scored.map((p) => p.tool),
    ),
    criticalItems: items.length,
    criticalCaught: items.filter((i) => i.caught).length,
    criticalCaughtAsCritical: items.filter((i) => i.caughtAsCritical).length,
  };
}

export function formatCalibration(result) {
  const lines = [];
  const pad = (s, n) => String(s).padEnd(n);
  lines.push(`${pad('plan', 44)} ${pad('expert', 6)} ${pad('tool', 8)} critical caught  false alarms`);
  for (const p of result.plans) {
    const crit = p.critical.length
      ? `${p.critical.filter((c) => c.caught).length}/${p.critical.length} (${p.critical.filter((c) => c.caughtAsCritical).length} as critical)`
      : '-';
    lines.push(
      `${pad(p.plan.replace('.strategy.yaml', ''), 44)} ${pad(p.expert, 6)} ${pad(`${p.tool ?? '-'} ${p.grade ?? ''}`, 8)} ${pad(crit, 15)}  ${p.falseAlarms.length}`,
    );
  }
  lines.push('');
  for (const p of result.plans) {
    for (const c of p.critical.filter((c) => !c.caught)) lines.push(`missed critical  ${p.plan}  ${c.path}  ${c.problem}`);
    for (const f of p.falseAlarms) lines.push(`false alarm      ${p.plan}  ${f.path}  ${f.ruleId} (${f.severity})`);
  }
  lines.push('');
  lines.push(`Spearman rank correlation (expert vs tool): ${result.spearman.toFixed(2)}`);
  lines.push(
    `Critical items caught at their path: ${result.criticalCaught}/${result.criticalItems} (${Math.round((100 * result.criticalCaught) / Math.max(1, result.criticalItems))}%), as critical: ${result.criticalCaughtAsCritical}`,
  );
  return lines.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { lintText } = await import('../build/engine/lint.js');
  process.stdout.write('Calibration corpus (test/calibration, 16 plans; the rules were tuned with it):\n');
  process.stdout.write(formatCalibration(calibrate(lintText)));
  process.stdout.write('\nHeld-out corpus (test/calibration-heldout: judged blind after tuning, never tuned on):\n');
  process.stdout.write(formatCalibration(calibrate(lintText, HELD_OUT_DIR)));
  // The patient-data detector on its labelled sets (scripts/calibrate-phi.mjs).
  const { findSpans } = await import('../build/util/phi.js');
  const { evaluatePhi, formatPhi, PHI_LABELLED, PHI_HELD_OUT } = await import('./calibrate-phi.mjs');
  process.stdout.write('\n' + formatPhi(evaluatePhi(findSpans, PHI_LABELLED)));
  process.stdout.write('\nHeld-out texts (written after tuning; see test/fixtures/phi/heldout.yaml):\n' + formatPhi(evaluatePhi(findSpans, PHI_HELD_OUT)));
}
