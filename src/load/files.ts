// Expand the command line's files, directories and globs into the list of plan files, in a
// stable order. Directories are scanned for the default plan names plus the configuration's
// `files`; directory scans and globs honour .gitignore files (from the repository root down)
// and the configuration's `ignore`. A file named explicitly is linted even if git ignores it.
// Synchronous stats and reads on purpose: a handful per directory, cheaper than thread-pool round trips.
import {
  closeSync,
  constants as fsConstants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdir as fsReaddir,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  mkdtempSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignoreModule from 'ignore';
import { oneLine } from '../util/text.js';

const ignore = ((ignoreModule as any).default ?? ignoreModule) as typeof ignoreModule;
type Ignore = ReturnType<typeof ignore>;

/** File names linted when a directory is given (the default patterns `**\/*.strategy.yaml`, `**\/strategy*.yaml`, and `.yml`). */
export const PLAN_FILE = /(^strategy.*|\.strategy)\.ya?ml$/i;
export const DEFAULT_PATTERNS = ['**/*.strategy.yaml', '**/*.strategy.yml', '**/strategy*.yaml', '**/strategy*.yml'];
const SKIP = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  /** Plan files, relative to cwd when inside it, sorted. */
  files: string[];
  /** Paths that do not exist, globs that match nothing: usage errors (exit 2). */
  errors: { path: string; message: string }[];
  /** Files named explicitly but excluded by the configuration's `ignore` (not linted). */
  ignored: string[];
  /**
   * For each file, the real path of the tree it was found in: the directory scanned, the directory
   * of a file named on the command line, the working directory for a glob. `--fix` writes a plan
   * only at a real path inside its tree (a symlinked plan that leads outside it is not rewritten).
   */
  roots: Map<string, string>;
}

export interface ExpandOptions {
  /** Extra patterns (the configuration's `files`) for scanning a directory, relative to `base`. */
  extraPatterns?(dir: string): Promise<{ base: string; patterns: string[] } | undefined>;
  /** Whether the configuration that applies to a file ignores it. */
  configIgnored?(abs: string): Promise<boolean>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function expandPaths(args: string[], cwd: string, options: ExpandOptions = {}): Promise<Expanded> {
  const errors: Expanded['errors'] = [];
  const ignored: string[] = [];
  const abs = new Set<string>();
  const rootOfAbs = new Map<string, string>();
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return p;
    }
  };
  const add = (file: string, root: string) => {
    abs.add(file);
    if (!rootOfAbs.has(file)) rootOfAbs.set(file, root);
  };
  const shownPath = (p: string) => (p.startsWith(cwd + path.sep) ? path.relative(cwd, p) : p);
  /** Directories a scan could not read: reported (exit 2), never skipped silently. */
  const unreadable = (dirs: Map<string, string | undefined>) => {
    const list = [...dirs].sort((a, b) => cmp(a[0], b[0]));
    for (const [dir, code] of list.slice(0, 20)) {
      errors.push({
        path: shownPath(dir),
        message: `cannot read this directory (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')}): the plans in it were not linted`,
      });
    }
    if (list.length > 20) errors.push({ path: shownPath(list[20][0]), message: `and ${list.length - 20} more directories that cannot be read` });
  };
  const git = gitIgnore();
  const keep = async (file: string) => !(await git.ignores(file)) && !(await options.configIgnored?.(file));
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat: Stats;
    try {
      stat = statSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const failed = new Map<string, string | undefined>();
        const found = await globFiles([arg], cwd, failed);
        const kept = [];
        for (const f of found) if (await keep(f)) kept.push(f);
        unreadable(failed);
        if (kept.length === 0 && failed.size === 0)
          errors.push({ path: arg, message: found.length ? 'the pattern matches only ignored files' : 'the pattern matches no file' });
        const root = real(cwd);
        for (const f of kept) add(f, root);
        continue;
      }
      errors.push({
        path: arg,
        message:
          code === 'ENOENT'
            ? `no such file or directory${nearName(full)}`
            : code === 'ELOOP'
              ? 'too many symbolic links (a symlink loop)'
              : `cannot read (${code})`,
      });
      continue;
    }
    if (stat.isDirectory()) {
      const failed = new Map<string, string | undefined>();
      const yamls = await globFiles(['**/*.yaml', '**/*.yml'], full, failed);
      const found = yamls.filter((f) => PLAN_FILE.test(path.basename(f)));
      const extra = await options.extraPatterns?.(full);
      if (extra?.patterns.length) {
        for (const f of await globFiles(extra.patterns, extra.base, failed)) if (f === full || f.startsWith(full + path.sep)) found.push(f);
        // The configuration's patterns walk from its own directory: report only what lies in this one.
        for (const d of [...failed.keys()]) if (d !== full && !d.startsWith(full + path.sep)) failed.delete(d);
      }
      const kept = [];
      for (const f of new Set(found)) if (await keep(f)) kept.push(f);
      unreadable(failed);
      if (kept.length === 0 && failed.size === 0)
        errors.push({
          path: arg,
          message: "no plan files (*.strategy.yaml, strategy*.yaml or the configuration's `files`) in this directory" + otherYaml(yamls, full),
        });
      const root = real(full);
      for (const f of kept) add(f, root);
    } else if (await options.configIgnored?.(full)) {
      ignored.push(arg);
    } else {
      add(full, real(path.dirname(full)));
    }
  }
  // The same file reached twice (through a symlinked directory) is linted once.
  const byReal = new Map<string, string>();
  const roots = new Map<string, string>();
  for (const f of [...abs].sort((a, b) => cmp(shownPath(a), shownPath(b)))) {
    const r = real(f);
    if (byReal.has(r)) continue;
    byReal.set(r, shownPath(f));
    roots.set(shownPath(f), rootOfAbs.get(f)!);
  }
  return { files: [...byReal.values()].sort(cmp), errors, ignored, roots };
}

