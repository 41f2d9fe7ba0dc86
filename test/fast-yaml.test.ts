// The fast YAML path (src/load/fast-yaml.ts) against the `yaml` package it stands in for: whenever
// parseFast returns a value, the data (key order included) and every position `locate` gives must
// be those of the slow path, and the slow path must have no error and no warning for that text.
// Checked on the examples, the fixtures, a generated corpus, documents generated from a grammar of
// the subset, and mutations of valid plans (fixed seeds).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LineCounter, parseDocument } from 'yaml';
import { EXAMPLE_PLAN, ROOT } from './helpers.js';
import { parseFast } from '../src/load/fast-yaml.js';
import { buildPositionIndex, escapeToken } from '../src/load/pointer.js';
import { parsePlan, PLAN_YAML_OPTIONS } from '../src/load/load.js';
import { lintText } from '../src/engine/lint.js';

/** The slow path, with the options of parseChecked (src/load/load.ts). */
function slow(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PLAN_YAML_OPTIONS, lineCounter });
  const clean = doc.errors.length === 0 && doc.warnings.length === 0;
  return {
    clean,
    problems: [...doc.errors, ...doc.warnings].map((e) => e.code),
    data: clean ? doc.toJS() : undefined,
    index: buildPositionIndex(doc, lineCounter),
  };
}

/** Every pointer of the data, the root included. */
function pointers(value: unknown, base = '', out: string[] = []): string[] {
  out.push(base);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pointers(v, `${base}/${escapeToken(k)}`, out);
  }
  return out;
}

/** Keys in order, all the way down (toEqual ignores key order). */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return null;
}

/**
 * Asserts that parseFast agrees with the slow path on `text` whenever it returns a value; returns
 * whether it did.
 */
function agrees(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return false;
  const s = slow(text);
  expect(s.problems, `slow path problems for ${JSON.stringify(text)}`).toEqual([]);
  // isDeepStrictEqual is fast and strict (NaN, -0, types); expect explains a difference.
  if (!isDeepStrictEqual(fast.data, s.data) || !isDeepStrictEqual(keyOrder(fast.data), keyOrder(s.data))) {
    expect(fast.data, JSON.stringify(text)).toEqual(s.data);
    expect(keyOrder(fast.data), JSON.stringify(text)).toEqual(keyOrder(s.data));
    expect.unreachable(`data differs for ${JSON.stringify(text)}`);
  }
  const present = pointers(s.data);
  const absent = ['/', '/nope', '/0', '/-1', '/00', '/~2'];
  for (let i = 1; i < present.length; i += 3) absent.push(`${present[i]}/x`, `${present[i]}/0`, `${present[i]}/01`);
  // Compared as JSON (an expect per pointer is slow); the first difference is shown with its pointer.
  const diff = [...present, ...absent].find((p) => JSON.stringify(fast.index.locate(p)) !== JSON.stringify(s.index.locate(p)));
  if (diff !== undefined) {
    expect([diff, fast.index.locate(diff)], `locate in ${JSON.stringify(text)}`).toEqual([diff, s.index.locate(diff)]);
  }
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(e) ? [p] : [];
  });
}

const EXAMPLES = yamlFiles(path.join(ROOT, 'examples'));
const FIXTURES = yamlFiles(path.join(ROOT, 'test/fixtures'));
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PLAN, 'utf8');

