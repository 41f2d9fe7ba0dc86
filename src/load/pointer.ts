// JSON Pointers (RFC 6901) and the map from pointer to source position.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

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

export function buildPositionIndex(doc: Document, lineCounter: LineCounter): PositionIndex {
  const map = new Map<string, Position>();
  const pos = (start: number, end: number) => spanOf(lineCounter, start, end);
  // Iterative walk: plans can be deeply nested (hostile input must not blow the stack).
  const stack: { node: unknown; ptr: string }[] = [{ node: doc.contents, ptr: '' }];
  while (stack.length > 0) {
    const { node, ptr } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPtr = ptr + '/' + escapeToken(key);
        const keyNode = pair.key as Node | null;
        const valueNode = pair.value as Node | null;
        const keyRange = keyNode?.range;
        const valueRange = valueNode?.range;
        if (keyRange && !map.has(childPtr)) {
          map.set(childPtr, pos(keyRange[0], valueRange ? valueRange[1] : keyRange[1]));
        }
        stack.push({ node: valueNode, ptr: childPtr });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPtr = ptr + '/' + i;
        const r = (item as Node | null)?.range;
        if (r) map.set(childPtr, pos(r[0], r[1]));
        stack.push({ node: item, ptr: childPtr });
      });
    }
  }
  const rootRange = (doc.contents as Node | null)?.range;
  const root = rootRange ? pos(rootRange[0], rootRange[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    locate(ptr: string) {
      let tokens = parsePointer(ptr);
      let exact = true;
      while (tokens.length > 0) {
        const p = map.get(pointer(...tokens));
        if (p) return { ...p, exact };
        tokens = tokens.slice(0, -1);
        exact = false;
      }
      return { ...root, exact: ptr === '' };
    },
  };
}
