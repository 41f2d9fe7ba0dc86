// Command-line wiring only: parse argv, call the engine, pick a formatter, return the exit code.
import { Command, CommanderError, Option } from 'commander';
import { registerLint } from './lint-command.js';
import { registerRules } from './rules-command.js';
import { registerExplain } from './explain-command.js';
import { registerSchema } from './schema-command.js';
import { registerInit } from './init-command.js';
import { registerDiff } from './diff-command.js';
import { TOOL } from '../engine/lint.js';
import { oneLine, stripControl } from '../util/text.js';
import { safeText, safeWriter } from '../util/safe-text.js';

export interface IO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line of src/cli/progress.ts; absent = no). */
  stderrIsTTY?: boolean;
  /**
   * Writes `--format github` output to stdout: its own annotation lines may start with `::`, which
   * the exit point (src/util/safe-text.ts) neutralises in everything else. Set by `run`.
   */
  workflowStdout?(s: string): void;
  /** Writes the progress line to stderr (its `\r ESC[K` kept). Set by `run`. */
  progressStderr?(s: string): void;
  /**
   * Once everything is written: why stdout could not take it (a full disk, an I/O error), in
   * words, or undefined. A reader that went away (`| head`) is not a failure. `run` then exits 2.
   */
  outputFailure?(): Promise<string | undefined>;
  /**
   * Resolves once stdout has taken what was written (a pipe to a slower reader holds the rest in
   * memory): a long run waits for it after each file, so that memory does not grow with the report.
   */
  drained?(): Promise<void>;
}

/**
 * The IO every command writes through: each chunk for stdout and stderr passes the exit point
 * (safeText: no control or invisible character, no forged CI command, no identifier the
 * patient-data detector finds), whatever produced it. Other properties read through to `io`.
 */
export function guardIO(io: IO): IO {
  const out = safeWriter((s) => io.stdout(s));
  const err = safeWriter((s) => io.stderr(s));
  const guarded: IO = Object.create(io);
  guarded.stdout = (s) => out(s);
  guarded.stderr = (s) => err(s);
  guarded.workflowStdout = (s) => out(s, { workflowCommands: true });
  guarded.progressStderr = (s) => err(s, { progress: true });
  return guarded;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function processIO(): IO {
  // A reader that goes away (`strategy-lint plan.yaml | head`) is not a crash: further output is dropped.
  // process.stderr is made on first use (a run that writes nothing there never pays for the stream).
  const quiet = <T extends NodeJS.WriteStream>(stream: T): T => {
    if (stream.listenerCount('error') === 0) stream.on('error', () => {});
    return stream;
  };
  // A write that fails (`> /dev/full`, a disk that fills up) is remembered, and `run` exits 2
  // with a message (outputFailure); a reader that goes away (EPIPE) is not a failure.
  let stdoutError: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') stdoutError ??= e;
  });
  const stdout = quiet(process.stdout);
  let stderr: NodeJS.WriteStream | undefined;
  const err = () => (stderr ??= quiet(process.stderr));
  // Process warnings (a library's, Node's) are captured, never printed raw: Node's own printer is
  // replaced by one sanitised line through the exit point (a warning may quote plan text).
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    err().write(safeText(`strategy-lint: warning: ${oneLine(`${w.name}: ${w.message}`).slice(0, 300)}\n`));
  });
  return {
    stdout: (s) => stdout.write(s),
    stderr: (s) => err().write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(stdout.isTTY),
    get stderrIsTTY() {
      return Boolean(err().isTTY);
    },
    drained: () =>
      new Promise((resolve) => {
        if (!stdout.writableNeedDrain || stdout.destroyed) return resolve();
        // Whichever comes first: the buffer drains, or the stream ends (a reader that went away).
        const done = () => {
          stdout.off('drain', done);
          stdout.off('close', done);
          stdout.off('error', done);
          resolve();
        };
        stdout.on('drain', done);
        stdout.on('close', done);
        stdout.on('error', done);
      }),
    outputFailure: () =>
      new Promise((resolve) => {
        // After what was written has been handed to the system (a file's error arrives a tick later).
        const done = () => setImmediate(() => resolve(stdoutError ? writeFailureText(stdoutError) : undefined));
        if (stdout.destroyed || stdout.writableEnded) done();
        else stdout.write('', () => done());
      }),
  };
}

/** A failed write in words: `no space left on the device (ENOSPC)`. */
export function writeFailureText(e: NodeJS.ErrnoException | undefined): string {
  const code = e?.code;
  const words: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EFBIG: 'the file would exceed the maximum file size allowed',
    EIO: 'an input/output error',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a directory',
    ENOENT: 'its directory does not exist',
    ENOTDIR: 'a part of the path is not a directory',
    EBADF: 'the output is closed',
  };
  return code ? `${words[code] ?? 'the write failed'} (${code})` : 'the write failed';
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function run(argv: string[], rawIO: IO = processIO()): Promise<number> {
  const io = guardIO(rawIO);
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = c;
  };
  const program = new Command()
    .name(TOOL.name)
    .description("Lint and score a healthcare organisation's social-media strategy (YAML).")
    .version(TOOL.version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showSuggestionAfterError(true)
    // Options after a subcommand belong to it (`diff a b --format json`), not to the lint command.
    .enablePositionalOptions();
  registerLint(program, io, setCode);
  registerRules(program, io, setCode);
  registerExplain(program, io, setCode);
  registerSchema(program, io, setCode);
  registerInit(program, io, setCode);
  registerDiff(program, io, setCode);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      const help = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
      code = help ? EXIT.ok : EXIT.usage;
    } else {
      // One sanitised line, never a stack trace (the message may quote input).
      io.stderr(`strategy-lint: internal error: ${stripControl(String((e as Error)?.message ?? e).split('\n')[0]).slice(0, 200)}\n`);
      code = EXIT.usage;
    }
  }
  // A report that could not be written is not a result: exit 2, whatever the lint found.
  const failure = await rawIO.outputFailure?.();
  if (failure) {
    io.stderr(`strategy-lint: cannot write the output to standard output: ${failure}\n`);
    return EXIT.usage;
  }
  return code;
}

export { Option };
