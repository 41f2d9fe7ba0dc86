#!/usr/bin/env node
// Starts the CLI as fast as Node 20 allows: the bundled CLI (one file in dist/, committed; see
// scripts/build.mjs) is compiled with V8's code cache, so start-up neither reads hundreds of
// modules nor compiles the functions a run needs. The cache depends on the Node version, so it is
// not shipped: the first run that finds none writes it (dist/code-cache/, a temporary file renamed
// into place; silently skipped where the package directory is read-only). A cache that does not
// fit is ignored and replaced. STRATEGY_LINT_CODE_CACHE=0 neither reads nor writes it. Falls back
// to the ES-module bundle when the script is missing.
//
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS entry without its ES
// module loader, and `require` of a built-in does not evaluate the module's lazy exports as an ES
// import does (node:fs would load streams and fs/promises); a few milliseconds of every run.
'use strict';
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createHash, randomBytes } = require('node:crypto');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '..', 'dist');

// V8 does not check a code cache for damage, and a damaged one can crash it: the cache file ends
// with the SHA-1 of its data (0.6 ms for the 1 MB cache), and one that does not match is ignored
// (and rewritten after the run).
const digest = (data) => createHash('sha1').update(data).digest();
function verified(file) {
  if (file.length <= 20) return undefined;
  const data = file.subarray(0, file.length - 20);
  return digest(data).equals(file.subarray(file.length - 20)) ? data : undefined;
}

function loadScript() {
  const file = path.join(DIST, 'strategy-lint.cjs');
  let source;
  try {
    source = readFileSync(file, 'latin1'); // the build makes it pure ASCII (scripts/build.mjs)
  } catch {
    return undefined;
  }
  const useCache = !['0', 'false', 'off'].includes(process.env.STRATEGY_LINT_CODE_CACHE ?? '');
  let cacheFile;
  let cachedData;
  if (useCache) {
    try {
      const id = readFileSync(file + '.id', 'utf8').trim();
      cacheFile = path.join(DIST, 'code-cache', `${id}-${process.version}-${process.arch}.bin`);
      cachedData = verified(readFileSync(cacheFile));
    } catch {
      // no cache (yet): compile normally, and write one after the run
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, DIST);
  // After the first run (or when the cache did not fit): write it for the next runs.
  const writeCache = () => {
    if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
    // A name no other process can pick (containers sharing a volume reuse PIDs).
    const partial = `${cacheFile}.${process.pid}-${randomBytes(6).toString('hex')}.partial`;
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      const data = script.createCachedData();
      writeFileSync(partial, Buffer.concat([data, digest(data)]));
      renameSync(partial, cacheFile);
    } catch {
      rmSync(partial, { force: true });
    }
  };
  return { run: module.exports.run, writeCache };
}

async function load() {
  const script = loadScript();
  if (script) return script;
  return import('../dist/strategy-lint.mjs');
}

function start(main) {
  main.run(process.argv.slice(2)).then(
    (code) => {
      main.writeCache?.();
      process.exitCode = code;
    },
    () => {
      process.stderr.write('strategy-lint: internal error\n');
      process.exitCode = 2;
    },
  );
}

load().then(start, () => {
  process.stderr.write('strategy-lint: internal error: cannot load the program from dist/ (in a clone of the repository, run `npm run build`)\n');
  process.exit(2);
});
