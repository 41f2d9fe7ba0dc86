// Expand the command line's files and directories into the list of plan files, in a stable order.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** File names linted when a directory is given. */
export const PLAN_FILE = /(^strategy.*|\.strategy)\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface Expanded {
  files: string[];
  /** Paths that do not exist or cannot be read: usage errors (exit 2). */
  errors: { path: string; message: string }[];
}

export async function expandPaths(args: string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>();
  const errors: Expanded['errors'] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push({ path: arg, message: code === 'ENOENT' ? 'no such file or directory' : code === 'ELOOP' ? 'too many symbolic links (a symlink loop)' : `cannot read (${code})` });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(abs, errors, new Set());
      if (found.length === 0) errors.push({ path: arg, message: 'no plan files (*.strategy.yaml, strategy*.yaml) in this directory' });
      for (const f of found) files.add(path.relative(cwd, f) || f);
    } else {
      files.add(arg);
    }
  }
  return { files: [...files].sort(), errors };
}

async function walk(dir: string, errors: Expanded['errors'], seen: Set<string>): Promise<string[]> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) return []; // symlink loop
  seen.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ path: dir, message: `cannot read directory (${(e as NodeJS.ErrnoException).code})` });
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...(await walk(full, errors, seen)));
    } else if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        if (st.isDirectory()) out.push(...(await walk(full, errors, seen)));
        else if (st.isFile() && PLAN_FILE.test(e.name)) out.push(full);
      } catch {
        /* broken link or loop: skip */
      }
    } else if (e.isFile() && PLAN_FILE.test(e.name)) {
      out.push(full);
    }
  }
  return out;
}
