// The rule docs are generated from the rule metadata; this test regenerates them in memory and
// fails when a committed page or the rules index (docs/rules/README.md) is stale. It also checks
// that every relative link in the docs leads to a file, and that the README stays short.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ruleCatalog } from '../src/engine/lint.js';
import { RULES_INDEX, ruleDocFiles, ruleMarkdown, rulesIndexMarkdown } from '../src/report/rule-docs.js';
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

  it('the rules index docs/rules/README.md lists every rule and is up to date', () => {
    const abs = path.join(ROOT, RULES_INDEX);
    expect(existsSync(abs), `${RULES_INDEX} ${STALE}`).toBe(true);
    const index = readFileSync(abs, 'utf8');
    expect(index === rulesIndexMarkdown(rules), `${RULES_INDEX} ${STALE}`).toBe(true);
    expect(index).toContain('npm run docs');
    // Links are relative to docs/rules/: docs/rules/smart/time-bound.md is smart/time-bound.md.
    for (const r of rules) expect(index).toContain(`[\`${r.id}\`](${path.posix.relative('docs/rules', r.docs)})`);
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

/** The Markdown pages: README, CONTRIBUTING, SECURITY and every page under docs/ (the generated rule pages too). */
function markdownPages(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md'].map((f) => path.join(ROOT, f)).filter((f) => existsSync(f));
  return [...top, ...mdFiles(path.join(ROOT, 'docs'))];
}

/** Relative link targets of a Markdown text (`[text](target)`), outside code blocks and code spans; anchors dropped. */
function relativeLinks(md: string): string[] {
  const prose = md.replace(/^ *(```|~~~)[^\n]*\n[\s\S]*?^ *\1 *$/gm, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of prose.matchAll(/\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) continue;
    const file = decodeURIComponent(target.split('#')[0]);
    if (file) out.push(file);
  }
  return out;
}

describe('hand-written docs', () => {
  it('README.md is a front door: under 15,000 bytes', () => {
    const bytes = statSync(path.join(ROOT, 'README.md')).size;
    expect(bytes, `README.md is ${bytes} bytes; move detail into docs/`).toBeLessThan(15000);
  });

  it('every relative link in README, CONTRIBUTING, SECURITY and docs/ leads to a file that exists', () => {
    const pages = markdownPages();
    expect(pages.length).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of relativeLinks(readFileSync(page, 'utf8'))) {
        const abs = target.startsWith('/') ? path.join(ROOT, target) : path.resolve(path.dirname(page), target);
        if (!existsSync(abs)) broken.push(`${path.relative(ROOT, page)} -> ${target}`);
      }
    }
    expect(broken, `broken links: ${broken.join(', ')}`).toEqual([]);
  });

  it('the link check finds links and ignores code, anchors and URLs', () => {
    const md = [
      'See [the rules](docs/rules/README.md#top) and [`smart/time-bound`](rules/smart/time-bound.md).',
      '[web](https://example.org) [anchor](#scoring) [mail](mailto:x@example.org)',
      '`[not](a-link.md)` is code; so is the block below.',
      '1. A step:',
      '   ```md',
      '   [also not](x.md)',
      '   ```',
    ].join('\n');
    expect(relativeLinks(md)).toEqual(['docs/rules/README.md', 'rules/smart/time-bound.md']);
  });
});
