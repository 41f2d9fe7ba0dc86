// The rule docs are generated from the rule metadata; this test regenerates them in memory and
// fails when a committed page or the README rules table is stale.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ruleCatalog } from '../src/engine/lint.js';
import { ruleDocFiles, ruleMarkdown, withRulesTable } from '../src/report/rule-docs.js';
import { ROOT } from './helpers.js';

const STALE = 'is stale: run `npm run docs` and commit the result';

function mdFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? mdFiles(p) : n.endsWith('.md') ? [p] : [];
  });
}

describe('generated rule docs', () => {
  const rules = ruleCatalog();
  const files = ruleDocFiles(rules);

  it('every rule has a committed, up-to-date page at its docs path', () => {
    const stale: string[] = [];
    for (const [rel, text] of files) {
      const abs = path.join(ROOT, rel);
      if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) stale.push(rel);
    }
    const shown = stale.slice(0, 5).join(', ') + (stale.length > 5 ? ` and ${stale.length - 5} more` : '');
    expect(stale, `${shown} ${STALE}`).toEqual([]);
  });

  it('no page is left for a rule that no longer exists', () => {
    const orphans = mdFiles(path.join(ROOT, 'docs/rules'))
      .map((p) => path.relative(ROOT, p).split(path.sep).join('/'))
      .filter((rel) => !files.has(rel));
    expect(orphans, `${orphans.join(', ')} ${STALE}`).toEqual([]);
  });

  it('the README rules table lists every rule and is up to date', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const regenerated = withRulesTable(readme, rules);
    expect(regenerated, 'README.md lacks the rules-table markers').toBeDefined();
    expect(regenerated === readme, `the README rules table ${STALE}`).toBe(true);
    for (const r of rules) expect(readme).toContain(`[\`${r.id}\`](${r.docs})`);
  });

  it('a page carries the rationale, source, fix and the failing and passing examples', () => {
    const meta = rules.find((r) => r.id === 'smart/time-bound')!;
    const md = ruleMarkdown(meta);
    expect(meta.docs).toBe('docs/rules/smart/time-bound.md');
    expect(md).toContain('# smart/time-bound');
    expect(md).toContain(meta.rationale);
    expect(md).toContain(meta.source);
    expect(md).toContain(meta.fix);
    expect(md).toContain(meta.examples!.fail);
    expect(md).toContain(meta.examples!.pass);
  });

  it('every rule has the metadata the docs need', () => {
    for (const r of rules) {
      for (const key of ['description', 'rationale', 'source', 'fix'] as const) {
        expect(r[key]?.trim(), `${r.id} has no ${key}`).toBeTruthy();
      }
    }
  });
});