/**
 * "; it holds riverbend-2028.yaml, whose name does not match: …" for a directory without plan
 * files but with other YAML files (a plan saved under another name is skipped silently otherwise).
 */
function otherYaml(yamls: string[], dir: string): string {
  const others = yamls.map((f) => path.relative(dir, f).split(path.sep).join('/')).filter((f) => !f.startsWith('.'));
  if (others.length === 0) return '';
  const first = oneLine(others[0]);
  const renamed = first.replace(/\.(ya?ml)$/i, '.strategy.$1');
  const more = others.length > 1 ? ` (and ${others.length - 1} more YAML file${others.length === 2 ? '' : 's'})` : '';
  return `; it holds ${first}${more}, whose name does not match: rename it ${renamed}, name it on the command line, or list it under \`files:\` in .strategy-lint.yaml`;
}

/** " (did you mean plan.strategy.yml?)" for a missing file with a near name in its directory (`.yml` for `.yaml`, a hidden `.txt`). */
function nearName(full: string): string {
  let names: string[];
  try {
    names = readdirSync(path.dirname(full));
  } catch {
    return '';
  }
  const want = path.basename(full).toLowerCase();
  const stem = (n: string) =>
    n
      .toLowerCase()
      .replace(/\.(txt|yaml|yml)$/g, '')
      .replace(/\.(txt|yaml|yml)$/g, '')
      .replace(/[\s_-]+/g, '');
  const near = names.find((n) => n.toLowerCase() !== want && stem(n) === stem(want) && n.length < 200);
  return near ? ` (did you mean ${oneLine(near)}?)` : '';
}

/**
 * Absolute paths of the files matching patterns under `dir` (symlink loops are not followed
 * forever). The directory walker skips what it cannot read without a word; the directories it
 * could not list are put in `failed` (path → error code), so that a scan never misses plans silently.
 */
