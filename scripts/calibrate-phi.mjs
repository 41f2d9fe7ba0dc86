// Precision and recall of the patient-data detector (src/util/phi.ts) on the labelled set
// test/fixtures/phi/labelled.yaml: a text is flagged when the detector finds anything in it; a
// flagged text labelled `phi: false` is a false alarm, an unflagged text labelled `phi: true` a
// miss. Per kind: a positive text is "caught at its kind" when every kind it is labelled with is
// found. scripts/calibrate.mjs prints it (`npm run calibrate`); test/phi.test.ts asserts the
// thresholds of issue 19 (both at least 0.9) on the same numbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PHI_LABELLED = fileURLToPath(new URL('../test/fixtures/phi/labelled.yaml', import.meta.url));
/** Texts written after the detector was tuned on the labelled set, measured without tuning for them. */
export const PHI_HELD_OUT = fileURLToPath(new URL('../test/fixtures/phi/heldout.yaml', import.meta.url));

/** `findSpans(text)` is the detector's; returns the figures and the texts it got wrong. */
export function evaluatePhi(findSpans, file = PHI_LABELLED) {
  const items = parse(readFileSync(file, 'utf8'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let kindsRight = 0;
  const falseAlarms = [];
  const misses = [];
  const wrongKinds = [];
  const byLang = {};
  for (const item of items) {
    const found = [...new Set(findSpans(item.text).map((s) => s.kind))];
    const flagged = found.length > 0;
    const l = (byLang[item.lang] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    if (item.phi && flagged) {
      tp++;
      l.tp++;
      if ((item.kinds ?? []).every((k) => found.includes(k))) kindsRight++;
      else wrongKinds.push({ text: item.text, expected: item.kinds, found });
    } else if (item.phi) {
      fn++;
      l.fn++;
      misses.push({ text: item.text, expected: item.kinds });
    } else if (flagged) {
      fp++;
      l.fp++;
      falseAlarms.push({ text: item.text, found });
    } else {
      tn++;
      l.tn++;
    }
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  return {
    texts: items.length,
    positives: tp + fn,
    negatives: fp + tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    kindRecall: ratio(kindsRight, tp + fn),
    byLang,
    falseAlarms,
    misses,
    wrongKinds,
  };
}

export function formatPhi(r) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `Patient-data detector on ${r.texts} labelled texts (${r.positives} with patient information, ${r.negatives} without):`,
    `  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  (every labelled kind found: ${pct(r.kindRecall)} of the positives)`,
  ];
  for (const [lang, c] of Object.entries(r.byLang)) {
    const p = c.tp + c.fp ? (c.tp / (c.tp + c.fp)).toFixed(2) : '-';
    const rc = c.tp + c.fn ? (c.tp / (c.tp + c.fn)).toFixed(2) : '-';
    lines.push(`  ${lang.padEnd(6)} positives ${String(c.tp + c.fn).padStart(4)}  negatives ${String(c.fp + c.tn).padStart(4)}  precision ${p}  recall ${rc}`);
  }
  // The texts are invented: printing them shows what the detector gets wrong, never real data.
  for (const f of r.falseAlarms) lines.push(`  false alarm  ${JSON.stringify(f.text)} (read as ${f.found.join(', ')})`);
  for (const m of r.misses) lines.push(`  missed       ${JSON.stringify(m.text)} (${(m.expected ?? []).join(', ')})`);
  for (const w of r.wrongKinds) lines.push(`  other kind   ${JSON.stringify(w.text)} (expected ${w.expected.join(', ')}; found ${w.found.join(', ')})`);
  return lines.join('\n') + '\n';
}
