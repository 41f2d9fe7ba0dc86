import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_KNOWLEDGE, PLATFORMS, SOURCES } from '../src/knowledge/platforms.js';
import { loadKnowledge, validateKnowledge } from '../src/knowledge/load.js';
import { lintText } from '../src/engine/lint.js';
import { defaultConfig } from '../src/config/config.js';
import { cli, findingsOf, planYaml } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'strategy-lint-knowledge-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const copy = () => JSON.parse(JSON.stringify({ platforms: DEFAULT_KNOWLEDGE.platforms, sources: DEFAULT_KNOWLEDGE.sources }));

describe('built-in platform facts', () => {
  it('pass their own validation: every fact cites a declared source with a date', () => {
    expect(() => validateKnowledge(copy(), 'built-in')).not.toThrow();
    for (const s of SOURCES) expect(s.date).toMatch(/^\d{4}/);
  });

  it('match the Pew 2025 figures of the domain facts', () => {
    expect(PLATFORMS.tiktok.reach).toMatchObject({ '18-29': 63, '65+': 12, source: 'pew-2025' });
    expect(PLATFORMS.facebook.reach).toMatchObject({ '30-49': 80, '65+': 57 });
    expect(PLATFORMS.youtube.reach!['65+']).toBe(64);
    expect(PLATFORMS.instagram.engagementMedian).toMatchObject({ value: 0.5, denominator: 'followers' });
  });

  it('mark LinkedIn and the owned long-form channels as professional, citing the decision', () => {
    const professional = Object.entries(PLATFORMS)
      .filter(([, f]) => f.professional)
      .map(([p]) => p)
      .sort();
    expect(professional).toEqual(['blog', 'linkedin', 'newsletter', 'website']);
    expect(SOURCES.some((s) => s.id === PLATFORMS.blog.source)).toBe(true);
  });
});

describe('loadKnowledge', () => {
  it('reads a YAML replacement', async () => {
    const k = copy();
    k.platforms.tiktok.reach['65+'] = 40;
    const loaded = await loadKnowledge(write('k.yaml', stringify(k)));
    expect(loaded.platforms.tiktok.reach!['65+']).toBe(40);
    expect(loaded.sources).toHaveLength(SOURCES.length);
  });

  it('reads a JSON replacement', async () => {
    const loaded = await loadKnowledge(write('k.json', JSON.stringify(copy())));
    expect(Object.keys(loaded.platforms)).toContain('linkedin');
  });

  it.each([
    ['a missing file', null, 'no such file'],
    ['a syntax error', '{platforms: [', 'not valid JSON or YAML'],
    ['a list', '- a\n', 'must be an object with `platforms` and `sources`'],
    ['no sources', 'platforms: {}\n', '`sources` must be a list'],
  ])('names the file and the problem for %s', async (_what, text, problem) => {
    const file = text === null ? path.join(dir, 'missing.yaml') : write(`bad-${problem.length}.yaml`, text);
    await expect(loadKnowledge(file)).rejects.toThrow(`knowledge file ${file}: `);
    await expect(loadKnowledge(file)).rejects.toThrow(problem);
  });

  it('rejects a fact citing an unknown source, with "did you mean"', () => {
    const k = copy();
    k.platforms.tiktok.reach.source = 'pew-2052';
    expect(() => validateKnowledge(k, 'k.yaml')).toThrow(
      'knowledge file k.yaml: platforms.tiktok.reach.source cites "pew-2052", which is not in `sources`; did you mean "pew-2025"?',
    );
  });

  it('rejects a misspelt fact and an out-of-range percentage', () => {
    const k = copy();
    k.platforms.instagram.visualfirst = true;
    expect(() => validateKnowledge(k, 'k.yaml')).toThrow('platforms.instagram has an unknown key "visualfirst"; did you mean "visualFirst"?');
    const k2 = copy();
    k2.platforms.x.reach['65+'] = 120;
    expect(() => validateKnowledge(k2, 'k.yaml')).toThrow('platforms.x.reach.65+ must be a percentage from 0 to 100');
  });
});

describe('a replacement changes what the rules conclude', () => {
  const seniorsOnTiktok = planYaml((p) => {
    p.audiences.push({ id: 'seniors', role: 'patient', age: [65, 90], insight_sources: ['ga4'], active_hours: '09:00-11:00' });
    p.channels.push({ platform: 'tiktok', audiences: ['seniors'], goals: ['bookings'], formats: ['short-video'] });
  });

  it('in process, through config.knowledge', () => {
    const config = defaultConfig();
    expect(findingsOf(lintText(seniorsOnTiktok, 'p.yaml', { config }), 'audience/platform-reach')).toHaveLength(1);
    const k = copy();
    k.platforms.tiktok.reach['65+'] = 45;
    config.knowledge = validateKnowledge(k, 'k.yaml');
    expect(findingsOf(lintText(seniorsOnTiktok, 'p.yaml', { config }), 'audience/platform-reach')).toEqual([]);
  });

  it('from the command line, with --knowledge', async () => {
    const plan = write('seniors.strategy.yaml', seniorsOnTiktok);
    const k = copy();
    k.platforms.tiktok.reach['65+'] = 45;
    const file = write('knowledge.json', JSON.stringify(k));
    const before = await cli(['--format', 'json', plan]);
    const after = await cli(['--format', 'json', '--knowledge', file, plan]);
    const ids = (out: string) => JSON.parse(out).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids(before.stdout)).toContain('audience/platform-reach');
    expect(ids(after.stdout)).not.toContain('audience/platform-reach');
  });

  it('a bad --knowledge file is a usage error (exit 2) naming the file', async () => {
    const bad = write('bad-knowledge.yaml', 'platforms: {}\nsources: nope\n');
    const r = await cli(['--knowledge', bad, write('p.strategy.yaml', planYaml())]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`knowledge file ${bad}: \`sources\` must be a list`);
    expect(r.stdout).toBe('');
  });
});

describe('top-level keys of a knowledge file', () => {
  it('rejects an unknown section, with "did you mean"', () => {
    expect(() => validateKnowledge({ ...copy(), platform: {} }, 'k.yaml')).toThrow(
      'knowledge file k.yaml: the file has an unknown key "platform"; did you mean "platforms"?',
    );
  });

  it('passes a regulations section through for the compliance rules', () => {
    const k = validateKnowledge({ ...copy(), regulations: { marker: true } }, 'k.yaml');
    expect((k as any).regulations).toEqual({ marker: true });
    expect(() => validateKnowledge({ ...copy(), regulations: [] }, 'k.yaml')).toThrow('`regulations` must be an object');
  });
});
