// Preloaded (node --import, or NODE_OPTIONS for tools started through their own bin) into a
// measured process: when it exits, writes its peak RSS (KB) and the CPU time it used (user +
// system, ms) to $STRATEGY_LINT_BENCH_USAGE_FILE as JSON. Both are the whole process's: worker
// threads and V8's background compiler and GC threads included.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.STRATEGY_LINT_BENCH_USAGE_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) }));
  });
}
