// JSON Pointers (RFC 6901) and the map from pointer to source position.
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Document, type Node } from 'yaml';

// These three run for every finding and every walked value: the common case (no `~`, no `/`)
// takes no regular expression.
export function escapeToken(token: string | number): string {
  const s = typeof token === 'number' ? String(token) : token;
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function pointer(...tokens: (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

export function parsePointer(ptr: string): string[] {
  if (ptr === '' || ptr === '/') return [];
  const tokens = ptr.slice(1).split('/');
  if (!ptr.includes('~')) return tokens;
  return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Positions of every node of a document, by JSON Pointer. A map entry is located at its key
 * (that is where a reader looks), a sequence item at the item itself.
 */
export interface PositionIndex {
  /** Position of the node at `ptr`, or of its nearest existing ancestor. */
  locate(ptr: string): Position & { exact: boolean };
}

/** The position of the text from offset `start` to `end` (both parsers' indexes use this). */
export function spanOf(lineCounter: LineCounter, start: number, end: number): Position {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/**
 * Children by key, without giant string keys: V8 hashes a string longer than 16,383 characters by
 * its length alone, so such keys all collide in a Map (a plan of long keys took minutes). A long
 * key is filed under a short digest of it (FNV-1a over every character, and its length) and
 * compared in full only against keys with the same digest.
 */
export interface KeyMap<V> {
  get(key: string): V | undefined;
  /** Sets the value unless the key is already there (the first occurrence wins). */
  add(key: string, value: V): void;
}

/** Longest key used as a Map key as it is (far below V8's 16,383). */
const SHORT_KEY = 1024;

function digest(s: string): string {
  let h = 0x811c9dc5;
  let g = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    g = Math.imul(g ^ c, 0x5bd1e995) ^ (g >>> 13);
  }
  return `\u0000${s.length}:${(h >>> 0).toString(36)}:${(g >>> 0).toString(36)}`;
}

export function keyMap<V>(): KeyMap<V> {
  const short = new Map<string, V>();
  let long: Map<string, [string, V][]> | undefined;
  return {
    get(key) {
      if (key.length <= SHORT_KEY) return short.get(key);
      return long?.get(digest(key))?.find((e: [string, V]) => e[0] === key)?.[1];
    },
    add(key, value) {
      if (key.length <= SHORT_KEY) {
        if (!short.has(key)) short.set(key, value);
        return;
      }
      const d = digest(key);
      const bucket = (long ??= new Map()).get(d);
      if (!bucket) long.set(d, [[key, value]]);
      else if (!bucket.some((e: [string, V]) => e[0] === key)) bucket.push([key, value]);
    },
  };
}

/** One node of the index: its span (offsets) and its children by key or by position. */
interface IndexNode {
  start: number;
  end: number;
  /** Whether the node has a span (a map entry whose key has a range, an item with a range). */
  located: boolean;
  keys?: KeyMap<IndexNode>;
  items?: (IndexNode | undefined)[];
}

/**
 * The pointer → position index of a `yaml` document: a tree of the document's map entries and
 * sequence items (not a map of pointer strings: pointers grow with the depth and the length of
 * keys, and a pointer longer than 16,383 characters collides with every other such pointer in
 * V8's string hash). Building it is linear in the document, a lookup linear in the pointer.
 */
export function buildPositionIndex(doc: Document, lineCounter: LineCounter): PositionIndex {
  const rootRange = (doc.contents as Node | null)?.range;
  const root: IndexNode = { start: rootRange?.[0] ?? 0, end: rootRange?.[1] ?? 0, located: Boolean(rootRange) };
  // Iterative walk: plans can be deeply nested (hostile input must not blow the stack).
  const stack: { node: unknown; at: IndexNode }[] = [{ node: doc.contents, at: root }];
  while (stack.length > 0) {
    const { node, at } = stack.pop()!;
    if (isMap(node)) {
      const keys = (at.keys ??= keyMap());
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = (pair.key as Node | null)?.range;
        const valueRange = (pair.value as Node | null)?.range;
        // A key that appears twice is located at its first occurrence (as yaml reports duplicates).
        let child = keys.get(key);
        if (!child) keys.add(key, (child = { start: 0, end: 0, located: false }));
        if (keyRange && !child.located) {
          child.start = keyRange[0];
          child.end = valueRange ? valueRange[1] : keyRange[1];
          child.located = true;
        }
        stack.push({ node: pair.value, at: child });
      }
    } else if (isSeq(node)) {
      const items: (IndexNode | undefined)[] = (at.items ??= []);
      node.items.forEach((item, i) => {
        const r = (item as Node | null)?.range;
        const child: IndexNode = items[i] ?? (items[i] = { start: 0, end: 0, located: false });
        if (r) {
          child.start = r[0];
          child.end = r[1];
          child.located = true;
        }
        stack.push({ node: item, at: child });
      });
    }
  }
  const rootPos = (): Position => (rootRange ? spanOf(lineCounter, rootRange[0], rootRange[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 });
  return {
    locate(ptr: string) {
      const tokens = parsePointer(ptr);
      let at: IndexNode | undefined = root;
      let found: IndexNode | undefined;
      let depth = 0;
      let foundDepth = 0;
      for (; depth < tokens.length && at; depth++) {
        const t = tokens[depth];
        let next: IndexNode | undefined;
        if (at.keys) next = at.keys.get(t);
        else if (at.items) {
          const n = Number(t);
          next = Number.isInteger(n) && n >= 0 && String(n) === t ? at.items[n] : undefined;
        }
        at = next;
        if (at?.located) {
          found = at;
          foundDepth = depth + 1;
        }
      }
      if (!found) return { ...rootPos(), exact: ptr === '' };
      return { ...spanOf(lineCounter, found.start, found.end), exact: foundDepth === tokens.length };
    },
  };
}
