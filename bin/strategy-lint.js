#!/usr/bin/env node
// Loads the bundled CLI (dist/strategy-lint.mjs: one file, fast start-up; see scripts/build.mjs),
// or the tsc output when no bundle was built.
let main;
try {
  main = await import('../dist/strategy-lint.mjs');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('strategy-lint.mjs')) {
    main = await import('../dist/cli/main.js').catch(() => undefined);
  }
  if (!main) {
    process.stderr.write('strategy-lint: internal error: cannot load the program (run `npm run build`)\n');
    process.exit(2);
  }
}

main.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('strategy-lint: internal error\n');
    process.exitCode = 2;
  },
);
