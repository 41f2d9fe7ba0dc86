// Linting many files: in this thread, or on worker threads when there are enough files to pay
// for starting them. Results come back in the order of the input, one at a time, so a caller
// can format or count them as they arrive instead of holding every report.
import { lintFile, type LintOptions } from './lint.js';
import { cores, jobsFromEnv, workerScript } from './speed.js';
import { defaultConfig, type ResolvedConfig } from '../config/config.js';
import type { FileReport } from '../types.js';
import type { FromWorker, ToWorker, WorkItem, WorkerResult } from './worker.js';

/** Files at or below this count are linted in this thread: starting workers costs more. */
export const PARALLEL_THRESHOLD = 200;

export interface ManyFile {
  /** The path as reported (relative to the working directory when given so). */
  file: string;
  /** The path to read. */
  abs: string;
}

/** What one file is linted with: its configuration and its baseline (see LintOptions). */
export interface FileOptions {
  config?: ResolvedConfig;
  /** Decremented as findings match, as with lintFile; in a parallel run the counts are copied back. */
  baseline?: Map<string, number>;
}

export interface ManyOptions {
  /** Each file's configuration and baseline (called in input order); default: the default configuration. */
  optionsFor?: (file: ManyFile) => FileOptions | Promise<FileOptions>;
  /** Custom rules (tests): these cannot cross threads, so the run stays in this thread. */
  rules?: LintOptions['rules'];
  /** Keep each report's `source` text (code frames). Default: false, to save memory. */
  keepSource?: boolean;
  /**
   * Share equal parts of the reports (see `compactor`): saves memory when the caller holds every
   * report, wastes it when the caller drops each one after use (streaming). Default: true.
   */
  share?: boolean;
  /**
   * Threads to use, this one included: N > 1 starts N - 1 workers, which lint, while this thread
   * sends them files, hands on what comes back, and lints a batch itself whenever it would wait.
   * Default: `STRATEGY_LINT_JOBS`, else above PARALLEL_THRESHOLD files one per core (up to 8) on 3
   * cores or more (see plannedJobs). 1 = this thread only.
   */
  jobs?: number;
  /** Called after each file with the number of files done. */
  onProgress?: (done: number, total: number) => void;
  /** Called once with the number of worker threads started (0: this thread only). */
  onThreads?: (threads: number) => void;
}

export interface ManyResult {
  file: string;
  /** The report (its `path` is `file`), or the I/O error that kept the file from being read. */
  result: FileReport | { path: string; ioError: string };
}

/** How many threads a run over `count` files uses (1 = no workers). */
export function plannedJobs(count: number, jobs?: number, env: NodeJS.ProcessEnv = process.env): number {
  const requested = jobs ?? jobsFromEnv(env);
  if (requested !== undefined && Number.isInteger(requested) && requested >= 1) return Math.min(requested, Math.max(1, count));
  if (count <= PARALLEL_THRESHOLD) return 1;
  // On two cores one thread is faster. V8 compiles optimised code on a background thread, several
  // seconds of it in a 2,000-file run, so one thread already keeps about 1.5 cores busy, and every
  // worker compiles its own copy again (measured on a 2-core VM: 534 files/s in one thread, 436 in
  // two; two processes on half the files each were slower than one on all). See README,
  // Performance. STRATEGY_LINT_JOBS=2 still asks for two.
  const n = cores();
  return n < 3 ? 1 : Math.min(n, 8);
}

/** Lints every file; yields results in input order. Never throws for a file's content. */
export async function* lintMany(files: ManyFile[], options: ManyOptions = {}): AsyncGenerator<ManyResult> {
  const jobs = options.rules ? 1 : plannedJobs(files.length, options.jobs);
  const script = jobs > 1 ? workerScript() : undefined;
  if (script) yield* parallel(files, options, jobs - 1, script);
  else {
    options.onThreads?.(0);
    yield* sequential(files, options, 0);
  }
}

const optionsOf = async (options: ManyOptions, f: ManyFile): Promise<FileOptions> => (await options.optionsFor?.(f)) ?? {};

