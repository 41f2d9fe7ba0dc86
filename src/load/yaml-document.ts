// The `yaml` Document API with two of its costs made linear, for plans that the fast parser
// (fast-yaml.ts) hands over:
// - duplicate keys: with `uniqueKeys: true`, yaml compares each new key with every earlier key of
//   its mapping (a flat mapping of n keys is O(n^2): 909 KB took 58 s). The document is parsed
//   with the check off and checked here with one set per mapping, giving the same DUPLICATE_KEY
//   errors at the same offsets;
// - alias expansion: yaml's `maxAliasCount` counts the uses of an alias times the aliases nested
//   in what it refers to, not the size of that, so 99 aliases of a 2,000-item list passed a limit
//   of 100 and the rules walked 200,000 values. `checkAliasExpansion` counts, for every alias,
//   the number of nodes it expands to.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  YAMLParseError,
  type Document,
  type DocumentOptions,
  type LineCounter,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseDocument(text, options)`, with `uniqueKeys: true` checked in linear time: the errors are
 * those yaml reports (DUPLICATE_KEY "Map keys must be unique" at the duplicate key), in document
 * order among the others.
 */
export function parseYamlDocument(text: string, options: Options & { lineCounter?: LineCounter }): Document {
  if (options.uniqueKeys !== true) return parseDocument(text, options);
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  const found = duplicateKeyOffsets(doc);
  if (found.length === 0) return doc;
  const errors = doc.errors;
  const merged: YAMLParseError[] = [];
  let k = 0;
  for (const offset of found) {
    while (k < errors.length && errors[k].pos[0] <= offset) merged.push(errors[k++]);
    merged.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  }
  while (k < errors.length) merged.push(errors[k++]);
  errors.length = 0;
  errors.push(...merged);
  return doc;
}

/**
 * Offsets of the keys that repeat an earlier key of their mapping, as yaml's `uniqueKeys: true`
 * compares them: scalars by value (`===`, so `.nan` never repeats), any other key only by identity.
 */
function duplicateKeyOffsets(doc: Document): number[] {
  const out: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const v = key.value;
          if (typeof v === 'number' && Number.isNaN(v)) {
            // NaN !== NaN: never a duplicate.
          } else if (seen.has(v)) {
            if (key.range) out.push(key.range[0]);
          } else seen.add(v);
        }
        if (key !== null && typeof key === 'object') stack.push(key);
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

/**
 * Thrown by `checkAliasExpansion`; its message names aliases, so callers that recognise yaml's
 * own alias-limit error recognise this one too.
 */
export class AliasLimitError extends ReferenceError {
  constructor(readonly limit: number) {
    super(`Excessive alias count indicates a resource exhaustion attack: aliases expand to more than ${limit} nodes`);
  }
}

/**
 * Throws AliasLimitError when the aliases of the document together expand to more than `limit`
 * nodes: each use of an alias counts every node of what it refers to (scalars, keys, mappings and
 * sequences, with the aliases inside it expanded), so `*list` of a 2,000-item list counts 2,001.
 * Linear in the document: each anchored node is measured once. An alias whose anchor is not
 * defined before it counts 1 (yaml reports it).
 */
export function checkAliasExpansion(doc: Document, limit: number): void {
  const anchors = new Map<string, object>();
  const sizes = new Map<object, number>();
  let total = 0;
  // Recursion depth is the nesting of the document, which the depth limit (at most 500) bounds
  // before the document reaches yaml.
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      // An alias inside what its own anchor holds expands forever.
      const s = target === undefined ? 1 : (sizes.get(target) ?? Infinity);
      total += s;
      if (total > limit) throw new AliasLimitError(limit);
      return s;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) {
      anchors.set(anchor, node);
      sizes.delete(node);
    }
    let s = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) s += size(item);
    } else if (isPair(node)) {
      s = size(node.key) + size(node.value);
    }
    if (anchor) sizes.set(node, s);
    return s;
  };
  size(doc.contents);
}
