// The layout of the rules, so that a newcomer finds everything about rule `family/name` at the same
// three places: src/rules/<family>/<name>.ts (the rule), test/rules/<family>.test.ts (its
// ruleTester cases) and docs/rules/<family>/<name>.md (its generated page).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAMILY_CATEGORY, RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers.js';

const SRC = path.join(ROOT, 'src');
const RULES_DIR = path.join(SRC, 'rules');
const rel = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');
const split = (id: string) => {
  const [family, name] = id.split('/');
  return { family, name };
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : n.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers a TypeScript file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  )) {
    out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

/** The source file a relative specifier resolves to (`./x.js` is `./x.ts`), or undefined for a package. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.resolve(path.dirname(from), spec).replace(/\.js$/, '.ts');
}

const ruleFiles = new Map(RULES.map((r) => [path.join(RULES_DIR, ...r.meta.id.split('/')) + '.ts', r]));

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const { family, name } = split(id);

  it(`lives in src/rules/${family}/${name}.ts, which exports it as \`rule\``, async () => {
    const file = path.join(RULES_DIR, family, `${name}.ts`);
    expect(existsSync(file), `${rel(file)} is missing`).toBe(true);
    const mod = await import(pathToFileURL(file).href);
    expect(mod.rule, `${rel(file)} should export this rule as \`rule\``).toBe(rule);
  });

  it(`is tested by ruleTester('${id}') in test/rules/${family}.test.ts`, () => {
    const file = path.join(ROOT, 'test', 'rules', `${family}.test.ts`);
    expect(existsSync(file), `${rel(file)} is missing`).toBe(true);
    expect(readFileSync(file, 'utf8'), `${rel(file)} has no ruleTester('${id}', …)`).toContain(`ruleTester('${id}'`);
  });

  it(`is documented in docs/rules/${family}/${name}.md`, () => {
    expect(existsSync(path.join(ROOT, 'docs', 'rules', family, `${name}.md`)), `docs/rules/${family}/${name}.md is missing: run \`npm run docs\``).toBe(true);
  });
});

describe('src/rules', () => {
  it('holds index.ts, helpers.ts and one folder per family, nothing else', () => {
    const stray = readdirSync(RULES_DIR).filter((n) => {
      const p = path.join(RULES_DIR, n);
      return statSync(p).isDirectory() ? !(n in FAMILY_CATEGORY) : !['index.ts', 'helpers.ts'].includes(n);
    });
    expect(stray, 'a rule belongs in src/rules/<family>/<name>.ts, a family in FAMILY_CATEGORY (src/rules/index.ts)').toEqual([]);
  });

  it('a family folder holds its rules and its helpers.ts only', () => {
    const stray = tsFiles(RULES_DIR)
      .filter((f) => path.dirname(f) !== RULES_DIR)
      .filter((f) => path.basename(f) !== 'helpers.ts' && !ruleFiles.has(f))
      .map(rel);
    expect(stray, "every .ts in a family folder is a rule listed in RULES (src/rules/index.ts), or the family's helpers.ts").toEqual([]);
  });

  it('nothing but src/rules/index.ts imports a rule module', () => {
    const offenders: string[] = [];
    for (const file of tsFiles(SRC)) {
      if (file === path.join(RULES_DIR, 'index.ts')) continue;
      for (const spec of importsOf(file)) {
        const target = resolve(file, spec);
        if (target && ruleFiles.has(target)) offenders.push(`${rel(file)} imports ${spec}`);
      }
    }
    expect(offenders, 'rule modules are listed in src/rules/index.ts and reached through RULES').toEqual([]);
  });

  it("a family's helpers.ts is used by that family only; src/rules/helpers.ts by the rules only", () => {
    const offenders: string[] = [];
    for (const file of tsFiles(SRC)) {
      for (const spec of importsOf(file)) {
        const target = resolve(file, spec);
        if (!target || path.basename(target) !== 'helpers.ts' || !target.startsWith(RULES_DIR + path.sep)) continue;
        const home = path.dirname(target);
        const allowed = home === RULES_DIR ? file.startsWith(RULES_DIR + path.sep) : path.dirname(file) === home;
        if (!allowed) offenders.push(`${rel(file)} imports ${spec}`);
      }
    }
    expect(offenders, 'a helper used by several families belongs in src/rules/helpers.ts').toEqual([]);
  });

  it('the import scan sees the rule imports of src/rules/index.ts (it would catch one elsewhere)', () => {
    const seen = importsOf(path.join(RULES_DIR, 'index.ts'))
      .map((s) => resolve(path.join(RULES_DIR, 'index.ts'), s))
      .filter((t): t is string => t !== undefined && ruleFiles.has(t));
    expect(seen.length).toBe(RULES.length);
  });
});
