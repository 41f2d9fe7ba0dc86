// Linear time under attack (issue 19): each denial-of-service generator of bench/hostile.mjs is
// linted at two sizes, the second 16 times the first, and the growth of the work must not show
// super-linear time.
//
// This is the one place the suite measures time, and it asserts no duration, only how the work
// grows with the input, with a bound no linear algorithm can fail and a quadratic one cannot pass:
// - what is measured is CPU time (user + system) of the CLI's own run() in this process, the best
//   of 3 runs, each on a new text (new ids: nothing cached from the run before), after a warm-up
//   run and a full garbage collection. Other processes on a shared machine stretch wall time, not
//   the CPU time a run needs (repeated measurements agree within a few percent);
// - for a 16x larger input, linear work takes at most 16x as long (less: part of a run does not
//   grow with the plan), O(n log n) about 22x at these sizes, and quadratic work 256x. The test
//   fails above 32x, twice what linear work needs.
// Counting operations instead would need counters in every stage; the growth of time is what a
// user waits for. `npm run bench -- --hostile` runs the same generators at four larger sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main.js';
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-expect-error: a JavaScript module of the benchmark
import { GENERATORS, measure } from '../bench/hostile.mjs';

interface Generator {
  name: string;
  what: string;
  args: string[];
  sizes: { test: [number, number]; bench: number[] };
}

const MAX_GROWTH = 32;
/**
 * CPU time below this is the resolution of the measurement (timer, JIT, GC), not the work: a small
 * run of 5 ms made a linear 161 ms look like 34x. A quadratic generator still ends far above
 * MAX_GROWTH x this at the large size.
 */
const MIN_MEASURED_MS = 10;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sl-growth-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile plans: the work grows linearly with the plan', () => {
  for (const g of GENERATORS as Generator[]) {
    const [small, large] = g.sizes.test;
    it(`${g.name}: ${large / small}x the input takes at most ${MAX_GROWTH}x the CPU time`, async () => {
      expect(large / small).toBe(16);
      const a = await measure(run, g, small, 3, dir);
      const b = await measure(run, g, large, 3, dir);
      // The runs lint (or fix) the plans: exit 0 or 1, never a usage error or a crash.
      expect([0, 1]).toContain(a.exitCode);
      expect([0, 1]).toContain(b.exitCode);
      expect(b.bytes / a.bytes).toBeGreaterThan(4);
      const growth = b.cpuMs / Math.max(a.cpuMs, MIN_MEASURED_MS);
      expect(growth, `${g.name}: ${a.cpuMs.toFixed(0)} ms at ${small}, ${b.cpuMs.toFixed(0)} ms at ${large}`).toBeLessThan(MAX_GROWTH);
    }, 180_000);
  }
});
