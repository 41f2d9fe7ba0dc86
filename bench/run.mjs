// npm run bench: how fast strategy-lint is, against the floor of its own work and against the
// tools people would otherwise use. One run measures, side by side:
//   - cold single-file latency of `strategy-lint plan.yaml` vs `node -e 0` (median of N runs);
//   - files per second over the 2,000-file corpus vs the floor measured in the same run
//     (yaml parseDocument + toJS of the same files in one process) times the cores used;
//   - warm-up against steady state: the CLI's run() over the 2,000 files several times in one
//     process (bench/steady.mjs), first pass against the best later one;
//   - peak RSS on the 10,000-file corpus;
//   - the 2,000-file corpus through ajv-cli (our schema) and Spectral (a schema-only ruleset).
// It writes <out>/result.json and <out>/result.md and prints each goal as met or not; it never
// fails because a goal is missed (timings on a shared machine are noisy: read them, don't gate).
//
//   node bench/run.mjs [--smoke] [--out DIR] [--runs N] [--compare-files N] [--no-compare]
//   node bench/run.mjs --hostile [--smoke] [--out DIR]      (npm run bench -- --hostile)
//
// --smoke: tiny corpora, no external tools, no goals (test/bench-smoke.test.ts runs it).
// --hostile: the denial-of-service generators of bench/hostile.mjs instead, each at four sizes
// (--smoke: the two small sizes test/hostile-growth.test.ts uses), with how the time grows, and
// the memory of SARIF and JUnit reports over more and more files; writes hostile.json/.md.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = path.join(BENCH, '..');
const BIN = path.join(ROOT, 'bin/strategy-lint.js');
const EXAMPLE = path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml');
const SCHEMA = path.join(ROOT, 'schemas/strategy.schema.json');