describe('fast YAML path on real plans', () => {
  it('takes the fast path for every example and agrees with yaml', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(6);
    for (const f of EXAMPLES) expect(agrees(readFileSync(f, 'utf8')), f).toBe(true);
  });

  it('agrees with yaml on every fixture it accepts, and accepts the plain plans among them', () => {
    const taken = FIXTURES.filter((f) => agrees(readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(taken).toEqual(
      expect.arrayContaining([
        'test/fixtures/lang/fr.strategy.yaml',
        'test/fixtures/lang/ro.strategy.yaml',
        'test/fixtures/lang/sv.strategy.yaml',
        'test/fixtures/hostile/crlf.yaml',
        'test/fixtures/hostile/wrong-types.yaml',
      ]),
    );
    // What yaml reports (or what the subset leaves out) is never taken.
    for (const name of [
      'duplicate-keys',
      'tabs',
      'alias-bomb',
      'multiple-documents',
      'proto-keys',
      'tag-js-function',
      'tag-unknown',
      'syntax-compact-mapping',
      'syntax-unclosed-flow',
      'syntax-unclosed-quote',
      'empty',
      'only-comments',
      'top-level-scalar',
    ]) {
      expect(taken).not.toContain(`test/fixtures/hostile/${name}.yaml`);
    }
  });

  it('takes the fast path for the generated benchmark corpus and agrees with yaml', async () => {
    const { writeCorpus } = await import('../bench/corpus.mjs' as string);
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-fast-yaml-'));
    try {
      const files: string[] = writeCorpus(dir, 200, EXAMPLE_PLAN);
      let taken = 0;
      for (const f of files) if (agrees(readFileSync(f, 'utf8'))) taken++;
      expect(taken).toBe(files.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is what parsePlan uses for a plain plan: no yaml Document, no problems', () => {
    const parsed = parsePlan(EXAMPLE_TEXT);
    expect(parsed.doc).toBeUndefined();
    expect(parsed.problems).toEqual([]);
    expect((parsed.data as any).organization.name).toBe('Lakeside Pediatrics');
    // Outside the subset, the yaml path runs.
    expect(parsePlan(`${EXAMPLE_TEXT}x: &a 1\n`).doc).toBeDefined();
  });
});

describe('fast YAML path: scalars and the subset', () => {
  const forms = [
    '1',
    '+12',
    '-3',
    '-0',
    '012',
    '1_000',
    '0o17',
    '0o8',
    '0x1F',
    '0x',
    '0xg',
    '1.',
    '.5',
    '+.5',
    '-1.5E-2',
    '1e3',
    '1e',
    '1E+3',
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    '.NAN',
    'nan',
    'inf',
    '~',
    'null',
    'Null',
    'NULL',
    'nULL',
    'true',
    'True',
    'TRUE',
    'tRue',
    'false',
    'False',
    'FALSE',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    '2027-01-01',
    '20:00-23:00',
    '1:30',
    'a:b',
    'a#b',
    'a # comment',
    'http://x.y/z?q=1#frag',
    '-x',
    '--',
    '---',
    '...x',
    'a - b',
    "it's",
    'say "hi"',
    'ünïcödé 日本 😀',
    'a, b',
    'a [b] {c}',
    'x:',
    'a  b',
    "'single'",
    "'it''s'",
    "''",
    "'  sp  '",
    "' # not a comment'",
    '"double"',
    '""',
    '"  sp  "',
    '"a\\tb\\n\\\\ \\" \\/ \\x41 \\u00e9 \\U0001F600 \\0 \\e \\N \\_ \\L \\P \\ "',
    '"\\q"',
    '"\\u12"',
    '"a" b',
    "'a' b",
    '[]',
    '[a]',
    '[a, b]',
    '[ 1 ,2, "x", \'y\' ]',
    '[a b, -1, .5]',
    '[a, ]',
    '[a,,b]',
    '[[a]]',
    '[a: b]',
    '[x:y]',
    '{}',
    '{a: 1}',
    '{ a: 1, b: [x] }',
    '{a: 1, a: 2}',
    '{1: a}',
    '{"k": v, \'j\': w}',
    '{a}',
    '&a x',
    '*a',
    '!t x',
    '!!str x',
    '@x',
    '`x',
    '%x',
    '?x',
    ':x',
    '|',
    '>',
    '|-',
    '>+',
    '|2',
    '| # c',
  ];
  it('resolves every scalar form as yaml does (or falls back)', () => {
    let taken = 0;
    for (const form of forms) for (const text of [`a: ${form}\n`, `- ${form}\n`, `k:\n  - ${form}\n  - x\n`]) if (agrees(text)) taken++;
    expect(taken).toBeGreaterThan(forms.length * 2);
  });

  it('reads plain, quoted and block scalars over several lines as yaml does', () => {
    const texts = [
      'a: one\n  two\n\n  three\n\n\n  four\nb: 1\n',
      'a: one\n    two # c\nb: 1\n',
      '- one\n  two\n-  x\n   y\n',
      'a:\n  on the next line\n  and more\nb: x\n',
      'a: # c\n  "quoted"\nb:\n  [x, y]\n',
      'a: |\n  line 1\n    indented\n\n  line 3\nb: >\n  folded\n  text\n\n  para\n',
      'a: |-\n  x\n\n\nb: |+\n  y\n\n\nc: >-\n  z\n',
      'a: |+\n  x\n\n',
      'a: |\n  x\n  ',
      'a: |+\n  x\n ',
      '- |+\n  x\n\n ',
      'a: >\n  x\n   more indented\n',
      'a: |\n\n  leading blank\n',
      'a: |2\n   x\n',
      'a: |\nb: 1\n',
      'a: "multi\n  line"\n',
      "a: 'multi\n  line'\n",
      'a: [x,\n  y]\n',
    ];
    const taken = texts.filter(agrees).length;
    expect(taken).toBeGreaterThanOrEqual(8);
  });

  it('handles the comment placements that fuzzing found to matter', () => {
    // Comment lines after the last item of nested collections, at several indentations: the
    // collection's (and its parents') end depends on where yaml attaches them.
    const texts = [
      'x:\n  a:\n    b: 1\n   # between\n  # at a\n # lower\nc: 2\n',
      'x:\n  a:\n    - 1\n    # at seq\n\n      # deeper\n  # at a\nc: 2\n',
      'x:\n  a: [1]\n    # c\n\n     # d\n  # e\nb: 1',
      "'s k':\n  - a\n  -\n   - x\n  ##\n   - y\n ##\n    ##\nz: 1\n",
      'x:\n- a:\n  # c\n  \n# d\n',
      'a:\n  b: 1\n    # deeper\nc: 2\n',
      'a:\n  b:   # c\n\n  # d\nc: 2\n',
      // A comment before an empty last item makes that item reach the end.
      '- a\n##\n- \n \n\n',
      '- a\n  # c\n-\n',
    ];
    for (const text of texts) expect(agrees(text), JSON.stringify(text)).toBe(true);
    // A comment line at or left of the key's indentation between a key and its value on a later
    // line changes where yaml's lexer ends a plain scalar (here an error): not taken.
    for (const text of ['name:\n##\n  two\nk: 1\n', '- name:\n  ##\n     two words\n  k: 1\n']) {
      expect(slow(text).clean).toBe(false);
      expect(parseFast(text)).toBeUndefined();
    }
    expect(agrees('name:\n  # c\n  two\nk: 1\n')).toBe(true);
  });

  it('falls back on what it does not handle or yaml reports', () => {
    const refused = [
      '',
      '# only a comment\n',
      'scalar\n',
      '  a: indented root\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'a: 1 \t\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n...\n',
      '? a\n: 1\n',
      '1: a\n',
      'true: a\n',
      'null: a\n',
      '~: a\n',
      '__proto__: a\n',
      '"__proto__": a\n',
      '<<: {a: 1}\n',
      '[a]: 1\n',
      'a: b: c\n',
      '- - a\n',
      'a: 1\n b: 2\n',
      'a:\n  b: 1\n c: 2\n',
      '\ufeffa: 1\n',
      'a: "\u0001"\n',
      'a: 1\rb: 2\n',
      `${'k'.repeat(1100)}: 1\n`,
    ];
    for (const text of refused) expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
  });

  it('locates map entries from the key to the end of the value, items over themselves, and the nearest ancestor otherwise', () => {
    const text = 'a:\n  b: [1, 2]\n  c:\n    - x\n    - k: v\n      # trailing\nd: >\n  folded\n';
    expect(agrees(text)).toBe(true);
    const { index } = parseFast(text)!;
    expect(index.locate('/a/b')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 12, exact: true });
    expect(index.locate('/a/b/1')).toEqual({ line: 2, column: 10, endLine: 2, endColumn: 11, exact: true });
    expect(index.locate('/a/c/1/k')).toEqual({ line: 5, column: 7, endLine: 5, endColumn: 11, exact: true });
    expect(index.locate('/a/c/7')).toEqual({ ...index.locate('/a/c'), exact: false });
    expect(index.locate('/d')).toEqual({ line: 7, column: 1, endLine: 9, endColumn: 1, exact: true });
    expect(index.locate('').exact).toBe(true);
    expect(index.locate('/zz')).toEqual({ ...index.locate(''), exact: false });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(() => parseFast(s)).not.toThrow();
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Documents generated from a grammar of the subset (plus some things just outside it).

type Node =
  | { t: 'scalar'; src: string }
  | { t: 'multi'; words: string[] }
  | { t: 'block'; header: string; lines: string[] }
  | { t: 'flow'; src: string }
  | { t: 'map'; entries: [string, Node][] }
  | { t: 'seq'; items: Node[] };

const scalarSrc = fc.oneof(
  fc.constantFrom(
    'a',
    'word',
    'two words',
    'x  y',
    '1',
    '-2',
    '+3',
    '0.5',
    '.5',
    '1e3',
    '0x1F',
    '0o7',
    '012',
    '1_000',
    '.inf',
    '-.Inf',
    '.nan',
    'null',
    '~',
    'Null',
    'true',
    'False',
    'yes',
    'on',
    '2027-01-01',
    '20:00-23:00',
    'a:b',
    'a#b',
    '-x',
    "it's",
    'ünï 😀',
    'a, b',
    'x [y] {z}',
  ),
  fc.constantFrom("'single'", "'it''s'", "''", "' # x '", '"double"', '""', '"a\\tb \\" \\\\ \\u00e9"', '"#no comment"'),
  fc.stringMatching(/^[a-z][a-z0-9 .,;()-]{0,12}[a-z0-9)]$/),
);
const keySrc = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('"quoted key"', "'single key'", '"1"', 'key with spaces', 'a:b', 'x y') },
);
const flowSrc = fc.oneof(
  fc.array(fc.constantFrom('a', 'b c', '1', '-2', '.5', 'true', 'null', '"q"', "'s'", 'x-y'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
  fc
    .uniqueArray(fc.constantFrom('a', 'b', 'c', 'k1', 'k2'), { maxLength: 3 })
    .chain((ks) =>
      fc
        .array(fc.constantFrom('1', 'x', '"q"', 'true', 'a b'), { minLength: ks.length, maxLength: ks.length })
        .map((vs) => `{${ks.map((k, i) => `${k}: ${vs[i]}`).join(', ')}}`),
    ),
);
const { node: nodeArb } = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarSrc.map((src): Node => ({ t: 'scalar', src })),
    fc.array(fc.constantFrom('alpha', 'beta gamma', '1', 'x.', 'end'), { minLength: 2, maxLength: 4 }).map((words): Node => ({ t: 'multi', words })),
    fc
      .tuple(
        fc.constantFrom('|', '>', '|-', '>-', '|+', '>+'),
        fc.array(fc.constantFrom('text', 'more text', '', '# not a comment', '  indented', 'x: y'), { minLength: 1, maxLength: 4 }),
      )
      .map(([header, lines]): Node => ({ t: 'block', header, lines })),
    flowSrc.map((src): Node => ({ t: 'flow', src })),
    tie('map'),
    tie('seq'),
  ),
  map: fc.uniqueArray(fc.tuple(keySrc, tie('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries): Node => ({ t: 'map', entries })),
  seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items): Node => ({ t: 'seq', items })),
}));

/** Layout choices, taken in turn: indentation steps, comments, blank lines, compact forms... */
function renderer(choices: number[]) {
  let at = 0;
  const choose = (n: number) => choices[at++ % choices.length] % n;
  const lines: string[] = [];
  const comment = (indent: number) => {
    const c = choose(12);
    if (c === 0) lines.push(`${' '.repeat(choose(indent + 4))}# note`);
    else if (c === 1) lines.push(`${' '.repeat(choose(indent + 4))}##`);
    else if (c === 2) lines.push(choose(2) ? '' : ' '.repeat(choose(6)));
  };
  const trail = () => [' # c', '', '', '', '  ', ' #x'][choose(6)];
  /** Writes `node` as the value after `head` (a key with `:`, or `-`), in a collection at `indent`. */
  const value = (head: string, node: Node, indent: number, inSeq: boolean) => {
    const inner = indent + 1 + choose(3);
    switch (node.t) {
      case 'scalar':
        if (choose(6) === 0) {
          lines.push(head + trail());
          comment(indent);
          lines.push(`${' '.repeat(inner)}${node.src}`);
        } else lines.push(`${head} ${node.src}${trail()}`);
        return;
      case 'flow':
        lines.push(`${head} ${node.src}${trail()}`);
        return;
      case 'multi':
        lines.push(`${head} ${node.words[0]}`);
        for (const w of node.words.slice(1)) {
          if (choose(4) === 0) lines.push('');
          lines.push(`${' '.repeat(inner)}${w}`);
        }
        return;
      case 'block':
        lines.push(`${head} ${node.header}${choose(5) === 0 ? ' # c' : ''}`);
        for (const l of node.lines) lines.push(l ? `${' '.repeat(inner)}${l}` : '');
        return;
      case 'map':
      case 'seq': {
        if (inSeq && node.t === 'map' && choose(2) === 0) {
          // `- key: value` with the rest of the mapping under the key
          const col = head.length + 1;
          block(node, col, `${head} `);
          return;
        }
        lines.push(head + trail());
        comment(indent);
        const indentless = !inSeq && node.t === 'seq' && choose(3) === 0;
        block(node, indentless ? indent : inner, '');
        return;
      }
    }
  };
  /** Writes a block collection at `indent`; the first line starts with `first` if given. */
  const block = (node: Node, indent: number, first: string) => {
    const pad = ' '.repeat(indent);
    const heads = node.t === 'map' ? node.entries.map(([k]) => `${k}:`) : node.t === 'seq' ? node.items.map(() => '-') : [];
    const values = node.t === 'map' ? node.entries.map(([, v]) => v) : node.t === 'seq' ? node.items : [];
    heads.forEach((h, i) => {
      if (i > 0) comment(indent);
      const lead = i === 0 && first ? first : pad;
      value(lead + h, values[i], indent, node.t === 'seq');
    });
  };
  return { lines, block, choose };
}

function render(root: Node, choices: number[]): string {
  const r = renderer(choices);
  if (r.choose(8) === 0) r.lines.push('# header');
  if (r.choose(8) === 0) r.lines.push('---');
  const top: Node = root.t === 'map' || root.t === 'seq' ? root : { t: 'map', entries: [['k', root]] };
  r.block(top, 0, '');
  if (r.choose(4) === 0) r.lines.push(`${' '.repeat(r.choose(4))}# end`);
  let text = r.lines.join('\n') + (r.choose(5) === 0 ? '' : '\n');
  if (r.choose(8) === 0) text = text.replace(/\n/g, '\r\n');
  return text;
}

const docArb = fc.tuple(nodeArb, fc.array(fc.nat(1000), { minLength: 16, maxLength: 64 })).map(([n, c]) => render(n, c));

/** 1-3 edits with the characters that matter to YAML. */
const mutation = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(
      base,
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.constantFrom('insert', 'delete', 'replace'),
          fc.constantFrom(':', '-', '#', "'", '"', '\t', ' ', '  ', '\n', '&', '*', '!', '[', '{', ']', '}', ',', '|', '>', '?', '\\', 'a', '1'),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([text, edits]) => {
      for (const [where, op, ch] of edits) {
        const at = Math.floor(where * text.length);
        if (op === 'insert') text = text.slice(0, at) + ch + text.slice(at);
        else if (op === 'delete') text = text.slice(0, at) + text.slice(at + 1 + (at % 3));
        else text = text.slice(0, at) + ch + text.slice(at + 1);
      }
      return text;
    });

/** More runs for a deeper local search: FAST_YAML_RUNS=20000 npx vitest run test/fast-yaml.test.ts */
const RUNS = Number(process.env.FAST_YAML_RUNS) || 400;
const SEED = Number(process.env.FAST_YAML_SEED) || 0;

describe('fast YAML path: generated documents (property tests)', () => {
  it('agrees with yaml on documents from a grammar of the subset, and takes most of them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(docArb, (text) => {
        runs++;
        if (agrees(text)) taken++;
      }),
      { seed: 20270101 + SEED, numRuns: RUNS },
    );
    expect(taken / runs).toBeGreaterThan(0.5);
  });

  it('agrees with yaml on mutations of valid plans', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(mutation(fc.oneof(fc.constant(EXAMPLE_TEXT), docArb)), (text) => {
        runs++;
        if (agrees(text)) taken++;
      }),
      { seed: 4242 + SEED, numRuns: RUNS },
    );
    expect(taken).toBeGreaterThan(runs / 10);
  });
});