async function globFiles(patterns: string[], dir: string, failed?: Map<string, string | undefined>): Promise<string[]> {
  const readdir = ((p: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void) =>
    fsReaddir(p, options as { withFileTypes: true }, (error, entries) => {
      // A directory gone since it was listed, or a file reached as one, is not a failure.
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') failed?.set(path.resolve(p), error.code);
      callback(error, entries);
    })) as unknown as typeof fsReaddir;
  const found = await glob(patterns, {
    cwd: dir,
    absolute: true,
    dot: false,
    ignore: SKIP,
    followSymbolicLinks: true,
    expandDirectories: false,
    fs: { readdir },
  });
  return found.map((f) => path.resolve(f)).sort(cmp);
}

/** Why readRegularFile did not read a file; each caller words it for its kind of file. */
export type ReadFailure = { kind: 'directory' } | { kind: 'not-regular' } | { kind: 'too-large'; bytes: number } | { kind: 'io'; code: string | undefined };

/**
 * Reads a regular file of at most `maxBytes` bytes, for plans, configurations and knowledge files
 * alike. Never throws and never blocks: the file is opened first, without waiting (O_NONBLOCK: a
 * FIFO opens at once even with no writer), and what was opened is checked, not what the path
 * named a moment before (a FIFO swapped in between a stat and a read would block the read
 * forever). A directory, a FIFO or device, a file over the limit (by its size, and by what the
 * read returns: the file may grow) and an I/O error come back as a failure. Symbolic links are
 * followed (a plan may be a link); writing never follows them (see writeFileAtomic).
 */
export function readRegularFile(file: string, maxBytes: number): { buf: Buffer } | { failure: ReadFailure } {
  const io = (e: unknown) => ({ failure: { kind: 'io', code: (e as NodeJS.ErrnoException)?.code } as const });
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0));
  } catch (e) {
    return (e as NodeJS.ErrnoException)?.code === 'EISDIR' ? { failure: { kind: 'directory' } } : io(e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { failure: { kind: 'directory' } };
    if (!st.isFile()) return { failure: { kind: 'not-regular' } };
    if (st.size > maxBytes) return { failure: { kind: 'too-large', bytes: st.size } };
    // Read up to one byte past the limit: a file that grew since fstat is caught without reading it all.
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 1));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(buf.length * 2, 64 * 1024)));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { failure: { kind: 'too-large', bytes: Math.max(length, st.size) } };
    return { buf: buf.subarray(0, length) };
  } catch (e) {
    return io(e);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do
    }
  }
}

/** A failure in words, to follow the file's name: `is a directory, not a plan file`, `no such file`. */
export function readFailureText(f: ReadFailure, kindOfFile: string, maxBytes: number): string {
  switch (f.kind) {
    case 'directory':
      return `is a directory, not a ${kindOfFile}`;
    case 'not-regular':
      return 'is not a regular file';
    case 'too-large':
      return `is ${f.bytes} bytes, above the maximum of ${maxBytes} bytes`;
    case 'io':
      switch (f.code) {
        case 'ENOENT':
          return 'no such file';
        case 'EACCES':
        case 'EPERM':
          return 'permission denied';
        case 'EISDIR':
          return `is a directory, not a ${kindOfFile}`;
        case 'ELOOP':
          return 'too many symbolic links (a symlink loop)';
        default:
          return `cannot read it (${f.code ?? 'error'})`;
      }
  }
}