function parseArgs(argv) {
  const o = { smoke: false, hostile: false, out: path.join(BENCH, 'out'), runs: undefined, compareFiles: undefined, compare: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--hostile') o.hostile = true;
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--compare-files') o.compareFiles = Number(argv[++i]);
    else if (a === '--no-compare') o.compare = false;
    else {
      process.stderr.write(
        `bench: unknown argument ${a}\nusage: node bench/run.mjs [--hostile] [--smoke] [--out DIR] [--runs N] [--compare-files N] [--no-compare]\n`,
      );
      process.exit(2);
    }
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const SIZES = opts.smoke ? { single: 1, small: 3, throughput: 8, memory: 12 } : { single: 1, small: 100, throughput: 2000, memory: 10000 };
const RUNS = opts.runs ?? (opts.smoke ? 2 : 11);
const THROUGHPUT_RUNS = opts.smoke ? 1 : 3;
const STEADY_PASSES = opts.smoke ? 2 : 4;
const log = (s) => process.stderr.write(s + '\n');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

/**
 * Runs a command; resolves to { ms, code, rssKB?, cpuMs? }. Output goes to /dev/null. With
 * `usage`, a preloaded hook (usage-hook.mjs) reports the process's peak RSS and CPU time: through
 * `--import` for node, through NODE_OPTIONS for a tool's own bin (ajv-cli and Spectral are Node
 * programs too).
 */
function timed(cmd, args, { env = {}, usage = false, timeoutMs = 30 * 60_000, cwd = ROOT } = {}) {
  return new Promise((resolve) => {
    const usageFile = usage ? path.join(opts.out, `usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`) : undefined;
    const hook = pathToFileURL(path.join(BENCH, 'usage-hook.mjs')).href;
    const isNode = cmd === 'node';
    const nodeArgs = usage && isNode ? ['--import', hook] : [];
    const hookEnv = usageFile
      ? { STRATEGY_LINT_BENCH_USAGE_FILE: usageFile, ...(isNode ? {} : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim() }) }
      : {};
    const devnull = openSync('/dev/null', 'w');
    const t0 = performance.now();
    const child = spawn(isNode ? process.execPath : cmd, isNode ? [...nodeArgs, ...args] : args, {
      cwd,
      env: { ...process.env, ...env, ...hookEnv },
      stdio: ['ignore', devnull, 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr.length < 4000 ? (stderr += d) : undefined));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      closeSync(devnull);
      let rssKB;
      let cpuMs;
      if (usageFile && existsSync(usageFile)) {
        ({ maxRssKB: rssKB, cpuMs } = JSON.parse(readFileSync(usageFile, 'utf8')));
        rmSync(usageFile, { force: true });
      }
      resolve({ ms, code, signal, rssKB, cpuMs, stderr });
    });
  });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** Threads strategy-lint uses for `count` files (the rule of src/engine/many.ts). */
function coresUsed(count) {
  const env = Number(process.env.STRATEGY_LINT_JOBS);
  if (Number.isInteger(env) && env >= 1) return Math.min(env, count);
  const n = os.availableParallelism();
  return count > 200 && n >= 3 ? Math.min(n, 8) : 1;
}

async function ensureBuilt() {
  if (existsSync(path.join(ROOT, 'dist/strategy-lint.mjs')) && existsSync(path.join(ROOT, 'dist/strategy-lint-worker.mjs'))) return;
  log('bench: building (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function ensureBenchDeps() {
  const ajv = path.join(BENCH, 'node_modules/.bin/ajv');
  const spectral = path.join(BENCH, 'node_modules/.bin/spectral');
  if (existsSync(ajv) && existsSync(spectral)) return { ajv, spectral };
  log('bench: installing the comparison tools (npm ci --prefix bench)…');
  execFileSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return { ajv, spectral };
}

/**
 * Lints a corpus: its files are named on the command line, relative to the corpus directory
 * (a directory argument would skip them: bench/out/ is in .gitignore, which scanning honours).
 * A usage error (exit 2) means the measurement is void: stop.
 */
async function lintCorpus(corpus, extra = {}) {
  const r = await timed('node', [BIN, ...corpus.files.map((f) => path.relative(corpus.dir, f))], { ...extra, cwd: corpus.dir });
  if (r.code !== 0 && r.code !== 1) throw new Error(`strategy-lint exited with ${r.code ?? r.signal} on ${corpus.dir}: ${r.stderr.slice(0, 500)}`);
  return r;
}

async function main() {
  mkdirSync(opts.out, { recursive: true });
  await ensureBuilt();
  const started = new Date().toISOString();
  const load = [os.loadavg()[0]];
  log(`bench: ${opts.smoke ? 'smoke run' : 'full run'} on ${machine().cpu} (${machine().cores} cores), load average ${round(load[0])}`);

  // Corpora: seeded, regenerated only when the generator or the example plan changed.
  const corpora = {};
  for (const [name, n] of Object.entries(SIZES)) {
    const dir = path.join(opts.out, `corpus-${n}`);
    const files = writeCorpus(dir, n, EXAMPLE);
    corpora[name] = { dir, files, count: n, bytes: files.reduce((s, f) => s + readFileSync(f).length, 0) };
  }
  const single = corpora.single.files[0];

  // 1. Cold single-file latency, interleaved with `node -e 0` so that load changes hit both.
  log(`bench: single file, ${RUNS} runs each…`);
  const nodeMs = [];
  const lintMs = [];
  let singleExit;
  for (let i = 0; i < RUNS; i++) {
    nodeMs.push((await timed('node', ['-e', '0'])).ms);
    const r = await timed('node', [BIN, single]);
    if (r.code !== 0 && r.code !== 1) throw new Error(`strategy-lint exited with ${r.code ?? r.signal} on ${single}: ${r.stderr.slice(0, 500)}`);
    singleExit = r.code;
    lintMs.push(r.ms);
  }
  const singleFile = {
    file: path.relative(ROOT, single),
    bytes: readFileSync(single).length,
    nodeMedianMs: round(median(nodeMs), 1),
    lintMedianMs: round(median(lintMs), 1),
    ratio: round(median(lintMs) / median(nodeMs)),
    exitCode: singleExit,
  };

  // 1b. A small run (a directory in a pre-commit hook): below the worker threshold, one thread.
  const smallRuns = [];
  for (let i = 0; i < Math.max(1, Math.ceil(RUNS / 3)); i++) smallRuns.push((await lintCorpus(corpora.small)).ms);
  const small = { files: corpora.small.count, medianMs: round(median(smallRuns), 0), filesPerSec: round((corpora.small.count / median(smallRuns)) * 1000, 0) };

  // 2. Throughput vs the floor, same files, same run (median of a few runs each).
  log(`bench: throughput over ${corpora.throughput.count} files…`);
  const floorRuns = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    floorRuns.push(JSON.parse(execFileSync(process.execPath, [path.join(BENCH, 'floor.mjs'), corpora.throughput.dir], { cwd: ROOT, encoding: 'utf8' })));
  }
  const floorFps = median(floorRuns.map((r) => r.filesPerSec));
  const lintRuns = [];
  const serialRuns = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    lintRuns.push(await lintCorpus(corpora.throughput, { usage: true }));
    serialRuns.push(await lintCorpus(corpora.throughput, { env: { STRATEGY_LINT_JOBS: '1' } }));
  }
  const lintThroughputMs = median(lintRuns.map((r) => r.ms));
  const serialMs = median(serialRuns.map((r) => r.ms));
  const cores = coresUsed(corpora.throughput.count);
  const fps = (corpora.throughput.count / lintThroughputMs) * 1000;
  const throughput = {
    files: corpora.throughput.count,
    bytes: corpora.throughput.bytes,
    coresUsed: cores,
    floorFilesPerSec: round(floorFps, 0),
    lintMs: round(lintThroughputMs, 0),
    lintFilesPerSec: round(fps, 0),
    singleThreadFilesPerSec: round((corpora.throughput.count / serialMs) * 1000, 0),
    ratio: round(fps / (floorFps * cores)),
    // CPU time of the whole process (V8's background compiler included), median of the runs.
    lintCpuMs: round(median(lintRuns.map((r) => r.cpuMs ?? NaN)), 0),
    exitCodes: lintRuns.map((r) => r.code),
  };

  // 2b. Warm-up against steady state: how much of the 2,000-file run is V8 compiling and optimising
  // the code, and how much is the work itself (see bench/steady.mjs).
  log('bench: warm-up against steady state…');
  const steadyRuns = [];
  for (let i = 0; i < THROUGHPUT_RUNS; i++) {
    steadyRuns.push(
      JSON.parse(
        execFileSync(process.execPath, [path.join(BENCH, 'steady.mjs'), corpora.throughput.dir, String(STEADY_PASSES)], { cwd: ROOT, encoding: 'utf8' }),
      ),
    );
  }
  const steady = {
    files: corpora.throughput.count,
    passes: STEADY_PASSES,
    // Median over the runs of: the first pass, and the best of the later passes.
    coldPassMs: round(median(steadyRuns.map((r) => r.passesMs[0])), 0),
    warmPassMs: round(median(steadyRuns.map((r) => Math.min(...r.passesMs.slice(1)))), 0),
    exitCodes: steadyRuns.flatMap((r) => r.exitCodes),
  };
  steady.warmFilesPerSec = round((steady.files / steady.warmPassMs) * 1000, 0);

  // 3. Peak memory on the largest corpus (worker threads share the process: included).
  log(`bench: peak memory over ${corpora.memory.count} files…`);
  const mem = await lintCorpus(corpora.memory, { usage: true });
  const memory = { files: corpora.memory.count, ms: round(mem.ms, 0), peakRssMB: mem.rssKB ? round(mem.rssKB / 1024, 1) : null, exitCode: mem.code };

  // 4. The same corpus through ajv-cli and Spectral (bench-only devDependencies).
  let comparison = null;
  if (!opts.smoke && opts.compare) {
    const { ajv, spectral } = ensureBenchDeps();
    const n = opts.compareFiles ?? corpora.throughput.count;
    const cmp =
      n === corpora.throughput.count
        ? corpora.throughput
        : {
            ...corpora.throughput,
            ...(() => {
              const dir = path.join(opts.out, `corpus-${n}`);
              return { dir, files: writeCorpus(dir, n, EXAMPLE), count: n };
            })(),
          };
    const glob = `${cmp.dir}/**/*.strategy.yaml`;
    // ajv-cli is as noisy as we are: the median of as many runs as ours, not one run.
    log(`bench: ajv-cli over ${n} files, ${THROUGHPUT_RUNS} runs…`);
    const ajvRuns = [];
    for (let i = 0; i < THROUGHPUT_RUNS; i++) {
      ajvRuns.push(
        await timed(ajv, ['validate', '--spec=draft2020', '--strict=false', '--all-errors', '-c', 'ajv-formats', '-s', SCHEMA, '-d', glob], { usage: true }),
      );
    }
    const ajvRun = { ms: median(ajvRuns.map((r) => r.ms)), cpuMs: median(ajvRuns.map((r) => r.cpuMs ?? NaN)), code: ajvRuns[0].code };
    const ruleset = path.join(opts.out, 'spectral-ruleset.json');
    writeFileSync(
      ruleset,
      JSON.stringify({
        rules: {
          'strategy-schema': {
            description: 'The plan matches schemas/strategy.schema.json',
            message: '{{error}}',
            given: '$',
            severity: 'error',
            // biome-ignore lint/suspicious/noThenProperty: Spectral's ruleset format names this key `then`
            then: { function: 'schema', functionOptions: { schema: JSON.parse(readFileSync(SCHEMA, 'utf8')), dialect: 'draft2020-12', allErrors: true } },
          },
        },
      }),
    );
    log(`bench: Spectral over ${n} files (slow)…`);
    const spectralRun = await timed(spectral, ['lint', '-r', ruleset, '-f', 'json', '-q', glob], { usage: true });
    const oursRun = n === corpora.throughput.count ? { ms: lintThroughputMs, cpuMs: throughput.lintCpuMs } : await lintCorpus(cmp, { usage: true });
    const ours = oursRun.ms;
    comparison = {
      files: n,
      lintMs: round(ours, 0),
      ajvCliMs: round(ajvRun.ms, 0),
      spectralMs: round(spectralRun.ms, 0),
      lintCpuMs: round(oursRun.cpuMs, 0),
      ajvCliCpuMs: round(ajvRun.cpuMs, 0),
      spectralCpuMs: round(spectralRun.cpuMs, 0),
      ajvCliOverLint: round(ajvRun.ms / ours),
      // Information, not a goal: ajv-cli's whole run (start-up and all) against our steady-state pass.
      ajvCliOverWarmPass: round(ajvRun.ms / steady.warmPassMs),
      spectralOverLint: round(spectralRun.ms / ours),
      ajvCliExit: ajvRun.code,
      spectralExit: spectralRun.code,
    };
  }
  load.push(os.loadavg()[0]);

  const goals = opts.smoke
    ? []
    : [
        { id: 'single-file', goal: 'single file wall time <= 1.5x `node -e 0`', value: singleFile.ratio, met: singleFile.ratio <= 1.5 },
        { id: 'throughput', goal: '2,000 files >= 0.8x the parse floor x cores used', value: throughput.ratio, met: throughput.ratio >= 0.8 },
        { id: 'memory', goal: '10,000 files peak RSS < 250 MB', value: memory.peakRssMB, met: memory.peakRssMB !== null && memory.peakRssMB < 250 },
        ...(comparison
          ? [
              { id: 'vs-spectral', goal: '>= 5x faster than Spectral', value: comparison.spectralOverLint, met: comparison.spectralOverLint >= 5 },
              // Information, not a goal: ajv-cli checks the schema alone, we run the whole product
              // (71+ rules, positions, scores, a report); the row shows the price of that.
            ]
          : []),
      ];
  const result = {
    kind: opts.smoke ? 'smoke' : 'full',
    started,
    machine: machine(),
    loadAverage: { start: round(load[0]), end: round(load[1]) },
    runs: RUNS,
    corpora: Object.fromEntries(Object.entries(corpora).map(([k, c]) => [k, { files: c.count, bytes: c.bytes }])),
    singleFile,
    small,
    throughput,
    steady,
    memory,
    comparison,
    goals,
  };
  writeFileSync(path.join(opts.out, 'result.json'), JSON.stringify(result, null, 2) + '\n');
  const md = markdown(result);
  writeFileSync(path.join(opts.out, 'result.md'), md);
  process.stdout.write(md);
  if (goals.length) {
    process.stdout.write('\n');
    for (const g of goals) process.stdout.write(`${g.met ? 'MET    ' : 'NOT MET'}  ${g.goal} (measured: ${g.value ?? 'n/a'})\n`);
  }
}

