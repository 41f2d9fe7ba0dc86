// Expand the command line's files, directories and globs into the list of plan files, in a
// stable order. Directories are scanned for the default plan names plus the configuration's
// `files`; directory scans and globs honour .gitignore files (from the repository root down)
// and the configuration's `ignore`. A file named explicitly is linted even if git ignores it.
// Synchronous stats and reads on purpose: a handful per directory, cheaper than thread-pool round trips.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
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
  const git = gitIgnore();
  const keep = async (file: string) => !(await git.ignores(file)) && !(await options.configIgnored?.(file));
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        const found = await globFiles([arg], cwd);
        const kept = [];
        for (const f of found) if (await keep(f)) kept.push(f);
        if (kept.length === 0) errors.push({ path: arg, message: found.length ? 'the pattern matches only ignored files' : 'the pattern matches no file' });
        for (const f of kept) abs.add(f);
        continue;
      }
      errors.push({ path: arg, message: code === 'ENOENT' ? `no such file or directory${nearName(full)}` : code === 'ELOOP' ? 'too many symbolic links (a symlink loop)' : `cannot read (${code})` });
      continue;
    }
    if (stat.isDirectory()) {
      const yamls = await globFiles(['**/*.yaml', '**/*.yml'], full);
      const found = yamls.filter((f) => PLAN_FILE.test(path.basename(f)));
      const extra = await options.extraPatterns?.(full);
      if (extra && extra.patterns.length) {
        for (const f of await globFiles(extra.patterns, extra.base)) if (f === full || f.startsWith(full + path.sep)) found.push(f);
      }
      const kept = [];
      for (const f of new Set(found)) if (await keep(f)) kept.push(f);
      if (kept.length === 0) errors.push({ path: arg, message: 'no plan files (*.strategy.yaml, strategy*.yaml or the configuration\'s `files`) in this directory' + otherYaml(yamls, full) });
      for (const f of kept) abs.add(f);
    } else if (await options.configIgnored?.(full)) {
      ignored.push(arg);
    } else {
      abs.add(full);
    }
  }
  // The same file reached twice (through a symlinked directory) is linted once.
  const byReal = new Map<string, string>();
  const shown = [...abs].map((f) => (f.startsWith(cwd + path.sep) ? path.relative(cwd, f) : f)).sort(cmp);
  for (const f of shown) {
    let real: string;
    try {
      real = realpathSync.native(path.resolve(cwd, f));
    } catch {
      real = f;
    }
    if (!byReal.has(real)) byReal.set(real, f);
  }
  return { files: [...byReal.values()].sort(cmp), errors, ignored };
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
  const stem = (n: string) => n.toLowerCase().replace(/\.(txt|yaml|yml)$/g, '').replace(/\.(txt|yaml|yml)$/g, '').replace(/[\s_-]+/g, '');
  const near = names.find((n) => n.toLowerCase() !== want && stem(n) === stem(want) && n.length < 200);
  return near ? ` (did you mean ${oneLine(near)}?)` : '';
}

/** Absolute paths of the files matching patterns under `dir` (symlink loops are not followed forever). */
async function globFiles(patterns: string[], dir: string): Promise<string[]> {
  const found = await glob(patterns, { cwd: dir, absolute: true, dot: false, ignore: SKIP, followSymbolicLinks: true, expandDirectories: false });
  return found.map((f) => path.resolve(f)).sort(cmp);
}

/** Why readRegularFile did not read a file; each caller words it for its kind of file. */
export type ReadFailure =
  | { kind: 'directory' }
  | { kind: 'not-regular' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'io'; code: string | undefined };

/**
 * Reads a regular file of at most `maxBytes` bytes, for plans, configurations and knowledge files
 * alike. Never throws and never blocks: a directory, a FIFO or device (whose read would wait for a
 * writer), a file over the limit (checked before the read and again after it, as the file may grow
 * in between) and an I/O error come back as a failure.
 */
export function readRegularFile(file: string, maxBytes: number): { buf: Buffer } | { failure: ReadFailure } {
  const io = (e: unknown) => ({ failure: { kind: 'io', code: (e as NodeJS.ErrnoException)?.code } as const });
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { failure: { kind: 'directory' } };
    if (!st.isFile()) return { failure: { kind: 'not-regular' } };
    size = st.size;
  } catch (e) {
    return io(e);
  }
  if (size > maxBytes) return { failure: { kind: 'too-large', bytes: size } };
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    return io(e);
  }
  return buf.length > maxBytes ? { failure: { kind: 'too-large', bytes: buf.length } } : { buf };
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
        if (ig && ig.ignores(path.relative(d, file).split(path.sep).join('/'))) return true;
      }
      return false;
    },
  };
}
