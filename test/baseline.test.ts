import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, planYaml } from './helpers.js';
import { tree, example, lateDeadline } from './fixtures/config/tree.js';

const ids = (stdout: string) => JSON.parse(stdout).files.flatMap((f: any) => f.findings.map((x: any) => `${f.path} ${x.ruleId} ${x.pointer}`));

describe('baseline', () => {
  it('records findings by rule, file and pointer, without plan text', async () => {
    const root = tree({ 'plans/a.strategy.yaml': lateDeadline });
    const w = await cli(['--baseline-write', 'baseline.json', 'plans'], { cwd: root });
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/wrote \d+ findings? of 1 file to the baseline baseline\.json/);
    const doc = JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8'));
    expect(doc.tool).toBe('strategy-lint');
    expect(doc.version).toBe(1);
    expect(doc.findings).toContainEqual({ file: 'plans/a.strategy.yaml', ruleId: 'smart/time-bound', pointer: '/goals/0/deadline', count: 1 });
    const raw = readFileSync(path.join(root, 'baseline.json'), 'utf8');
    expect(raw).not.toContain('Lakeside');
    expect(raw).not.toContain('2029');
  });

  it('hides recorded findings after unrelated edits move them; a new finding shows and fails', async () => {
    const root = tree({ 'a.strategy.yaml': lateDeadline });
    expect((await cli(['a.strategy.yaml'], { cwd: root })).code).toBe(1);
    await cli(['--baseline-write', '.baseline.json', 'a.strategy.yaml'], { cwd: root });
    // Lines inserted above: every finding moves down, none resurrects.
    const edited = lateDeadline.replace('organization:\n', '# reviewed 2027-02\n# by the team\n\norganization:\n');
    writeFileSync(path.join(root, 'a.strategy.yaml'), edited);
    const r = await cli(['--format', 'json', '--baseline', '.baseline.json', 'a.strategy.yaml'], { cwd: root });
    expect(ids(r.stdout).filter((s: string) => s.includes('smart/time-bound'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the baseline \.baseline\.json hid \d+ finding/);
    // A second late goal is new: it shows and fails, the recorded one stays hidden.
    writeFileSync(path.join(root, 'a.strategy.yaml'), edited.replace(/(- id: trusted-source[\s\S]*?deadline: )\S+/, '$12030-01-01'));
    const n = await cli(['--format', 'json', '--baseline', '.baseline.json', 'a.strategy.yaml'], { cwd: root });
    expect(ids(n.stdout).filter((s: string) => s.includes('smart/time-bound'))).toEqual(['a.strategy.yaml smart/time-bound /goals/1/deadline']);
    expect(n.code).toBe(1);
  });

  it('is count-aware: a second finding of the same rule at the same node is new', async () => {
    const root = tree({ 'a.strategy.yaml': lateDeadline });
    await cli(['--baseline-write', 'b.json', 'a.strategy.yaml'], { cwd: root });
    const file = path.join(root, 'b.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const entry = doc.findings.find((e: any) => e.ruleId === 'smart/time-bound');
    entry.count = 0; // pretend the baseline had none of them
    doc.findings = doc.findings.filter((e: any) => e !== entry);
    writeFileSync(file, JSON.stringify(doc));
    const r = await cli(['--format', 'json', '--baseline', 'b.json', 'a.strategy.yaml'], { cwd: root });
    expect(ids(r.stdout)).toEqual(['a.strategy.yaml smart/time-bound /goals/0/deadline']);
    expect(r.code).toBe(1);
  });

  it('reports recorded findings that are fixed', async () => {
    const root = tree({ 'a.strategy.yaml': lateDeadline });
    await cli(['--baseline-write', 'b.json', 'a.strategy.yaml'], { cwd: root });
    writeFileSync(path.join(root, 'a.strategy.yaml'), example);
    const r = await cli(['--baseline', 'b.json', 'a.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ recorded findings? (is|are) fixed/);
  });

  it('a missing or malformed baseline is a usage error', async () => {
    const root = tree({ 'a.strategy.yaml': example, 'bad.json': '{"findings": 3}', 'broken.json': '{' });
    for (const [file, msg] of [
      ['none.json', 'no such file'],
      ['bad.json', 'not a strategy-lint baseline'],
      ['broken.json', 'not valid JSON'],
    ]) {
      const r = await cli(['--baseline', file, 'a.strategy.yaml'], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--baseline ${file}: ${msg}`);
    }
  });
});

describe('baseline in the JSON report', () => {
  it('lists the findings it hid under suppressed, with kind baseline', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-baseline-json-'));
    const plan = path.join(dir, 'plan.strategy.yaml');
    writeFileSync(
      plan,
      planYaml((p) => delete p.goals[0].deadline),
    );
    const base = path.join(dir, 'baseline.json');
    expect((await cli(['--no-config', '--baseline-write', base, plan], { cwd: dir })).code).toBe(0);
    const r = await cli(['--no-config', '--format', 'json', '--baseline', base, plan], { cwd: dir });
    const file = JSON.parse(r.stdout).files[0];
    expect(file.findings.some((f: any) => f.ruleId === 'smart/time-bound')).toBe(false);
    expect(file.suppressed).toContainEqual(expect.objectContaining({ ruleId: 'smart/time-bound', kind: 'baseline', pointer: '/goals/0/deadline' }));
  });
});

describe('baseline and invalid plans', () => {
  it('never records or hides syntax or schema errors: an invalid plan still fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-baseline-invalid-'));
    const plan = path.join(dir, 'plan.strategy.yaml');
    writeFileSync(
      plan,
      planYaml((p) => (p.organization.type = 'practise')),
    );
    const base = path.join(dir, 'baseline.json');
    await cli(['--no-config', '--baseline-write', base, plan], { cwd: dir });
    expect(JSON.parse(readFileSync(base, 'utf8')).findings.some((e: any) => e.ruleId === 'schema/invalid')).toBe(false);
    const r = await cli(['--no-config', '--format', 'json', '--baseline', base, plan], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.some((f: any) => f.ruleId === 'schema/invalid')).toBe(true);
  });
});