/** Whether anything (file, directory, link target) is at the path; never throws. */
export function exists(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** .gitignore files from each file's repository root down to its directory (read once each). */
function gitIgnore() {
  const rootOf = new Map<string, Promise<string | undefined>>();
  const rules = new Map<string, Promise<Ignore | undefined>>();
  const repoRoot = (dir: string): Promise<string | undefined> => {
    let p = rootOf.get(dir);
    if (!p) {
      p = (async () => {
        if (exists(path.join(dir, '.git'))) return dir;
        const parent = path.dirname(dir);
        return parent === dir ? undefined : repoRoot(parent);
      })();
      rootOf.set(dir, p);
    }
    return p;
  };
  const rulesOf = (dir: string): Promise<Ignore | undefined> => {
    let p = rules.get(dir);
    if (!p) {
      p = (async () => {
        try {
          return ignore().add(readFileSync(path.join(dir, '.gitignore'), 'utf8'));
        } catch {
          return undefined;
        }
      })();
      rules.set(dir, p);
    }
    return p;
  };
  return {
    async ignores(file: string): Promise<boolean> {
      const root = await repoRoot(path.dirname(file));
      if (!root) return false;
      const dirs: string[] = [];
      for (let d = path.dirname(file); ; d = path.dirname(d)) {
        dirs.push(d);
        if (d === root || path.dirname(d) === d) break;
      }
      for (const d of dirs.reverse()) {
        const ig = await rulesOf(d);
        if (ig?.ignores(path.relative(d, file).split(path.sep).join('/'))) return true;
      }
      return false;
    },
  };
}

// ---- Writing: reports (--output), baselines (--baseline-write) and fixed plans (--fix)

/**
 * A file being written in place of `target`: the text goes to a new temporary file in the same
 * directory (created exclusively, never through a link), which replaces the target in one rename
 * once complete. A failed write (a full disk, a file-size limit) leaves the target as it was.
 */
export interface AtomicFile {
  /** Appends text; after a failure, further writes are ignored (commit reports the failure). */
  write(text: string): void;
  /** Completes the file: flush, close, rename over the target. A message when that failed (the target is then unchanged). */
  commit(): string | undefined;
  /** Drops the temporary file; the target is unchanged. */
  abort(): void;
}

export interface AtomicOptions {
  /**
   * For a plan rewritten by `--fix`: the real path of the tree it was found in (Expanded.roots).
   * The target's links are resolved and the file is written at its real path, which must lie in
   * that tree. Without it (reports, baselines), a target that is a symbolic link is refused.
   */
  root?: string;
  /** Create the missing directories above the target (reports). */
  makeDirectories?: boolean;
}

/** Why a write failed, in words (`permission denied`, `no space left on the device (ENOSPC)`). */
export function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is exceeded (EDQUOT)';
    case 'EFBIG':
      return 'the file would exceed the maximum file size allowed (EFBIG)';
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'ENOENT':
      return 'its directory does not exist';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return `cannot write (${code ?? 'error'})`;
  }
}

/**
 * Opens `target` for an atomic write, or says why it will not be written: a target that is a
 * symbolic link (reports, baselines), that is not a regular file (a directory, a FIFO, a device:
 * replacing /dev/null with a file would be worse than failing), or, for `--fix`, whose real path
 * leaves the tree it was found in.
 */
