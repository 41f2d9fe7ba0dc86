// A progress line on stderr for long runs over many files. It appears only on a terminal
// (stderr is a TTY), never in CI (`CI` set) or when stderr is piped or captured, never for one
// file, and only once a run has taken more than a second; it erases itself before the report is
// printed. Whether stderr is a terminal is asked only then: a run that never gets there never
// opens stderr (see processIO in main.ts).

export interface ProgressIO {
  stderr(s: string): void;
  /** Writes the progress line (main.ts: through the exit point, which keeps its `\r ESC[K`). */
  progressStderr?(s: string): void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal. */
  stderrIsTTY?: boolean;
}

export interface Progress {
  /** `done` of `total` files linted. */
  update(done: number, total: number): void;
  /** Erases the line (if shown). Call before writing the report. */
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

export function createProgress(io: ProgressIO, opts: { now?: () => number; delayMs?: number; intervalMs?: number } = {}): Progress {
  if (io.env.CI !== undefined || io.env.TERM === 'dumb') return NONE;
  const now = opts.now ?? (() => performance.now());
  const delay = opts.delayMs ?? 1000;
  const interval = opts.intervalMs ?? 100;
  const start = now();
  let last = -Infinity;
  let shown = false;
  let terminal: boolean | undefined;
  return {
    update(done, total) {
      if (total <= 1) return;
      const t = now();
      if (t - start < delay || (t - last < interval && done < total)) return;
      if (!(terminal ??= Boolean(io.stderrIsTTY))) return;
      last = t;
      shown = true;
      const pct = total ? Math.floor((done / total) * 100) : 100;
      (io.progressStderr ?? io.stderr)(`\r\x1b[Kstrategy-lint: ${done}/${total} files (${pct}%)`);
    },
    end() {
      if (shown) (io.progressStderr ?? io.stderr)('\r\x1b[K');
      shown = false;
    },
  };
}