function named(f: ManyFile, r: WorkerResult): ManyResult {
  return { file: f.file, result: { ...r, path: f.file } };
}

/**
 * Shares what files have in common, so that holding ten thousand reports costs little: equal
 * rule results and category scores become one object, repeated strings one string. Reports are
 * read-only once made (formatters are pure functions), so sharing changes nothing a reader sees.
 */
function compactor(enabled = true) {
  if (!enabled) return (r: WorkerResult): WorkerResult => r;
  const strings = new Map<string, string>();
  const objects = new Map<string, object>();
  const str = <T extends string | undefined>(v: T): T => {
    if (v === undefined || v.length > 300) return v;
    const seen = strings.get(v);
    if (seen !== undefined) return seen as T;
    strings.set(v, v);
    return v;
  };
  const share = <T extends object>(o: T): T => {
    const key = JSON.stringify(o);
    const seen = objects.get(key);
    if (seen) return seen as T;
    objects.set(key, o);
    return o;
  };
  return (r: WorkerResult): WorkerResult => {
    if ('ioError' in r) return r;
    r.rules = r.rules.map(share);
    r.categories = r.categories.map(share);
    for (const f of r.findings) {
      f.ruleId = str(f.ruleId);
      f.category = str(f.category);
      f.severity = str(f.severity);
      f.message = str(f.message);
      f.hint = str(f.hint);
      f.pointer = str(f.pointer);
      f.docs = str(f.docs);
    }
    return r;
  };
}

async function* sequential(
  files: ManyFile[],
  options: ManyOptions,
  start: number,
  compact = compactor(options.share),
  end = files.length,
): AsyncGenerator<ManyResult> {
  for (let i = start; i < end; i++) {
    const f = files[i];
    const o = await optionsOf(options, f);
    const r = await lintFile(f.abs, { config: o.config, baseline: o.baseline, rules: options.rules, keepSource: Boolean(options.keepSource) });
    options.onProgress?.(i + 1, files.length);
    yield named(f, compact(r));
  }
}

/**
 * Configurations are sent to each worker once, not with every file: one id per distinct
 * configuration (the knowledge base by identity, the rest by value: resolvers build a new
 * object per file even when nothing differs).
 */
function configRegistry() {
  const knowledgeIds = new Map<unknown, number>();
  const ids = new Map<string, number>();
  const list: ResolvedConfig[] = [];
  return {
    list,
    idOf(config: ResolvedConfig): number {
      let k = knowledgeIds.get(config.knowledge);
      if (k === undefined) knowledgeIds.set(config.knowledge, (k = knowledgeIds.size));
      const key = JSON.stringify({ ...config, knowledge: k });
      let id = ids.get(key);
      if (id === undefined) {
        id = list.push(config) - 1;
        ids.set(key, id);
      }
      return id;
    },
  };
}

