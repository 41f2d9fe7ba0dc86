// The benchmark harness must not rot: its smoke mode (tiny corpora, no external tools, no goals)
// runs end to end and writes a well-formed result. No timing is asserted, ever.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.js';

describe('npm run bench -- --smoke', () => {
  it('completes and writes result.json and result.md', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sl-bench-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/run.mjs'), '--smoke', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
      expect(r.stderr).not.toMatch(/bench: failed/);
      expect(r.status).toBe(0);
      const result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8'));
      expect(result.kind).toBe('smoke');
      expect(result.goals).toEqual([]);
      expect(result.machine.cores).toBeGreaterThanOrEqual(1);
      expect(result.corpora.throughput.files).toBe(8);
      // Each measure is present and a positive number (its size is not asserted).
      for (const v of [
        result.singleFile.lintMedianMs,
        result.singleFile.nodeMedianMs,
        result.small.medianMs,
        result.throughput.floorFilesPerSec,
        result.throughput.lintFilesPerSec,
        result.throughput.lintCpuMs,
        result.steady.coldPassMs,
        result.steady.warmPassMs,
        result.memory.peakRssMB,
      ]) {
        expect(typeof v).toBe('number');
        expect(v).toBeGreaterThan(0);
      }
      // The linted corpus is real: every run finished with a lint verdict (0 or 1), not a usage error.
      expect([0, 1]).toContain(result.singleFile.exitCode);
      expect([0, 1]).toContain(result.memory.exitCode);
      for (const c of result.throughput.exitCodes) expect([0, 1]).toContain(c);
      // The in-process passes lint the corpus too (a usage error would make them meaningless).
      expect(result.steady.exitCodes.length).toBe(2);
      for (const c of result.steady.exitCodes) expect([0, 1]).toContain(c);
      const md = readFileSync(path.join(out, 'result.md'), 'utf8');
      expect(md).toContain('| measure | strategy-lint | reference | ratio | goal |');
      expect(md).toContain('single file, cold');
      expect(md).toContain('warm-up vs steady state');
      expect(r.stdout).toBe(md);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('generates the same corpus on every run (seeded)', async () => {
    const { writeCorpus } = await import('../bench/corpus.mjs' as string);
    const a = mkdtempSync(path.join(tmpdir(), 'sl-corpus-'));
    const b = mkdtempSync(path.join(tmpdir(), 'sl-corpus-'));
    try {
      const example = path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml');
      const fa: string[] = writeCorpus(a, 6, example);
      const fb: string[] = writeCorpus(b, 6, example);
      expect(fa.map((f) => path.relative(a, f))).toEqual(fb.map((f) => path.relative(b, f)));
      for (let i = 0; i < fa.length; i++) expect(readFileSync(fa[i], 'utf8')).toBe(readFileSync(fb[i], 'utf8'));
      // Several sizes, not six copies of one plan.
      expect(new Set(fa.map((f) => readFileSync(f, 'utf8').length)).size).toBeGreaterThan(1);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
