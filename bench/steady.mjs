// Warm-up against steady state: the CLI's own run() over every plan of a corpus, several times in
// one process, on one thread, output written to /dev/null. Pass 1 is the cold run minus Node's
// start-up; the best later pass is the same work once V8 has compiled and optimised it. Comparing
// the two tells how much of a run is warm-up and how much is the work itself.
// Prints { files, passesMs, exitCodes } as JSON.
//
//   node bench/steady.mjs CORPUS_DIR [PASSES]
import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dir = path.resolve(process.argv[2]);
const passes = Number(process.argv[3] ?? 4);
const { run } = await import(path.join(ROOT, 'dist/strategy-lint.mjs'));
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.strategy.yaml'))
  .sort();
const fd = openSync('/dev/null', 'w');
const write = (s) => void writeSync(fd, s);
// One thread: a pass on worker threads would start (and warm up) new workers every time.
process.env.STRATEGY_LINT_JOBS = '1';
const io = { stdout: write, stderr: write, cwd: dir, env: process.env, isTTY: false, stderrIsTTY: false };
const passesMs = [];
const exitCodes = [];
for (let i = 0; i < passes; i++) {
  const t0 = performance.now();
  exitCodes.push(await run(files, io));
  passesMs.push(performance.now() - t0);
}
closeSync(fd);
process.stdout.write(JSON.stringify({ files: files.length, passesMs, exitCodes }) + '\n');
