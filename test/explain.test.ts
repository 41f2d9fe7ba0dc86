import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli, ROOT } from './helpers.js';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import { FORMATTERS } from '../src/report/index.js';
import path from 'node:path';

describe('strategy-lint rules', () => {
  it('lists every rule with its category, default severity and one line, then the knowledge sources', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const meta of ruleCatalog()) {
      const line = lines.find((l) => l.startsWith(meta.id + ' '));
      expect(line, meta.id).toBeDefined();
      expect(line).toContain(meta.category);
      expect(line).toContain(meta.severity);
      expect(line).toContain(meta.description);
    }
    expect(r.stdout).toContain('Knowledge sources: platform facts');
    expect(r.stdout).toMatch(/pew-2025\s+2025-11\s+Pew Research Center/);
    expect(r.stdout).toContain('Knowledge sources: regulations');
    expect(r.stdout).toMatch(/hipaa-164-508\s+2013-01\s+HIPAA Privacy Rule/);
  });

  it('--json prints the metadata and sources', async () => {
    const r = await cli(['rules', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.rules.map((x: any) => x.id)).toEqual(ruleCatalog().map((m) => m.id));
    const all = [...doc.sources['platform facts'], ...doc.sources.regulations];
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((s: any) => s.id && s.date && s.title)).toBe(true);
  });
});

describe('strategy-lint explain', () => {
  it('prints rationale, source, failing and passing examples, fix, options and docs', async () => {
    const r = await cli(['explain', 'smart/time-bound']);
    expect(r.code).toBe(0);
    const meta = ruleCatalog().find((m) => m.id === 'smart/time-bound')!;
    expect(r.stdout).toContain('Why it matters');
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(meta.rationale.replace(/\s+/g, ' '));
    expect(flat).toContain(meta.source);
    expect(r.stdout).toContain('    deadline: 2028-06-30'); // the failing snippet
    expect(r.stdout).toContain('    deadline: 2027-09-30'); // the passing snippet
    expect(flat).toContain(meta.fix);
    expect(r.stdout).toContain('Options');
    expect(r.stdout).toContain('Docs: docs/rules/smart/time-bound.md');
  });

  it('shows options with their defaults', async () => {
    const withOptions = ruleCatalog().find((m) => Object.keys(m.options ?? {}).length > 0);
    expect(withOptions, 'some rule has options').toBeDefined();
    const [name, o] = Object.entries(withOptions!.options!)[0];
    const r = await cli(['explain', withOptions!.id]);
    expect(r.stdout).toContain(`${name} (${o.type}, default ${JSON.stringify(o.default)})`);
  });

  it('explains the schema pseudo-rules too', async () => {
    const r = await cli(['explain', 'schema/unknown-key']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('goal:');
  });

  it('an unknown rule gets "did you mean" and exit 2', async () => {
    const r = await cli(['explain', 'smart/time-bond']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule `smart/time-bond`; did you mean `smart/time-bound`?');
    const short = await cli(['explain', 'time-bound']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('did you mean `smart/time-bound`?');
  });

  it('plan text in an unknown rule id is quoted and stripped of escapes', async () => {
    const r = await cli(['explain', '\u001b]0;pwned\u0007x']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('strategy-lint schema', () => {
  it('prints the JSON Schema shipped in schemas/', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schemas/strategy.schema.json'), 'utf8')));
  });

  it('offers editor snippets for a goal, an audience, a channel, a budget line and a calendar entry', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout);
    const items = (p: any) => p.items;
    const spots = {
      goal: items(schema.properties.goals),
      audience: items(schema.properties.audiences),
      channel: items(schema.properties.channels),
      'budget line': items(schema.properties.budget.properties.lines),
      'calendar entry': items(schema.properties.content.properties.calendar),
    };
    for (const [what, s] of Object.entries(spots)) {
      const snippets = s.defaultSnippets;
      expect(Array.isArray(snippets) && snippets.length > 0, what).toBe(true);
      for (const sn of snippets) {
        expect(typeof sn.label).toBe('string');
        expect(typeof sn.description).toBe('string');
        expect(typeof sn.body).toBe('object');
        // A snippet's body uses only keys the schema defines.
        for (const k of Object.keys(sn.body)) expect(Object.keys(s.properties), `${what}.${k}`).toContain(k);
      }
    }
    expect(schema.properties.goals.markdownDescription).toBeTruthy();
  });
});

describe('doc references', () => {
  it('every output format carries the rule doc path of each finding', async () => {
    const file = lintText('version: 1\norganization: {name: X, type: clinik}\ngoals:\n  - id: a\n', 'plan.yaml');
    const docs = [...new Set(file.findings.map((f) => f.docs))];
    expect(docs).toContain('docs/rules/smart/time-bound.md');
    const report = { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files: [file] };
    for (const [name, load] of Object.entries(FORMATTERS)) {
      const out = (await load())(report, { color: false, cwd: ROOT });
      for (const d of docs) expect(out, `${name} lacks ${d}`).toContain(d);
    }
  });
});
