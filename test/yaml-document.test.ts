// The two costs of yaml's Document API made linear (src/load/yaml-document.ts): duplicate keys
// are found with one set per mapping, with exactly yaml's errors; aliases are limited by the size
// of what they expand to, not only by how often they are used.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlDocument } from '../src/load/yaml-document.js';
import { lint } from './helpers.js';
import { lintText } from '../src/engine/lint.js';
import { defaultConfig } from '../src/config/config.js';
import { PLAN_YAML_OPTIONS } from '../src/load/load.js';

const errors = (doc: { errors: { code: string; pos: [number, number] }[] }) => doc.errors.map((e) => `${e.code}@${e.pos.join('-')}`);

describe('duplicate keys, checked in linear time', () => {
  const docs = [
    'a: 1\nb: 2\na: 3\n',
    '{a: 1, a: 2}\n',
    'a: {x: 1, x: 2}\nb: [ {y: 1, y: 1} ]\n',
    '&k a: 1\na: 2\n',
    '? a\n: 1\na: 2\n',
    ': 1\n: 2\n',
    '1: a\n1.0: b\n0x1: c\n',
    'true: 1\nTrue: 2\n',
    '.nan: 1\n.nan: 2\n',
    '"a": 1\n\'a\': 2\na: 3\n',
    'x: [a: 1, a: 2]\n',
    '!!str a: 1\na: 2\n',
    'a: 1\nb: [1\na: 2\n',
    'a: 1\n  b: 2\na: 3\n',
    'x:\n  - a: 1\n    a: 2\n  - b\n',
    '? [a]\n: 1\n? [a]\n: 2\n',
    'a: &x {k: 1}\nb: *x\na: 3\n',
    'null: 1\n~: 2\n',
    'a: 1\na: 2\na: 3\nb: "unterminated\n',
  ];
  for (const text of docs) {
    it(`the same errors as yaml's own check: ${JSON.stringify(text)}`, () => {
      expect(errors(parseYamlDocument(text, PLAN_YAML_OPTIONS))).toEqual(errors(parseDocument(text, PLAN_YAML_OPTIONS)));
    });
  }

  it('a duplicate in a document the fast parser hands over is the same yaml/syntax finding', () => {
    const r = lint('version: 1\nwhy: &w text\nx: 1\nx: 2\n');
    expect(r.findings.filter((f) => f.ruleId === 'yaml/syntax').map((f) => [f.line, f.column])).toEqual([[4, 1]]);
  });
});

describe('aliases count the size of what they expand to', () => {
  const limits = (maxAliases: number) => ({ ...defaultConfig(), limits: { ...defaultConfig().limits, maxAliases } });
  const list = (n: number) => `version: 1\norganization: {name: Clinic}\nwhy: &w [${Array.from({ length: n }, (_, i) => `w${i}`).join(', ')}]\ngoal: *w\n`;

  it('one use of a list of 150 items counts 151: over the default limit of 100', () => {
    const r = lintText(list(150), 'p.yaml');
    expect(r.score).toBeNull();
    expect(r.findings[0]).toMatchObject({ ruleId: 'yaml/limit', line: 4, column: 7 });
    expect(r.findings[0].message).toMatch(/maximum alias count of 100/);
    // Within a raised limit, the same plan is linted.
    expect(lintText(list(150), 'p.yaml', { config: limits(151) }).score).not.toBeNull();
    expect(lintText(list(150), 'p.yaml', { config: limits(150) }).score).toBeNull();
  });

  it("the issue's case: 99 aliases of a 2,000-audience list are refused at once", () => {
    let text = 'version: 1\norganization: {name: Clinic}\naudiences:\n';
    for (let i = 0; i < 2000; i++) text += `  - id: a${i}\n`;
    text += 'channels:\n  - platform: instagram\n    audiences: &all\n';
    for (let i = 0; i < 2000; i++) text += `      - a${i}\n`;
    for (let k = 1; k < 100; k++) text += `  - platform: facebook\n    audiences: *all\n`;
    const r = lintText(text, 'p.yaml');
    expect(r.score).toBeNull();
    expect(r.findings.map((f) => f.ruleId)).toEqual(['yaml/limit']);
  });

  it('nested aliases multiply (a billion laughs), and an alias inside its own anchor never ends', () => {
    const laughs = 'version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b]\n';
    expect(lintText(laughs, 'p.yaml', { config: limits(200) }).findings[0].ruleId).toBe('yaml/limit');
    expect(lintText(laughs, 'p.yaml', { config: limits(1000) }).score).not.toBeNull();
    expect(lintText('version: 1\nwhy: &r [1, *r]\n', 'p.yaml', { config: limits(1_000_000) }).score).toBeNull();
  });

  it('a scalar used 99 times is within the default limit, 101 times over it (as before)', () => {
    const uses = (n: number) => `version: 1\norganization: {name: &n Clinic}\nwhy: [${Array(n).fill('*n').join(', ')}]\n`;
    expect(lintText(uses(99), 'p.yaml').score).not.toBeNull();
    expect(lintText(uses(101), 'p.yaml').score).toBeNull();
  });
});
