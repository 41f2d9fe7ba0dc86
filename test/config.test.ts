import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv/dist/2020.js';
import { cli } from './helpers.js';
import { tree, example, lateDeadline, LATE_LINE } from './fixtures/config/tree.js';
import { CONFIG_SCHEMA_PATH, createConfigResolver, findConfigFile, resolveConfig } from '../src/config/load.js';
import { PRESETS } from '../src/config/presets.js';
import { RULES } from '../src/rules/index.js';

const json = async (args: string[], cwd: string) => {
  const r = await cli(['--format', 'json', ...args], { cwd });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const timeBound = (file: any) => file.findings.filter((f: any) => f.ruleId === 'smart/time-bound');

describe('discovery', () => {
  it('the nearest configuration wins, per linted file', async () => {
    const root = tree({
      '.strategy-lint.yaml': 'rules:\n  smart/time-bound: off\n',
      'a.strategy.yaml': lateDeadline,
      'team/.strategy-lint.yaml': 'rules:\n  smart/time-bound: warning\n',
      'team/b.strategy.yaml': lateDeadline,
    });
    const { code, report } = await json(['a.strategy.yaml', 'team/b.strategy.yaml'], root);
    const [a, b] = report.files;
    expect(a.path).toBe('a.strategy.yaml');
    expect(timeBound(a)).toEqual([]);
    expect(a.rules.find((r: any) => r.ruleId === 'smart/time-bound').status).toBe('off');
    expect(timeBound(b).map((f: any) => [f.severity, f.line])).toEqual([['warning', LATE_LINE]]);
    expect(code).toBe(0);
  });

  it('stops at the repository root (the directory holding .git)', async () => {
    const outer = tree({ '.strategy-lint.yaml': 'rules:\n  smart/time-bound: off\n', 'repo/plan.strategy.yaml': lateDeadline }, { git: false });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(outer, 'repo/.git'));
    const { code, report } = await json(['plan.strategy.yaml'], path.join(outer, 'repo'));
    expect(timeBound(report.files[0])).toHaveLength(1);
    expect(code).toBe(1);
    expect(await findConfigFile(path.join(outer, 'repo'))).toBeUndefined();
    expect(await findConfigFile(outer)).toBe(path.join(outer, '.strategy-lint.yaml'));
  });

  it('reads .yml, .json and the strategy-lint key of package.json, in that order of preference', async () => {
    for (const [name, text] of [
      ['.strategy-lint.yml', 'rules: {smart/time-bound: warning}\n'],
      ['.strategy-lint.json', '{"rules": {"smart/time-bound": "warning"}}'],
      ['package.json', '{"name": "x", "strategy-lint": {"rules": {"smart/time-bound": ["warning"]}}}'],
    ]) {
      const root = tree({ [name]: text, 'p.strategy.yaml': lateDeadline });
      const { code, report } = await json(['p.strategy.yaml'], root);
      expect(timeBound(report.files[0])[0].severity, name).toBe('warning');
      expect(code).toBe(0);
    }
    // A package.json without the key is not a configuration: discovery goes on upward.
    const root = tree({ '.strategy-lint.yaml': 'rules: {smart/time-bound: off}\n', 'sub/package.json': '{"name": "x"}', 'sub/p.strategy.yaml': lateDeadline });
    expect(timeBound((await json(['sub/p.strategy.yaml'], root)).report.files[0])).toEqual([]);
  });

  it('--config PATH replaces discovery and --no-config uses the defaults', async () => {
    const root = tree({
      '.strategy-lint.yaml': 'rules: {smart/time-bound: off}\n',
      'ci/lint.yaml': 'rules: {smart/time-bound: info}\n',
      'p.strategy.yaml': lateDeadline,
    });
    expect(timeBound((await json(['p.strategy.yaml'], root)).report.files[0])).toEqual([]);
    expect(timeBound((await json(['--config', 'ci/lint.yaml', 'p.strategy.yaml'], root)).report.files[0])[0].severity).toBe('info');
    const none = await json(['--no-config', 'p.strategy.yaml'], root);
    expect(timeBound(none.report.files[0])[0].severity).toBe('error');
    expect(none.code).toBe(1);
    const missing = await cli(['--config', 'nope.yaml', 'p.strategy.yaml'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml:1:1: no such configuration file');
  });
});

describe('settings', () => {
  it('rule options are passed to the rule and validated against its metadata', async () => {
    const rule = RULES.find((r) => Object.values(r.meta.options ?? {}).some((o) => o.type === 'number'))!;
    const [opt] = Object.entries(rule.meta.options!).find(([, o]) => o.type === 'number')!;
    const ok = tree({ '.strategy-lint.yaml': `rules:\n  ${rule.meta.id}: [warning, {${opt}: 7}]\n`, 'p.strategy.yaml': example });
    expect((await cli(['p.strategy.yaml'], { cwd: ok })).code).not.toBe(2);
    const wrongType = tree({ '.strategy-lint.yaml': `rules:\n  ${rule.meta.id}: [warning, {${opt}: lots}]\n`, 'p.strategy.yaml': example });
    const r1 = await cli(['p.strategy.yaml'], { cwd: wrongType });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain(`.strategy-lint.yaml:2:`);
    expect(r1.stderr).toContain(`option ${opt} of ${rule.meta.id} should be a number, but is text`);
    const unknown = tree({ '.strategy-lint.yaml': `rules:\n  ${rule.meta.id}: [warning, {${opt}x: 7}]\n`, 'p.strategy.yaml': example });
    const r2 = await cli(['p.strategy.yaml'], { cwd: unknown });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`unknown option \`${opt}x\` for ${rule.meta.id}; did you mean \`${opt}\`?`);
  });

  it('weights, min_score and fail_on come from the configuration; the command line wins', async () => {
    const plain = tree({ 'p.strategy.yaml': lateDeadline });
    const base = (await json(['p.strategy.yaml'], plain)).report.files[0].score;
    const weighted = tree({ '.strategy-lint.yaml': 'weights: {goals: 0}\n', 'p.strategy.yaml': lateDeadline });
    const w = (await json(['p.strategy.yaml'], weighted)).report.files[0];
    expect(w.score).toBeGreaterThan(base);
    expect(w.categories.find((c: any) => c.id === 'goals').weight).toBe(0);
    const strictScore = tree({ '.strategy-lint.yaml': 'min_score: 100\nrules: {smart/time-bound: warning}\n', 'p.strategy.yaml': lateDeadline });
    const s = await json(['p.strategy.yaml'], strictScore);
    expect(s.report.files[0].score).toBeLessThan(100);
    expect(s.code).toBe(1);
    expect((await cli(['--min-score', '0', 'p.strategy.yaml'], { cwd: strictScore })).code).toBe(0);
    const failWarn = tree({ '.strategy-lint.yaml': 'fail_on: warning\nrules: {smart/time-bound: warning}\n', 'p.strategy.yaml': lateDeadline });
    expect((await cli(['p.strategy.yaml'], { cwd: failWarn })).code).toBe(1);
    expect((await cli(['--fail-on', 'error', 'p.strategy.yaml'], { cwd: failWarn })).code).toBe(0);
  });

  it('limits are read from the configuration', async () => {
    const root = tree({ '.strategy-lint.yaml': 'limits: {max_file_bytes: 100}\n', 'p.strategy.yaml': example });
    const { report } = await json(['p.strategy.yaml'], root);
    expect(report.files[0].findings[0].ruleId).toBe('yaml/limit');
    expect(report.files[0].findings[0].message).toContain('100 bytes');
  });

  it('a knowledge file that cannot be read is a configuration error naming the configuration', async () => {
    const root = tree({ '.strategy-lint.yaml': 'knowledge: facts/missing.json\n', 'p.strategy.yaml': example });
    const r = await cli(['p.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.strategy-lint.yaml:1:1: knowledge file facts/missing.json: no such file');
  });
});

describe('presets', () => {
  it('are built from the rule list: compliance-only turns off every rule outside compliance', () => {
    const layer = PRESETS['compliance-only'].build();
    for (const r of RULES) {
      expect(layer.rules[r.meta.id]?.severity === 'off', r.meta.id).toBe(r.meta.category !== 'compliance');
    }
    const strict = PRESETS.strict.build();
    for (const r of RULES) {
      // strict raises info to warning and warning to error; critical stays critical.
      const want = r.meta.severity === 'info' ? 'warning' : r.meta.severity === 'critical' ? 'critical' : 'error';
      expect(strict.rules[r.meta.id]?.severity ?? r.meta.severity, r.meta.id).toBe(want);
    }
    expect(strict.minScore).toBe(80);
  });

  it("extends a preset, then the file's own rules win", async () => {
    const root = tree({ '.strategy-lint.yaml': 'extends: compliance-only\nrules:\n  smart/time-bound: error\n', 'p.strategy.yaml': lateDeadline });
    const { report, code } = await json(['p.strategy.yaml'], root);
    const f = report.files[0];
    expect(timeBound(f)).toHaveLength(1);
    expect(code).toBe(1);
    const off = f.rules.filter((r: any) => r.status === 'off').map((r: any) => r.ruleId);
    expect(off).toContain('governance/why');
    expect(f.rules.filter((r: any) => r.category === 'compliance' && r.status === 'off')).toEqual([]);
  });

  it('an unknown preset is an error with a suggestion', async () => {
    const root = tree({ '.strategy-lint.yaml': 'extends: [recommended, strikt]\n', 'p.strategy.yaml': example });
    const r = await cli(['p.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.strategy-lint.yaml:1:24: unknown preset `strikt`; did you mean `strict`?');
  });
});

describe('overrides', () => {
  it('apply to the files their globs match, relative to the configuration', async () => {
    const root = tree({
      '.strategy-lint.yaml':
        'overrides:\n  - files: [drafts/**]\n    max_severity: warning\n  - files: ["*.legacy.strategy.yaml"]\n    rules: {smart/time-bound: off}\n',
      'drafts/p.strategy.yaml': lateDeadline,
      'final/p.strategy.yaml': lateDeadline,
      'old/x.legacy.strategy.yaml': lateDeadline,
    });
    const { report, code } = await json(['drafts/p.strategy.yaml', 'final/p.strategy.yaml', 'old/x.legacy.strategy.yaml'], root);
    const [draft, final, legacy] = report.files;
    expect(timeBound(draft)[0].severity).toBe('warning');
    expect(draft.passed).toBe(true);
    expect(timeBound(final)[0].severity).toBe('error');
    expect(final.passed).toBe(false);
    expect(timeBound(legacy)).toEqual([]);
    expect(code).toBe(1);
  });
});

describe('bad configurations: exit 2, file:line:column', () => {
  const cases: [string, string, string][] = [
    ['unknown rule', 'rules:\n  smart/timebound: off\n', '.strategy-lint.yaml:2:3: unknown rule `smart/timebound`; did you mean `smart/time-bound`?'],
    ['bad severity', 'rules:\n  smart/time-bound: warn\n', '.strategy-lint.yaml:2:3: the severity of smart/time-bound is text `warn`; did you mean `warning`?'],
    ['wrong type', 'min_score: high\n', '.strategy-lint.yaml:1:1: `min_score` should be a number'],
    ['out of range', 'min_score: 150\n', '.strategy-lint.yaml:1:1: `min_score` must be at most 100'],
    ['unknown key', 'rule:\n  smart/time-bound: off\n', '.strategy-lint.yaml:1:1: unknown key `rule` in the configuration; did you mean `rules`?'],
    ['nested unknown key', 'limits:\n  max_size: 3\n', '.strategy-lint.yaml:2:3: unknown key `max_size` in `limits`'],
    ['YAML error', 'rules: {smart/time-bound: off\n', '.strategy-lint.yaml:2:'],
    ['duplicate key', 'min_score: 1\nmin_score: 2\n', '.strategy-lint.yaml:2:1: duplicate key'],
    ['custom tag', 'min_score: !!js/function "x"\n', 'custom YAML tags are not allowed'],
    ['not a mapping', '- a\n', 'a configuration is a mapping of settings'],
    ['schema pseudo-rule', 'rules:\n  schema/invalid: off\n', 'cannot be configured'],
    ['override without files', 'overrides:\n  - rules: {smart/time-bound: off}\n', '.strategy-lint.yaml:2:5: `overrides[0]` needs `files`'],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const root = tree({ '.strategy-lint.yaml': text, 'p.strategy.yaml': example });
      const r = await cli(['p.strategy.yaml'], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a JSON configuration reports positions too', async () => {
    const root = tree({ '.strategy-lint.json': '{\n  "rules": {\n    "smart/tme-bound": "off"\n  }\n}\n', 'p.strategy.yaml': example });
    const r = await cli(['p.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.strategy-lint.json:3:5: unknown rule `smart/tme-bound`');
  });
});

describe('prototype keys', () => {
  it('__proto__ and constructor keys are rejected and change nothing', async () => {
    for (const text of [
      '{"rules": {"__proto__": "off"}}',
      '{"rules": {"constructor": "off"}}',
      '{"__proto__": {"min_score": 100}}',
      '{"weights": {"constructor": 5}}',
      '{"rules": {"smart/time-bound": ["warning", {"__proto__": {"x": 1}}]}}',
    ]) {
      const root = tree({ '.strategy-lint.json': text, 'p.strategy.yaml': example });
      const r = await cli(['p.strategy.yaml'], { cwd: root });
      expect(r.code, text).toBe(2);
      expect(({} as any).min_score).toBeUndefined();
      expect(({} as any).x).toBeUndefined();
    }
  });

  it('a resolved configuration has null-prototype maps: no rule inherits `constructor` settings', async () => {
    const root = tree({ '.strategy-lint.yaml': 'extends: strict\nrules: {smart/time-bound: warning}\n', 'p.strategy.yaml': example });
    const resolver = createConfigResolver({ cwd: root });
    const { config } = await resolver.forFile(path.join(root, 'p.strategy.yaml'));
    expect(Object.getPrototypeOf(config.rules)).toBeNull();
    expect(Object.getPrototypeOf(config.categoryWeights)).toBeNull();
    expect(config.rules['constructor']).toBeUndefined();
    expect(config.rules['smart/time-bound'].severity).toBe('warning');
    expect(resolveConfig(undefined, '/x').rules['toString']).toBeUndefined();
  });

  it('files under the same configuration and overrides get the same settings, and an override only its files', async () => {
    const root = tree({
      '.strategy-lint.yaml': 'rules: {smart/time-bound: warning}\noverrides:\n  - files: ["clinic/**"]\n    rules: {smart/time-bound: off}\n',
      'a.strategy.yaml': example,
      'b.strategy.yaml': example,
      'clinic/c.strategy.yaml': example,
    });
    const resolver = createConfigResolver({ cwd: root });
    const [a, b, c] = await Promise.all(['a', 'b', 'clinic/c'].map(async (f) => (await resolver.forFile(path.join(root, `${f}.strategy.yaml`))).config));
    expect(a.rules['smart/time-bound'].severity).toBe('warning');
    expect(c.rules['smart/time-bound'].severity).toBe('off');
    // One resolved configuration per (file, overrides): its rules are prepared once, not per file.
    expect(b.rules).toBe(a.rules);
    expect(c.rules).not.toBe(a.rules);
  });
});

describe('schema', () => {
  it('is JSON Schema 2020-12, compiles, and describes every property', () => {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const Ajv = ((AjvModule as any).default ?? AjvModule) as any;
    expect(() => new Ajv({ strict: true, strictTuples: false, allowUnionTypes: true }).compile(schema)).not.toThrow();
    const missing: string[] = [];
    const walk = (node: any, at: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
        if (!v.description && !(v.$ref && resolve(schema, v.$ref)?.description)) missing.push(`${at}/${k}`);
        walk(v, `${at}/${k}`);
      }
      if (node.items) walk(node.items, `${at}[]`);
      for (const [k, v] of Object.entries<any>(node.$defs ?? {})) walk(v, `#/$defs/${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });
});

function resolve(schema: any, ref: string): any {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((n, t) => n?.[t], schema);
}
