import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { checkAnswers, starterPlan } from '../src/cli/init-command.js';
import { cli, EXAMPLE_PLAN, lint } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'sl-init-'));
const LAKESIDE = [
  '--name',
  'Lakeside Pediatrics',
  '--type',
  'practice',
  '--jurisdiction',
  'US',
  '--platforms',
  'instagram,facebook,linkedin',
  '--audiences',
  'new-parents:caregiver,referrers:referrer',
];

/**
 * Where a blank plan may have findings: the values a human must decide. The starter writes only
 * what the user answered (organisation name, type, jurisdictions, platforms, audience ids and
 * roles), so nothing may be reported on those, on `version`, or on the file's format.
 */
const DECISIONS = [
  '/organization/name',
  '/organization/type',
  '/organization/jurisdictions',
  '/organization/covered_entity',
  '/period',
  '/why',
  '/governance',
  '/goals',
  '/audiences',
  '/channels',
  '/budget',
  '/content',
  '/engagement',
  '/measurement',
  '/compliance',
];
const ALWAYS_ANSWERED = [/^\/version/, /^\/channels\/\d+\/platform$/, /^\/audiences\/\d+\/role$/];

function blankPlanFindingsAreDecisions(text: string, answered: string[] = ['name', 'type', 'jurisdictions']) {
  const forbidden = [...ALWAYS_ANSWERED, ...answered.map((k) => new RegExp(`^/organization/${k}(/|$)`))];
  const r = lint(text, 'plan.strategy.yaml');
  expect(r.score).not.toBeNull();
  // The TODO markers of a blank plan are one note (yaml/todo): the decisions still to make.
  expect(r.findings.filter((f) => (f.ruleId.startsWith('yaml/') && f.ruleId !== 'yaml/todo') || f.ruleId.startsWith('schema/'))).toEqual([]);
  expect(r.findings.filter((f) => /internal error/.test(f.message))).toEqual([]);
  for (const f of r.findings.filter((x) => x.ruleId !== 'yaml/todo')) {
    const where = `${f.ruleId} at ${JSON.stringify(f.pointer)}: ${f.message}`;
    expect(
      DECISIONS.some((d) => f.pointer === d || f.pointer.startsWith(d + '/')),
      where,
    ).toBe(true);
    expect(
      forbidden.some((re) => re.test(f.pointer)),
      where,
    ).toBe(false);
  }
  return r;
}

