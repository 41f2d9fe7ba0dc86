// The speed tricks of the engine and their off switches, in one place. Each trick only makes a
// run faster: switched off, every output stays the same (the tests run both ways).
//
//   trick                                   where                         off switch
//   fast parser for plain block YAML        src/load/fast-yaml.ts         STRATEGY_LINT_FAST_YAML=0
//   worker threads for large runs           src/engine/many.ts            STRATEGY_LINT_JOBS=1
//   V8 code cache of the bundled CLI        bin/strategy-lint.js          STRATEGY_LINT_CODE_CACHE=0
//   schema compiled at build time           scripts/build.mjs             (run from source: npx tsx / vitest)
//   start-up trims of dependencies          scripts/build.mjs             (warns and skips when a dependency changed)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const off = (value: string | undefined): boolean => value === '0' || value === 'false' || value === 'off';

/** Whether plans go through the fast parser first (`yaml` reads what it does not handle). */
export function fastYamlEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !off(env.STRATEGY_LINT_FAST_YAML);
}

/** Threads asked for with STRATEGY_LINT_JOBS (a whole number >= 1), else undefined. */
export function jobsFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const n = env.STRATEGY_LINT_JOBS ? Number(env.STRATEGY_LINT_JOBS) : undefined;
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Cores available to this process (read lazily: a one-file run never loads node:os). */
export const cores = (): number => (globalThis.process?.getBuiltinModule?.('node:os') as typeof import('node:os') | undefined)?.availableParallelism() ?? 1;

/** The worker script: the bundle defines its own URL; from source, the tsc output in build/. */
declare const __SL_WORKER_URL__: URL | undefined;
export function workerScript(): URL | undefined {
  if (typeof __SL_WORKER_URL__ !== 'undefined') return __SL_WORKER_URL__;
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../build/engine/worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u)));
}