function markdown(r) {
  const m = r.machine;
  const lines = [
    `Measured ${r.started.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end${r.kind === 'smoke' ? ' (smoke run: tiny corpora, not a measurement)' : ''}.`,
    '',
    '| measure | strategy-lint | reference | ratio | goal |',
    '| --- | --- | --- | --- | --- |',
    `| single file, cold (median of ${r.runs}) | ${r.singleFile.lintMedianMs} ms | \`node -e 0\`: ${r.singleFile.nodeMedianMs} ms | ${r.singleFile.ratio}x | <= 1.5x |`,
    `| ${r.small.files} files (one directory) | ${r.small.medianMs} ms, ${r.small.filesPerSec} files/s | | | |`,
    `| ${r.throughput.files} files, ${r.throughput.coresUsed} thread${r.throughput.coresUsed === 1 ? '' : 's'} | ${r.throughput.lintFilesPerSec} files/s (1 thread: ${r.throughput.singleThreadFilesPerSec}) | parse floor: ${r.throughput.floorFilesPerSec} files/s per core | ${r.throughput.ratio}x of floor x ${r.throughput.coresUsed} | >= 0.8x |`,
    `| ${r.steady.files} files, warm-up vs steady state (1 thread, in one process) | first pass ${r.steady.coldPassMs} ms, best later pass ${r.steady.warmPassMs} ms (${r.steady.warmFilesPerSec} files/s) | | warm-up: ${round(r.steady.coldPassMs / r.steady.warmPassMs)}x | |`,
    `| ${r.memory.files} files, peak RSS | ${r.memory.peakRssMB ?? 'n/a'} MB (${r.memory.ms} ms) | | | < 250 MB |`,
  ];
  if (r.comparison) {
    const c = r.comparison;
    // CPU time (all of a process's threads) beside wall time: it shows what a second core is spent on.
    const cpu = (ms) => (ms === null || ms === undefined ? '' : ` (CPU ${round(ms / 1000, 1)} s)`);
    lines.push(
      `| ${c.files} files vs ajv-cli (schema only) | ${c.lintMs} ms${cpu(c.lintCpuMs)} | ajv-cli: ${c.ajvCliMs} ms${cpu(c.ajvCliCpuMs)} | ajv-cli takes ${c.ajvCliOverLint}x | (information: a schema check alone) |`,
    );
    lines.push(
      `| ${c.files} files, steady state vs ajv-cli | best warm pass: ${r.steady.warmPassMs} ms | ajv-cli: ${c.ajvCliMs} ms | ajv-cli takes ${c.ajvCliOverWarmPass}x | (information) |`,
    );
    lines.push(
      `| ${c.files} files vs Spectral (schema only) | ${c.lintMs} ms${cpu(c.lintCpuMs)} | Spectral: ${c.spectralMs} ms${cpu(c.spectralCpuMs)} | Spectral takes ${c.spectralOverLint}x | >= 5x |`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * `--hostile`: each generator of bench/hostile.mjs at its sizes, in a process of its own; the time
 * (CPU, best of 3) at each size, the exponent k of time ~ n^k from the smallest to the largest size
 * and the growth per doubling (2 = linear, 4 = quadratic); then the peak RSS of the CLI writing
 * SARIF and JUnit over more and more files with many findings (flat = memory bounded). Prints a
 * table and writes hostile.json and hostile.md; like the rest of the bench it never fails.
 */
async function hostile() {
  mkdirSync(opts.out, { recursive: true });
  await ensureBuilt();
  const { GENERATORS, manyFindingPlans, perDoubling } = await import('./hostile.mjs');
  const started = new Date().toISOString();
  log(
    `bench: hostile generators${opts.smoke ? ' (smoke: test sizes)' : ''} on ${machine().cpu} (${machine().cores} cores), load average ${round(os.loadavg()[0])}`,
  );
  const generators = [];
  for (const g of GENERATORS) {
    const sizes = opts.smoke ? g.sizes.test : g.sizes.bench;
    log(`bench: ${g.name} at ${sizes.join(', ')}…`);
    const out = execFileSync(process.execPath, [path.join(BENCH, 'hostile-run.mjs'), g.name, String(opts.smoke ? 1 : 3), ...sizes.map(String)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 60 * 60_000,
    });
    const { points } = JSON.parse(out);
    const growth = perDoubling(
      points.map((p) => p.n),
      points.map((p) => p.cpuMs),
    );
    generators.push({
      name: g.name,
      what: g.what,
      args: g.args,
      points: points.map((p) => ({ n: p.n, kB: round(p.bytes / 1024, 0), cpuMs: round(p.cpuMs, 0), wallMs: round(p.wallMs, 0), exitCode: p.exitCode })),
      exponent: round(growth.exponent),
      perDoubling: round(growth.perDoubling),
      // Linear work shows an exponent near 1 (below it, when fixed costs weigh at small sizes); n log n a little above.
      verdict: growth.exponent <= 1.25 ? 'linear' : 'SUPER-LINEAR',
    });
  }
  // Memory: SARIF (stdout) and JUnit (--output) over 2,000 to 8,000 plans of 200 findings each.
  const memory = [];
  const counts = opts.smoke ? [20, 40] : [2000, 4000, 8000];
  const all = manyFindingPlans(counts[counts.length - 1], 200);
  for (const count of counts) {
    const dir = path.join(opts.out, `hostile-files-${count}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of all.slice(0, count)) writeFileSync(path.join(dir, name), text);
    const row = { files: count, findings: count * 200 };
    for (const [format, extra] of [
      ['sarif', []],
      ['junit', ['--output', path.join(opts.out, 'hostile-report.xml')]],
    ]) {
      log(`bench: ${format} over ${count} files…`);
      const r = await timed('node', [BIN, '-f', format, ...extra, '.'], { cwd: dir, usage: true, env: { STRATEGY_LINT_JOBS: '1' } });
      row[format] = { ms: round(r.ms, 0), peakRssMB: r.rssKB ? round(r.rssKB / 1024, 0) : null, exitCode: r.code ?? r.signal };
    }
    rmSync(dir, { recursive: true, force: true });
    memory.push(row);
  }
  rmSync(path.join(opts.out, 'hostile-report.xml'), { force: true });
  const result = { kind: opts.smoke ? 'hostile-smoke' : 'hostile', started, machine: machine(), generators, memory };
  writeFileSync(path.join(opts.out, 'hostile.json'), JSON.stringify(result, null, 2) + '\n');
  const md = hostileMarkdown(result);
  writeFileSync(path.join(opts.out, 'hostile.md'), md);
  process.stdout.write(md);
}

function hostileMarkdown(r) {
  const m = r.machine;
  const lines = [
    `Measured ${r.started.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, Node ${m.node}${r.kind === 'hostile-smoke' ? ' (smoke run: the test sizes, one repetition)' : ''}. CPU time of the CLI in one process, best of 3 runs, each on new ids.`,
    '',
    '| generator | sizes (n) | KB | CPU ms | time ~ n^k | per doubling | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const g of r.generators) {
    lines.push(
      `| ${g.name} | ${g.points.map((p) => p.n).join(', ')} | ${g.points.map((p) => p.kB).join(', ')} | ${g.points.map((p) => p.cpuMs).join(', ')} | k = ${g.exponent} | ${g.perDoubling}x | ${g.verdict} |`,
    );
  }
  lines.push('', '| files (200 findings each) | SARIF to stdout: time, peak RSS | JUnit to --output: time, peak RSS |', '| --- | --- | --- |');
  for (const x of r.memory)
    lines.push(
      `| ${x.files} | ${x.sarif.ms} ms, ${x.sarif.peakRssMB} MB (exit ${x.sarif.exitCode}) | ${x.junit.ms} ms, ${x.junit.peakRssMB} MB (exit ${x.junit.exitCode}) |`,
    );
  return lines.join('\n') + '\n';
}

(opts.hostile ? hostile() : main()).catch((e) => {
  process.stderr.write(`bench: failed: ${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
