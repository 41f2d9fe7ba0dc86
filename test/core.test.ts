import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli, cliProcess, EXAMPLE_PLAN, findingsOf, lint, planYaml } from './helpers.js';

const example = readFileSync(EXAMPLE_PLAN, 'utf8');

describe('parse and positions', () => {
  it('reports a YAML syntax error as a finding with its position, score null', () => {
    const r = lint('version: 1\norganization: {name: [x\n');
    expect(r.score).toBeNull();
    expect(r.passed).toBe(false);
    const syntax = findingsOf(r, 'yaml/syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0].line).toBe(3);
  });

  it('reports duplicate keys and custom tags', () => {
    const r = lint('version: 1\nversion: 1\nwhy: !!js/function "x"\n');
    const msgs = findingsOf(r, 'yaml/syntax').map((f) => `${f.line}:${f.message}`);
    expect(msgs.some((m) => m.startsWith('2:duplicate key'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('3:custom YAML tags'))).toBe(true);
  });

  it('points a finding at the key of the offending node', () => {
    const yaml = example.replace('deadline: 2027-09-30', 'deadline: 2029-09-30');
    const r = lint(yaml);
    const [f] = findingsOf(r, 'smart/time-bound');
    const lines = yaml.split('\n');
    expect(lines[f.line - 1].slice(f.column - 1).startsWith('deadline: 2029-09-30')).toBe(true);
    expect(f.pointer).toBe('/goals/0/deadline');
  });

  it('points at the parent when the node is missing', () => {
    const yaml = example.replace('    deadline: 2027-09-30\n', '');
    const r = lint(yaml);
    const [f] = findingsOf(r, 'smart/time-bound');
    expect(f.pointer).toBe('/goals/0/deadline');
    expect(yaml.split('\n')[f.line - 1]).toContain('- id: bookings');
  });
});

describe('schema', () => {
  it('unknown top-level key is an error with a did-you-mean hint', () => {
    const r = lint('version: 1\norganization: {name: X}\ngoal:\n  - id: a\n');
    const [f] = findingsOf(r, 'schema/unknown-key');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('did you mean `goals`');
    expect([f.line, f.column]).toEqual([3, 1]);
  });

  it('unknown key inside a section is a warning', () => {
    const r = lint('version: 1\norganization: {name: X, colour: red}\n');
    const [f] = findingsOf(r, 'schema/unknown-key');
    expect(f.severity).toBe('warning');
  });

  it('type and enum errors get human messages, not ajv text', () => {
    const r = lint('version: 1\norganization: {name: X, type: clinik}\ngoals:\n  - id: a\n    target: lots\n');
    const msgs = findingsOf(r, 'schema/invalid').map((f) => f.message);
    expect(msgs).toContain('`type` is `clinik`, which is not one of the allowed values; did you mean `clinic`?');
    expect(msgs).toContain('`target` should be a number, but is text');
    expect(msgs.join(' ')).not.toMatch(/must be equal to one of|must NOT/);
  });

  it('a list at the top is a clear error, not a crash', () => {
    const r = lint('- a\n- b\n');
    expect(r.score).toBeNull();
    expect(r.findings[0].message).toContain('this file holds a list');
  });

  it('the example plan is valid against the schema', () => {
    const r = lint(example);
    expect(r.findings.filter((f) => f.ruleId.startsWith('schema/') || f.ruleId.startsWith('yaml/'))).toEqual([]);
  });
});

describe('example plan', () => {
  it('scores at least 90 with no errors', () => {
    const r = lint(example);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.score).toBeGreaterThanOrEqual(90);
    expect(r.passed).toBe(true);
  });
});

describe('CLI exit codes', () => {
  it('0 for a passing plan', async () => {
    const r = await cli([EXAMPLE_PLAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall');
  });

  it('1 for a plan with an error finding', async () => {
    const r = await cli(['test/fixtures/syntax-error.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/syntax-error.yaml:3:1');
  });

  it('2 for a missing file, with the file named on stderr', async () => {
    const r = await cli(['no/such/plan.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/plan.yaml: no such file');
  });

  it('2 for an unknown option or format', async () => {
    expect((await cli(['--bogus', EXAMPLE_PLAN])).code).toBe(2);
    expect((await cli(['--format', 'nope', EXAMPLE_PLAN])).code).toBe(2);
  });

  it('1 when --min-score is not reached', async () => {
    expect((await cli(['--min-score', '100', 'test/fixtures/syntax-error.yaml'])).code).toBe(1);
  });

  it('the built binary runs as a process and never prints a stack trace', () => {
    const r = cliProcess(['test/fixtures/syntax-error.yaml', 'missing.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tool identity', () => {
  it('reports the version of package.json in --version and in the JSON output', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect((await cli(['--version'])).stdout.trim()).toBe(pkg.version);
    expect(JSON.parse((await cli(['--format', 'json', EXAMPLE_PLAN])).stdout).tool).toEqual({ name: 'strategy-lint', version: pkg.version });
  });
});

describe('grade', () => {
  it('is the letter of the score, for a passing file and for one that fails the gate (scoring model 2)', () => {
    const good = lint(example);
    expect(good.passed).toBe(true);
    expect(good.grade).toBe('A');
    // One compliance error: the score stays high, the verdict and the grade say it failed.
    const bad = lint(
      planYaml((p) => {
        p.compliance.vendors[0].handles_phi = true;
        delete p.compliance.vendors[0].baa; // no BAA recorded: an error (a BAA recorded as absent is critical)
      }),
    );
    expect(bad.passed).toBe(false);
    expect(bad.score!).toBeGreaterThanOrEqual(80);
    // The letter follows the score; the gate is reported beside it.
    expect(bad.grade).toBe(bad.score! >= 90 ? 'A' : 'B');
    expect(bad.failures).toEqual(['1 error']);
  });
});

describe('dates', () => {
  it('says a well-written date that does not exist is not a day of the calendar', () => {
    const r = lint(example.replace('deadline: 2027-09-30', 'deadline: 2027-02-30'));
    const [f] = findingsOf(r, 'schema/invalid');
    expect(f.message).toBe('`deadline` is `2027-02-30`, which is not a day of the calendar');
    expect(f.pointer).toBe('/goals/0/deadline');
  });

  it('asks for YYYY-MM-DD when a date is written another way', () => {
    const [f] = findingsOf(lint(example.replace('deadline: 2027-09-30', 'deadline: 30.09.2027')), 'schema/invalid');
    // With the date in the form the format expects (issue 18), which `--fix` writes.
    expect(f.message).toBe('`deadline` should be a date written YYYY-MM-DD, but is `30.09.2027`; write `deadline: 2027-09-30`');
  });
});
