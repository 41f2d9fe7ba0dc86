// .e2scratch/dup.ts
import { parseDocument as parseDocument2 } from "yaml";

// src/load/yaml-document.ts
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, YAMLParseError } from "yaml";
function parseYamlDocument(text, options) {
  if (options.uniqueKeys !== true) return parseDocument(text, options);
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  const found = duplicateKeyOffsets(doc);
  if (found.length === 0) return doc;
  const errors = doc.errors;
  const merged = [];
  let k = 0;
  for (const offset of found) {
    while (k < errors.length && errors[k].pos[0] <= offset) merged.push(errors[k++]);
    merged.push(new YAMLParseError([offset, offset + 1], "DUPLICATE_KEY", "Map keys must be unique"));
  }
  while (k < errors.length) merged.push(errors[k++]);
  errors.length = 0;
  errors.push(...merged);
  return doc;
}
function duplicateKeyOffsets(doc) {
  const out = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const v = key.value;
          if (typeof v === "number" && Number.isNaN(v)) {
          } else if (seen.has(v)) {
            if (key.range) out.push(key.range[0]);
          } else seen.add(v);
        }
        if (key !== null && typeof key === "object") stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return out.sort((a, b) => a - b);
}

// .e2scratch/dup.ts
var opts = { prettyErrors: false, uniqueKeys: true, strict: true, schema: "core", customTags: [], resolveKnownTags: false, keepSourceTokens: false };
var docs = [
  "a: 1\nb: 2\na: 3\n",
  "{a: 1, a: 2}\n",
  "a: {x: 1, x: 2}\nb: [ {y: 1, y: 1} ]\n",
  "&k a: 1\na: 2\n",
  "? a\n: 1\na: 2\n",
  ": 1\n: 2\n",
  "1: a\n1.0: b\n0x1: c\n",
  "true: 1\nTrue: 2\n",
  ".nan: 1\n.nan: 2\n",
  `"a": 1
'a': 2
a: 3
`,
  "x: [a: 1, a: 2]\n",
  "!!str a: 1\na: 2\n",
  "a: 1\nb: [1\na: 2\n",
  "a: 1\n  b: 2\na: 3\n",
  "x:\n  - a: 1\n    a: 2\n  - b\n",
  "? [a]\n: 1\n? [a]\n: 2\n",
  "a: &x {k: 1}\nb: *x\na: 3\n",
  "null: 1\n~: 2\n",
  'a: 1\na: 2\na: 3\nb: "unterminated\n'
];
var bad = 0;
for (let d of docs) {
  const a = parseDocument2(d, opts).errors.map((e) => `${e.code}@${e.pos}`);
  const b = parseYamlDocument(d, opts).errors.map((e) => `${e.code}@${e.pos}`);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    bad++;
    console.log(JSON.stringify(d), a, b);
  }
}
console.log("mismatches", bad, "of", docs.length);
