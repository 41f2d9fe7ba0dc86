// Preloaded (node --import) into a measured process: writes its peak RSS (KB, worker threads
// included: they share the process) to $STRATEGY_LINT_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.STRATEGY_LINT_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
