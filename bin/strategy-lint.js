#!/usr/bin/env node
// Starts the CLI as fast as Node 20 allows: the bundled CLI (one file, see scripts/build.mjs) is
// compiled with V8's code cache made at build time, so start-up neither reads hundreds of modules
// nor compiles the functions a run needs. Falls back to the ES-module bundle, then to the tsc
// output, when those files are missing (a partial build); a cache that does not fit is ignored.
//
// Built-in modules come from process.getBuiltinModule (Node >= 20.16), not from `import`: an ES
// module import of node:fs evaluates all of its lazy exports (streams, fs/promises), several
// milliseconds of every run.
const builtin = async (id) => process.getBuiltinModule?.(id) ?? (await import(id));
const { mkdirSync, readFileSync, writeFileSync } = await builtin('node:fs');
const { createRequire } = await builtin('node:module');
const path = await builtin('node:path');
const { fileURLToPath } = await builtin('node:url');
const vm = await builtin('node:vm');

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

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

let main;
try {
  main = await load();
} catch {
  process.stderr.write('strategy-lint: internal error: cannot load the program (run `npm run build`)\n');
  process.exit(2);
}

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
