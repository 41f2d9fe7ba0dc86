#!/usr/bin/env node
// Regenerates docs/rules/<id>.md and the rules index docs/rules/README.md from the rule metadata.
// Run with `npm run docs` (builds first). test/docs.test.ts fails when these files are stale.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleCatalog } from '../build/engine/lint.js';
import { ruleDocFiles } from '../build/report/rule-docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = ruleCatalog();
const files = ruleDocFiles(rules);

async function walk(dir) {
  let entries = [];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

let written = 0;
for (const [rel, text] of files) {
  const abs = path.join(root, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  const old = await fs.readFile(abs, 'utf8').catch(() => undefined);
  if (old !== text) {
    await fs.writeFile(abs, text);
    written++;
  }
}
// Pages of rules that no longer exist.
let removed = 0;
for (const abs of await walk(path.join(root, 'docs/rules'))) {
  const rel = path.relative(root, abs).split(path.sep).join('/');
  if (!files.has(rel)) {
    await fs.rm(abs);
    removed++;
  }
}
console.log(`docs: ${files.size} generated pages, the rules index included (${written} written, ${removed} removed)`);
