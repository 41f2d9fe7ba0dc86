import { parseDocument } from 'yaml';
import { parseYamlDocument } from '../src/load/yaml-document.ts';
const opts = { prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core', customTags: [], resolveKnownTags: false, keepSourceTokens: false } as const;
const docs = [
  'a: 1\nb: 2\na: 3\n', '{a: 1, a: 2}\n', 'a: {x: 1, x: 2}\nb: [ {y: 1, y: 1} ]\n', '&k a: 1\na: 2\n', '? a\n: 1\na: 2\n', ': 1\n: 2\n',
  '1: a\n1.0: b\n0x1: c\n', 'true: 1\nTrue: 2\n', '.nan: 1\n.nan: 2\n', '"a": 1\n\'a\': 2\na: 3\n', 'x: [a: 1, a: 2]\n', '!!str a: 1\na: 2\n',
  'a: 1\nb: [1\na: 2\n', 'a: 1\n  b: 2\na: 3\n', 'x:\n  - a: 1\n    a: 2\n  - b\n', '? [a]\n: 1\n? [a]\n: 2\n', 'a: &x {k: 1}\nb: *x\na: 3\n', 'null: 1\n~: 2\n',
  'a: 1\na: 2\na: 3\nb: "unterminated\n',
];
let bad = 0;
for (let d of docs) {
  const a = parseDocument(d, opts).errors.map((e) => `${e.code}@${e.pos}`);
  const b = parseYamlDocument(d, opts).errors.map((e) => `${e.code}@${e.pos}`);
  if (JSON.stringify(a) !== JSON.stringify(b)) { bad++; console.log(JSON.stringify(d), a, b); }
}
console.log('mismatches', bad, 'of', docs.length);
