// Remembering the results of pure functions of a string: plans repeat the same keys, dates and
// short values across rules and files, and a verdict costs a regular expression or a parse.

/**
 * `fn` with its results remembered by argument. Bounded: the memory is emptied when it holds
 * `max` results, so a hostile plan with a million distinct values cannot grow it without end.
 * `undefined` results are remembered too.
 */
export function memoize<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      v = fn(s);
      if (seen.size >= max) seen.clear();
      seen.set(s, v);
    }
    return v as T;
  };
}
