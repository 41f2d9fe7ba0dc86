// One denial-of-service generator at several sizes, in a process of its own (no generator's heap or
// caches reach another's): the CLI's run() of the bundle (dist/strategy-lint.mjs), measured by
// `measure` of bench/hostile.mjs (CPU time, best of N, new ids each run). Prints JSON.
//
//   node bench/hostile-run.mjs NAME REPS SIZE...
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATORS, measure } from './hostile.mjs';

const ROOT = path.join(fileURLToPath(new URL('.', import.meta.url)), '..');
const [name, reps, ...sizes] = process.argv.slice(2);
const g = GENERATORS.find((x) => x.name === name);
if (!g) {
  process.stderr.write(`hostile-run: unknown generator ${name}\n`);
  process.exit(2);
}
process.env.STRATEGY_LINT_JOBS = '1';
const { run } = await import(path.join(ROOT, 'dist/strategy-lint.mjs'));
const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-hostile-'));
try {
  const points = [];
  for (const n of sizes.map(Number)) points.push(await measure(run, g, n, Number(reps), dir));
  process.stdout.write(JSON.stringify({ name, points }) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