describe('strategy-lint init', () => {
  it('writes a plan with the schema modeline and comments, from flags, without a TTY', async () => {
    const dir = tmp();
    const r = await cli(['init', ...LAKESIDE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote plan.strategy.yaml');
    const text = readFileSync(path.join(dir, 'plan.strategy.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/strategy-lint/schemas/strategy.schema.json');
    const data = parse(text);
    expect(data.organization).toEqual({ name: 'Lakeside Pediatrics', type: 'practice', jurisdictions: ['US'] });
    expect(data.channels.map((c: any) => c.platform)).toEqual(['instagram', 'facebook', 'linkedin']);
    expect(data.audiences).toEqual([
      { id: 'new-parents', role: 'caregiver' },
      { id: 'referrers', role: 'referrer' },
    ]);
    // Every section is explained in a comment.
    for (const section of ['period', 'governance', 'goals', 'audiences', 'channels', 'budget', 'content', 'engagement', 'measurement', 'compliance']) {
      expect(text).toMatch(new RegExp(`#[^\\n]*\\n(# )?${section}:`));
    }
  });

  it('never fills in a human decision: no target, amount, consent, deadline or owner', () => {
    const text = starterPlan((checkAnswers({ name: 'X', type: 'clinic', jurisdiction: 'US', platforms: 'facebook', audiences: 'patients' }) as any).answers);
    const data = parse(text);
    const g = data.goals[0];
    for (const k of ['target', 'baseline', 'deadline', 'owner', 'metric']) expect(g[k], k).toBeUndefined();
    expect(data.budget).toBeUndefined();
    expect(data.compliance).toBeUndefined();
    expect(data.period).toBeUndefined();
    expect(data.audiences[0]).toEqual({ id: 'patients', role: 'patient' });
    // Platform names people use are accepted.
    const aliases = checkAnswers({ platforms: 'Twitter, FB, Insta,YouTube' });
    expect('answers' in aliases && aliases.answers.platforms).toEqual(['x', 'facebook', 'instagram', 'youtube']);
  });

  it('a blank plan lints without crashing and only with findings on what a human must decide', async () => {
    const dir = tmp();
    await cli(['init', '--yes', ...LAKESIDE], { cwd: dir });
    const r = blankPlanFindingsAreDecisions(readFileSync(path.join(dir, 'plan.strategy.yaml'), 'utf8'));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.passed).toBe(false);
  });

  it('also for the defaults, for other jurisdictions, and for odd names', () => {
    for (const raw of [
      {},
      { jurisdiction: 'SE', type: 'hospital', platforms: 'facebook,youtube' },
      { jurisdiction: 'FR,EU', audiences: 'Nouveaux Parents, médecins:clinician' },
      { name: 'A "quoted" # name: with: colons\n\u001b[31m', platforms: 'tiktok' },
    ]) {
      const checked = checkAnswers(raw);
      expect('answers' in checked).toBe(true);
      const text = starterPlan((checked as any).answers);
      expect(parseDocument(text).errors).toEqual([]);
      if ((raw as any).name) expect(parse(text).organization.name).toBe('A "quoted" # name: with: colons [31m');
      if ((raw as any).audiences) expect(parse(text).audiences.map((x: any) => x.id)).toEqual(['nouveaux-parents', 'médecins']);
      const a = (checked as any).answers;
      blankPlanFindingsAreDecisions(text, [a.name && 'name', a.type && 'type', a.jurisdictions.length && 'jurisdictions'].filter(Boolean));
    }
  });

  it('refuses to overwrite an existing file without --force (exit 2)', async () => {
    const dir = tmp();
    const file = path.join(dir, 'mine.strategy.yaml');
    writeFileSync(file, 'version: 1\n');
    const r = await cli(['init', 'mine.strategy.yaml', '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mine.strategy.yaml already exists; use --force to overwrite it');
    expect(readFileSync(file, 'utf8')).toBe('version: 1\n');
    const forced = await cli(['init', 'mine.strategy.yaml', '--yes', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('version: 1');
    expect(readFileSync(file, 'utf8')).toContain('yaml-language-server');
  });

  it('rejects unknown values with a suggestion (exit 2) and writes nothing', async () => {
    const dir = tmp();
    const r = await cli(['init', '--yes', '--platforms', 'facebok'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean `facebook`?');
    const t = await cli(['init', '--yes', '--type', 'clinik'], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('did you mean `clinic`?');
    expect(existsSync(path.join(dir, 'plan.strategy.yaml'))).toBe(false);
  });

  it('after the README walk-through (filling in the decisions) the plan scores above 80', async () => {
    const dir = tmp();
    await cli(['init', '--yes', ...LAKESIDE], { cwd: dir });
    const file = path.join(dir, 'plan.strategy.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    // The decisions: the example plan's values for every field the starter left as TODO.
    const example = parse(readFileSync(EXAMPLE_PLAN, 'utf8'));
    doc.setIn(['organization', 'covered_entity'], true);
    for (const section of ['period', 'why', 'governance', 'goals', 'budget', 'content', 'engagement', 'measurement', 'compliance']) {
      doc.set(section, doc.createNode(example[section]));
    }
    const plan = doc.toJS();
    plan.audiences.forEach((a: any, i: number) => {
      for (const [k, v] of Object.entries(example.audiences.find((x: any) => x.id === a.id) ?? {})) if (!(k in a)) doc.setIn(['audiences', i, k], v);
    });
    plan.channels.forEach((c: any, i: number) => {
      for (const [k, v] of Object.entries(example.channels.find((x: any) => x.platform === c.platform) ?? {}))
        if (!(k in c)) doc.setIn(['channels', i, k], doc.createNode(v));
    });
    writeFileSync(file, String(doc));
    const filled = readFileSync(file, 'utf8');
    expect(filled).toContain('yaml-language-server');
    const r = lint(filled);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.score!).toBeGreaterThan(80);
    // What init wrote was kept as the user answered it.
    expect(parse(filled).organization.name).toBe('Lakeside Pediatrics');
  });
});

describe('init questions on a terminal', () => {
  it('asks what the flags did not answer, re-asks an invalid answer, and leaves empty answers to decide later', async () => {
    const { PassThrough } = await import('node:stream');
    const { ask } = await import('../src/cli/init-command.js');
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d) => (shown += d));
    input.end('Lakeside Pediatrics\nclinik\npractice\nTwitter, instagram\n\n');
    const answers = await ask({ jurisdiction: 'US' }, input, output);
    expect(answers).toEqual({ name: 'Lakeside Pediatrics', type: 'practice', jurisdiction: 'US', platforms: 'Twitter, instagram', audiences: undefined });
    expect(shown).toContain('did you mean `clinic`?');
    expect(shown).not.toContain('Country or region'); // answered by a flag
  });

  it('end of input leaves the remaining answers empty', async () => {
    const { PassThrough } = await import('node:stream');
    const { ask } = await import('../src/cli/init-command.js');
    const input = new PassThrough();
    input.end('Solo Clinic\n');
    const answers = await ask({}, input, new PassThrough());
    expect(answers).toEqual({ name: 'Solo Clinic', type: undefined, jurisdiction: undefined, platforms: undefined, audiences: undefined });
  });
});
