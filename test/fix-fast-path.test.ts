// `--fix` and `--fix-dry-run` skip yaml's Document parse (about 25x slower than the fast parser)
// when `clearlyNothingToFix` says so. That shortcut must never hide a fix: on every plan we have
// (examples, fixtures, calibration plans, the benchmark's generated corpus, the hostile
// generators) and on each kind of fixable mutation, a plan it calls clean has no fix.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearlyNothingToFix, computeFixes } from '../src/engine/fix.js';
import { EXAMPLE_PLAN, ROOT } from './helpers.js';

const example = readFileSync(EXAMPLE_PLAN, 'utf8');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Every kind of fix computeFixes makes, applied to the example plan. */
const MUTATIONS: [string, (t: string) => string][] = [
  ['platform alias in channels', (t) => t.replace('  - platform: instagram\n', '  - platform: Insta\n')],
  ['platform alias in a budget line', (t) => t.replace('      channel: instagram\n      amount: 15000', '      channel: IG\n      amount: 15000')],
  ['platform alias in the calendar', (t) => t.replace('      channel: facebook\n      topic: Saturday', '      channel: Facebook\n      topic: Saturday')],
  ['miscased allowed value', (t) => t.replace('  type: practice\n', '  type: Practice\n')],
  ['audience id written two ways', (t) => t.replace('  - id: new-parents\n', '  - id: New_Parents\n')],
  ['goal reference written another way', (t) => t.replace('      goal: trusted-source\n', '      goal: Trusted_Source\n')],
  ['curly quotes', (t) => t.replace('handle: "@lakesidepeds"', 'handle: “@lakesidepeds”')],
  ['a number written with a currency', (t) => t.replace('  total: 42000\n', '  total: $42,000\n')],
  ['a misspelt key', (t) => t.replace('\nbudget:\n', '\nbuget:\n')],
];

describe('the fast path of --fix never hides a fix', () => {
  it('a plan it calls clean has no fix (every plan in the repository and the generated ones)', async () => {
    const files = [
      ...yamlFiles(path.join(ROOT, 'examples')),
      ...yamlFiles(path.join(ROOT, 'test/fixtures')),
      ...yamlFiles(path.join(ROOT, 'test/calibration')),
    ];
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-fixfast-'));
    try {
      const { writeCorpus } = await import('../bench/corpus.mjs' as string);
      for (const f of writeCorpus(dir, 40, EXAMPLE_PLAN) as string[]) texts.push(readFileSync(f, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { GENERATORS } = await import('../bench/hostile.mjs' as string);
    for (const g of GENERATORS as { make(n: number): string }[]) texts.push(g.make(20));
    for (const [, mutate] of MUTATIONS) texts.push(mutate(example));
    let clean = 0;
    for (const t of texts) {
      if (!clearlyNothingToFix(t)) continue;
      clean++;
      expect(computeFixes(t).edits).toEqual([]);
    }
    // The shortcut is taken (the example plan and most generated plans are clean).
    expect(clean).toBeGreaterThan(20);
    expect(clearlyNothingToFix(example)).toBe(true);
  });

  for (const [name, mutate] of MUTATIONS) {
    it(`${name}: not clean, and fixed`, () => {
      const text = mutate(example);
      expect(text).not.toBe(example);
      expect(clearlyNothingToFix(text)).toBe(false);
      expect(computeFixes(text).edits.length).toBeGreaterThan(0);
    });
  }
});
