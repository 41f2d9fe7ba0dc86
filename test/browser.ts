// The Chromium that browser tests drive, found without any system package:
//   1. $CHROMIUM_PATH, when set (it must exist: a wrong path is an error, not a silent fallback);
//   2. a system Chromium or Chrome on the usual paths;
//   3. the headless Chromium shipped inside the npm package @sparticuz/chromium (a devDependency),
//      unpacked once into node_modules/.cache/strategy-lint-chromium/<version>/. The unpack writes
//      a temporary file and renames it, so an interrupted run or two runs at once never leave a
//      half-written binary behind.
import { accessSync, chmodSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { ROOT } from './helpers.js';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a headless browser on a machine with no network and no display. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the browser comes from, and its path. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ source: string; path: string }> {
  if (env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    return { source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH };
  }
  const system = SYSTEM_PATHS.find(executable);
  if (system) return { source: 'system', path: system };
  return { source: '@sparticuz/chromium', path: await unpackPackagedChromium() };
}

/** Unpacks @sparticuz/chromium's brotli-compressed binary once; later calls return the same file. */
export async function unpackPackagedChromium(cacheRoot = path.join(ROOT, 'node_modules/.cache/strategy-lint-chromium')): Promise<string> {
  // The package's "exports" hide package.json and bin/: locate it in node_modules directly.
  const pkgJson = path.join(ROOT, 'node_modules/@sparticuz/chromium/package.json');
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  const compressed = path.join(path.dirname(pkgJson), 'bin/chromium.br');
  const dir = path.join(cacheRoot, version);
  const target = path.join(dir, 'chromium');
  if (executable(target)) return target;
  mkdirSync(dir, { recursive: true });
  const partial = `${target}.${process.pid}.${Date.now()}.partial`;
  try {
    await pipeline(createReadStream(compressed), createBrotliDecompress(), createWriteStream(partial, { mode: 0o700 }));
    chmodSync(partial, 0o755);
    renameSync(partial, target); // atomic on one file system: readers see no file or the whole file
  } finally {
    if (existsSync(partial)) rmSync(partial, { force: true });
  }
  return target;
}
