// A worker thread of lintMany (src/engine/many.ts): lints the files it is sent and posts the
// reports back. It holds no state but the configurations it was sent, keyed by id.
import { isMainThread, parentPort } from 'node:worker_threads';
import { lintFile } from './lint.js';
import type { ResolvedConfig } from '../config/config.js';
import type { FileReport } from '../types.js';

export type ToWorker = { type: 'config'; id: number; config: ResolvedConfig } | { type: 'batch'; batch: number; items: WorkItem[]; keepSource: boolean };

/** One file to lint: its configuration by id, and its baseline counts (decremented, sent back). */
export interface WorkItem {
  index: number;
  abs: string;
  config: number;
  baseline?: Map<string, number>;
}

export type WorkerResult = FileReport | { path: string; ioError: string };
export type FromWorker = { type: 'results'; batch: number; results: { index: number; result: WorkerResult; baseline?: Map<string, number> }[] };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const configs = new Map<number, ResolvedConfig>();
  port.on('message', async (msg: ToWorker) => {
    if (msg.type === 'config') {
      // Structured cloning drops null prototypes: restore them (rule ids are keys).
      const c = msg.config;
      configs.set(msg.id, { ...c, rules: Object.assign(Object.create(null), c.rules), categoryWeights: Object.assign(Object.create(null), c.categoryWeights) });
      return;
    }
    const results: FromWorker['results'] = [];
    for (const item of msg.items) {
      const result = await lintFile(item.abs, { config: configs.get(item.config), baseline: item.baseline, keepSource: msg.keepSource });
      results.push({ index: item.index, result, baseline: item.baseline });
    }
    port.postMessage({ type: 'results', batch: msg.batch, results } satisfies FromWorker);
  });
}