describe('fast YAML path: what a user sees', () => {
  it('a duplicate key still gives the yaml/syntax finding', () => {
    const r = lintText(readFileSync(path.join(ROOT, 'test/fixtures/hostile/duplicate-keys.yaml'), 'utf8'), 'p.yaml');
    const f = r.findings.find((x) => x.ruleId === 'yaml/syntax');
    expect(f?.message).toMatch(/duplicate key/);
    expect([f?.line, f?.column]).toEqual([5, 3]);
  });

  it('a tab indent still gives the yaml/syntax finding', () => {
    const r = lintText(readFileSync(path.join(ROOT, 'test/fixtures/hostile/tabs.yaml'), 'utf8'), 'p.yaml');
    const f = r.findings.find((x) => x.ruleId === 'yaml/syntax');
    expect(f?.message).toMatch(/tabs/);
    expect(f?.line).toBe(3);
  });

  it('findings in a fast-parsed plan are where the yaml path puts them', () => {
    const text = EXAMPLE_TEXT.replace('  type: practice\n', '  type: spaceship\n').replace('    posts_per_week: 4\n', '    posts_per_week: 40\n');
    expect(parseFast(text)).toBeDefined();
    // A tab inside a comment is valid YAML that the fast path leaves to yaml.
    const viaYaml = `${text}# \t\n`;
    expect(parseFast(viaYaml)).toBeUndefined();
    const strip = (t: string) => lintText(t, 'p.yaml').findings.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.message]);
    const fast = strip(text);
    expect(fast).toEqual(strip(viaYaml));
    const line = text.split('\n').indexOf('  type: spaceship') + 1;
    expect(fast.some(([, l, c]) => l === line && c === 3)).toBe(true);
  });
});