/**
 * Each worker's young generation is capped: V8 would otherwise let every isolate's nursery grow to
 * tens of megabytes, and a run over 10,000 files would pass 250 MB (measured on 2 cores, one worker
 * and this thread both linting: about 245 MB uncapped, 228 MB at 4 MB; a plan's garbage is small).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };

async function* parallel(files: ManyFile[], options: ManyOptions, workerCount: number, script: URL): AsyncGenerator<ManyResult> {
  const { Worker } = await import('node:worker_threads');
  type W = InstanceType<typeof Worker>;
  const total = files.length;
  const batchSize = Math.max(1, Math.min(32, Math.ceil(total / (workerCount * 8))));
  const results = new Map<number, WorkerResult>();
  const compact = compactor(options.share);
  const configs = configRegistry();
  const baselines = new Map<number, Map<string, number>>();
  const returned = new Map<number, Map<string, number>>();
  const batches: WorkItem[][] = [];
  let wake: (() => void) | undefined;
  let failed = false;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  // Resolve every file's options first (in order, as the sequential run does), then cut batches.
  for (let i = 0; i < total; i += batchSize) {
    const items: WorkItem[] = [];
    for (let j = i; j < Math.min(total, i + batchSize); j++) {
      const o = await optionsOf(options, files[j]);
      if (o.baseline) baselines.set(j, o.baseline);
      items.push({ index: j, abs: files[j].abs, config: configs.idOf(o.config ?? defaultConfig()), baseline: o.baseline });
    }
    batches.push(items);
  }

  let next = 0;
  // Back-pressure: results wait here in input order until the caller takes them. When more than
  // `ahead` wait (the caller is slower than the workers, e.g. printing), a worker's free slot is
  // parked instead of getting the next batch, and resumed as the caller catches up.
  const ahead = workerCount * batchSize * 4;
  const parked: W[] = [];
  const workers: W[] = [];
  const pending = new Map<W, Set<number>>();
  const sentConfigs = new Map<W, number>();
  const send = (w: W) => {
    if (next >= batches.length || failed) return;
    const b = next++;
    pending.get(w)!.add(b);
    for (let id = sentConfigs.get(w) ?? 0; id < configs.list.length; id++) w.postMessage({ type: 'config', id, config: configs.list[id] } satisfies ToWorker);
    sentConfigs.set(w, configs.list.length);
    w.postMessage({ type: 'batch', batch: b, items: batches[b], keepSource: Boolean(options.keepSource) } satisfies ToWorker);
    batches[b] = [];
  };
  try {
    for (let k = 0; k < Math.min(workerCount, batches.length); k++) {
      const w = new Worker(script, { resourceLimits: WORKER_LIMITS });
      workers.push(w);
      pending.set(w, new Set());
      w.on('message', (msg: FromWorker) => {
        pending.get(w)!.delete(msg.batch);
        for (const r of msg.results) {
          results.set(r.index, r.result);
          if (r.baseline) returned.set(r.index, r.baseline);
        }
        if (results.size < ahead) send(w);
        else parked.push(w);
        notify();
      });
      w.on('error', () => {
        failed = true;
        notify();
      });
      w.on('exit', () => {
        // A worker that stops with work outstanding (it should not) must not leave the run waiting.
        if (pending.get(w)!.size > 0) failed = true;
        notify();
      });
      // Two batches in flight per worker keep it busy while a reply crosses threads.
      send(w);
      send(w);
    }
  } catch {
    failed = true; // e.g. a configuration that cannot be cloned to a worker
  }
  options.onThreads?.(failed ? 0 : workers.length);

  /** Hands on file i's report, which is in `results`. */
  const take = (i: number): ManyResult => {
    const r = results.get(i)!;
    results.delete(i);
    const mine = baselines.get(i);
    const theirs = returned.get(i);
    if (mine && theirs) {
      // The worker decremented a copy: write its counts back into the caller's map.
      mine.clear();
      for (const [key, n] of theirs) mine.set(key, n);
      baselines.delete(i);
      returned.delete(i);
    }
    options.onProgress?.(i + 1, total);
    return named(files[i], compact(r));
  };

  let i = 0;
  try {
    while (i < total) {
      if (results.has(i)) {
        const done = take(i);
        while (parked.length && results.size < ahead) send(parked.pop()!);
        yield done;
        i++;
        continue;
      }
      if (failed) break;
      // Nothing to print yet: rather than idle, lint the next batch here, so that N - 1 workers and
      // this thread keep N cores busy. A turn of the event loop between files lets the workers'
      // replies in; its results wait in order like theirs.
      if (next < batches.length && results.size < ahead) {
        const b = next++;
        for (const item of batches[b]) {
          const r = await lintFile(item.abs, { config: configs.list[item.config], baseline: item.baseline, keepSource: Boolean(options.keepSource) });
          results.set(item.index, r);
          baselines.delete(item.index); // decremented in place: nothing to copy back
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        batches[b] = [];
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // A worker failed: finish in this thread, from the first file not yet reported. Reports already
  // made (here, or by a worker before it failed) are kept: linting those files again would spend
  // their baseline counts twice.
  for (; i < total; i++) {
    if (results.has(i)) yield take(i);
    else yield* sequential(files, options, i, compact, i + 1);
  }
}
