// The floor of our own work: YAML parseDocument + toJS of every file, in one process, files
// read into memory first. Prints { files, bytes, ms, filesPerSec } as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => path.join(dir, f));
const texts = files.map((f) => readFileSync(f, 'utf8'));
let sink = 0;
const t0 = performance.now();
for (const t of texts) {
  const data = parseDocument(t).toJS();
  sink += data ? 1 : 0;
}
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({ files: files.length, bytes: texts.reduce((s, t) => s + t.length, 0), ms, filesPerSec: (files.length / ms) * 1000, sink }) + '\n',
);