export function openAtomic(target: string, options: AtomicOptions = {}): AtomicFile | { problem: string } {
  let file = path.resolve(target);
  let mode = 0o666;
  try {
    if (options.root !== undefined) {
      // --fix: write where the plan really is, and only inside its tree.
      const real = realpathSync.native(file);
      const root = options.root;
      if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
        return { problem: 'a symbolic link leads outside the directory it was found in; not rewritten (fix the file it points to where it lies)' };
      }
      file = real;
    }
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) return { problem: 'is a symbolic link; give the path of the file itself (a link is never written through)' };
    if (st?.isDirectory()) return { problem: 'is a directory' };
    if (st && !st.isFile()) return { problem: 'is not a regular file (a FIFO, a socket or a device); not written' };
    if (st) mode = st.mode & 0o7777;
  } catch (e) {
    return { problem: writeFailure(e) };
  }
  if (options.makeDirectories) {
    try {
      makeParents(path.dirname(file));
    } catch (e) {
      return { problem: `cannot write: its directory cannot be created (${(e as NodeJS.ErrnoException)?.code ?? 'error'})` };
    }
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file).slice(0, 100)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0), mode);
    // The new file keeps the mode of the one it replaces (umask aside).
    if (mode !== 0o666) fchmodSync(fd, mode);
  } catch (e) {
    return { problem: writeFailure(e) };
  }
  let failed: unknown;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    try {
      closeSync(fd);
    } catch (e) {
      failed ??= e;
    }
  };
  const drop = () => {
    close();
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  return {
    write(text) {
      if (failed !== undefined || closed) return;
      try {
        const buf = Buffer.from(text, 'utf8');
        for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
      } catch (e) {
        failed = e;
      }
    },
    commit() {
      if (failed === undefined && !closed) {
        try {
          fsyncSync(fd);
        } catch (e) {
          // A file system that cannot sync (some network and virtual ones) still takes the rename.
          if ((e as NodeJS.ErrnoException)?.code !== 'EINVAL' && (e as NodeJS.ErrnoException)?.code !== 'ENOTSUP') failed = e;
        }
      }
      close();
      if (failed === undefined) {
        try {
          renameSync(temp, file);
          return undefined;
        } catch (e) {
          failed = e;
        }
      }
      drop();
      return writeFailure(failed);
    },
    abort: drop,
  };
}

/** Writes a whole file atomically (see openAtomic); a message when it was not written. */
export function writeFileAtomic(target: string, text: string, options: AtomicOptions = {}): string | undefined {
  const f = openAtomic(target, options);
  if ('problem' in f) return f.problem;
  f.write(text);
  return f.commit();
}

/**
 * Creates the missing directories above a report file one level at a time. (Node's recursive mkdir
 * can spin forever under pseudo file systems such as /proc; a plain mkdir fails at once there.)
 */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    if (statSync(d, { throwIfNoEntry: false })) break;
    if (path.dirname(d) === d || missing.length > 64) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/**
 * Text kept aside on disk, not in memory, until it can be written in order (the parts of a
 * JUnit report wait for its first line, which carries the totals). A private temporary directory
 * (mode 0700) holds it; `drain` hands it back in chunks of about a megabyte, then removes it.
 */
export interface Spool {
  write(text: string): void;
  drain(write: (chunk: string) => void): string | undefined;
  dispose(): void;
}

export function createSpool(): Spool {
  let dir: string | undefined;
  let fd: number | undefined;
  let failed: unknown;
  let pending = '';
  const flush = () => {
    if (pending === '' || failed !== undefined) return;
    try {
      if (fd === undefined) {
        dir = mkdtempSync(path.join(tmpdir(), 'strategy-lint-'));
        fd = openSync(path.join(dir, 'spool'), fsConstants.O_RDWR | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0), 0o600);
      }
      const buf = Buffer.from(pending, 'utf8');
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      failed = e;
    }
    pending = '';
  };
  const dispose = () => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      fd = undefined;
    }
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= 1 << 20) flush();
    },
    drain(write) {
      flush();
      if (failed !== undefined) {
        dispose();
        return writeFailure(failed);
      }
      if (fd !== undefined) {
        // Whole lines per chunk: what reads the chunks (the exit point) looks at lines.
        const buf = Buffer.allocUnsafe(1 << 20);
        const decoder = new TextDecoder('utf-8');
        let carry = '';
        for (let pos = 0; ; ) {
          const n = readSync(fd, buf, 0, buf.length, pos);
          if (n === 0) break;
          pos += n;
          const s = carry + decoder.decode(buf.subarray(0, n), { stream: true });
          const cut = s.lastIndexOf('\n') + 1;
          if (cut > 0) write(s.slice(0, cut));
          carry = s.slice(cut);
        }
        carry += decoder.decode();
        if (carry) write(carry);
      }
      dispose();
      return undefined;
    },
    dispose,
  };
}
