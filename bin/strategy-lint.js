#!/usr/bin/env node
// Starts the CLI as fast as Node 20 allows: the bundled CLI (one file, see scripts/build.mjs) is
// compiled with V8's code cache made at build time, so start-up neither reads hundreds of modules
// nor compiles the functions a run needs. Falls back to the ES-module bundle, then to the tsc
// output, when those files are missing (a partial build); a cache that does not fit is ignored.
//
// This file is CommonJS (bin/package.json says so): Node starts a CommonJS entry without its ES
// module loader, and `require` of a built-in does not evaluate the module's lazy exports as an ES
// import does (node:fs would load streams and fs/promises); a few milliseconds of every run.
'use strict';
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const DIST = path.join(__dirname, '..', 'dist');

function loadScript() {
  const file = path.join(DIST, 'strategy-lint.cjs');
  let source;
  try {
    source = readFileSync(file, 'latin1'); // the build makes it pure ASCII (scripts/build.mjs)
  } catch {
    return undefined;
  }
  let cacheFile;
  let cachedData;
  try {
    const id = readFileSync(file + '.id', 'utf8').trim();
    cacheFile = path.join(DIST, 'code-cache', `${id}-${process.version}-${process.arch}.bin`);
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache (yet): compile normally
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, DIST);
  // The build runs the CLI once with this variable set, to write the cache.
  const writeCache = () => {
    if (!process.env.STRATEGY_LINT_WRITE_CODE_CACHE || !cacheFile) return;
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, script.createCachedData());
  };
  return { run: module.exports.run, writeCache };
}

async function load() {
  const script = loadScript();
  if (script) return script;
  try {
    return await import('../dist/strategy-lint.mjs');
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    return import('../dist/cli/main.js');
  }
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
  process.stderr.write('strategy-lint: internal error: cannot load the program (run `npm run build`)\n');
  process.exit(2);
});
