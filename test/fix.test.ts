import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeFixes, unifiedDiff } from '../src/engine/fix.js';
import { cli, EXAMPLE_PLAN, lint } from './helpers.js';

const example = readFileSync(EXAMPLE_PLAN, 'utf8');

/** The example plan with platform aliases and an audience id written two ways, plus comments. */
const messy = example
  .replace('  - platform: instagram\n', '  - platform: Insta   # our main channel\n')
  .replace('  - platform: facebook\n', '  - platform: "FB"\n')
  .replace('  - platform: linkedin\n', "  - platform: 'LinkedIn'\n")
  .replace('      channel: instagram\n      amount: 15000', '      channel: IG\n      amount: 15000')
  .replace('      channel: facebook\n      topic: Saturday', '      channel: Facebook\n      topic: Saturday')
  .replace('  - id: new-parents\n', '  - id: New_Parents  # parents of under-fives\n');

function tmpPlan(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-fix-'));
  const file = path.join(dir, 'plan.strategy.yaml');
  writeFileSync(file, text);
  return file;
}

describe('computeFixes', () => {
  it('rewrites platform aliases wherever a platform is named, keeping comments and quotes', () => {
    const { edits, output } = computeFixes(messy);
    expect(output).toContain('  - platform: instagram   # our main channel\n');
    expect(output).toContain('  - platform: "facebook"\n');
    expect(output).toContain("  - platform: 'linkedin'\n");
    expect(output).toContain('      channel: instagram\n      amount: 15000');
    expect(output).toContain('      channel: facebook\n      topic: Saturday');
    expect(edits.find((e) => e.pointer === '/channels/0/platform')).toMatchObject({
      from: 'Insta',
      to: 'instagram',
      line: messy.split('\n').findIndex((l) => l.includes('Insta')) + 1,
    });
  });

  it('renames an id and every reference to it to one kebab-case id', () => {
    const { output } = computeFixes(messy);
    expect(output).toContain('  - id: new-parents  # parents of under-fives\n');
    expect(output).not.toContain('New_Parents');
    const both = computeFixes(example.replace(/new-parents/g, 'NewParents').replace('audiences: [NewParents]', 'audiences: [new_parents]'));
    expect(both.output).toContain('  - id: new-parents\n');
    expect(both.output).toContain('audiences: [new-parents]');
    expect(both.output).not.toMatch(/NewParents|new_parents/);
  });

  it('renames a goal id with its references in channels, budget lines and KPIs', () => {
    const text = example.replace('  - id: trusted-source\n', '  - id: Trusted_Source\n');
    const { output, edits } = computeFixes(text);
    expect(output).toBe(example);
    expect(edits.map((e) => e.pointer)).toEqual(['/goals/1/id']);
    // References written another way are renamed too, to the id's kebab-case form.
    const refs = example
      .replace('  - id: trusted-source\n', '  - id: TrustedSource\n')
      .replace('      goal: trusted-source\n', '      goal: "Trusted Source"\n');
    const fixed = computeFixes(refs).output;
    expect(fixed).toContain('  - id: trusted-source\n');
    expect(fixed).toContain('      goal: "trusted-source"\n');
    expect(lint(fixed).findings.filter((f) => f.message.includes('not declared'))).toEqual([]);
  });

  it('changes nothing else, byte for byte: the fixed messy plan is the example plan plus the comments', () => {
    const { output } = computeFixes(messy);
    const expected = example
      .replace('  - platform: instagram\n', '  - platform: instagram   # our main channel\n')
      .replace('  - platform: facebook\n', '  - platform: "facebook"\n')
      .replace('  - platform: linkedin\n', "  - platform: 'linkedin'\n")
      .replace('  - id: new-parents\n', '  - id: new-parents  # parents of under-fives\n');
    expect(output).toBe(expected);
  });

  it('never fills in a decision and leaves ambiguous or unknown values alone', () => {
    const noTarget = example.replace('    target: 55\n', '').replace('      consent_ref: AUTH-2027-004\n', '');
    expect(computeFixes(noTarget).edits).toEqual([]);
    // Two ids that normalise alike: a human decides which one is meant.
    const twins = example.replace('  - id: referrers\n', '  - id: New_Parents\n').replace('audiences: [referrers]', 'audiences: [newparents]');
    expect(computeFixes(twins).edits.filter((e) => /parents/i.test(e.from))).toEqual([]);
    // An unknown platform is not guessed.
    expect(computeFixes(example.replace('platform: linkedin', 'platform: myspace')).edits).toEqual([]);
    // Broken YAML is not touched.
    expect(computeFixes('version: 1\nchannels:\n  - platform: [Twitter\n').edits).toEqual([]);
  });

  it('raises (never lowers) the score', () => {
    const before = lint(messy);
    const after = lint(computeFixes(messy).output);
    expect(after.score!).toBeGreaterThanOrEqual(before.score!);
    expect(after.findings.filter((f) => f.ruleId.startsWith('schema/'))).toEqual([]);
    expect(before.findings.some((f) => f.message.includes('`Insta`'))).toBe(true);
  });

  it('unifiedDiff shows changed lines with context', () => {
    const d = unifiedDiff('a\nb\nc\n', 'a\nB\nc\n', 'p.yaml');
    expect(d).toBe('--- a/p.yaml\n+++ b/p.yaml\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n \n');
  });
});

describe('CLI --fix and --fix-dry-run', () => {
  it('--fix rewrites the file, keeps comments, then reports what remains', async () => {
    const file = tmpPlan(messy);
    const r = await cli(['--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('# our main channel');
    expect(fixed).toContain('platform: instagram');
    expect(fixed).not.toContain('New_Parents');
    expect(r.stderr).toMatch(/fixed \d+ problems/);
    const line = messy.split('\n').findIndex((l) => l.includes('Insta')) + 1;
    expect(r.stderr).toContain(`${file}:${line}:15  platform \`Insta\` is written \`instagram\``);
    expect(r.stdout).toContain('Overall');
    expect(r.stdout).not.toContain('Insta');
    expect(r.code).toBe(lint(fixed).passed ? 0 : 1);
  });

  it('--fix-dry-run prints a unified diff and leaves the file unchanged', async () => {
    const file = tmpPlan(messy);
    const r = await cli(['--fix-dry-run', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(messy);
    expect(r.stdout).toContain(`--- a/${file}`);
    expect(r.stdout).toContain('-  - platform: Insta   # our main channel\n+  - platform: instagram   # our main channel\n');
    expect(r.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
  });

  it('--fix on a clean plan changes nothing', async () => {
    const file = tmpPlan(example);
    const r = await cli(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(example);
    expect(r.stderr).not.toContain('fixed');
    expect(r.code).toBe(0);
  });
});

describe('--fix leaves files it cannot rewrite faithfully alone', () => {
  it('does not touch a file that is not valid UTF-8', async () => {
    const dir = path.dirname(tmpPlan(''));
    const file = path.join(dir, 'latin1.strategy.yaml');
    const bytes = Buffer.concat([
      Buffer.from('version: 1\norganization: {name: "Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\nchannels:\n  - platform: Twitter\n'),
    ]);
    writeFileSync(file, bytes);
    await cli(['--fix', file]);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('keeps a UTF-8 byte order mark and CRLF line ends', async () => {
    const text = '\ufeffversion: 1\r\norganization: {name: X}\r\nchannels:\r\n  - platform: Twitter  # old name\r\n';
    const file = tmpPlan(text);
    await cli(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe('\ufeffversion: 1\r\norganization: {name: X}\r\nchannels:\r\n  - platform: x  # old name\r\n');
  });
});

describe('allowed values in another case', () => {
  it('rewrites enum values that differ only in case or separators, and nothing ambiguous', () => {
    const text = example
      .replace('  type: practice\n', '  type: Practice\n')
      .replace('      category: paid-media\n', '      category: Paid_Media\n')
      .replace('    role: caregiver\n', '    role: "Caregiver"\n')
      .replace('  review_cadence: weekly\n', '  review_cadence: WEEKLY  # every Monday\n');
    const { output, edits } = computeFixes(text);
    expect(edits.map((e) => e.pointer).sort()).toEqual(['/audiences/0/role', '/budget/lines/0/category', '/measurement/review_cadence', '/organization/type']);
    expect(output).toBe(
      example.replace('    role: caregiver\n', '    role: "caregiver"\n').replace('  review_cadence: weekly\n', '  review_cadence: weekly  # every Monday\n'),
    );
    // A value that is not an allowed value in any spelling is left for a human.
    expect(computeFixes(example.replace('  type: practice\n', '  type: surgery\n')).edits).toEqual([]);
  });
});

describe('--fix on a file that cannot be written', () => {
  it('says so and exits 2, leaving the file as it was (a write cut short by a full disk or a file-size limit)', async () => {
    const file = tmpPlan(messy);
    // The disk fills up after a few kilobytes: the write fails half way.
    const fs = (await import('node:fs')).default;
    const { syncBuiltinESMExports } = await import('node:module');
    const real = fs.writeSync;
    let written = 0;
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buf: any, off?: any, len?: any, pos?: any) => {
      if (typeof buf === 'string' || written > 2048) throw Object.assign(new Error('file too large'), { code: 'EFBIG' });
      const n = (real as any)(fd, buf, off, Math.min(len ?? buf.length, 2048), pos);
      written += n;
      return n;
    }) as any);
    syncBuiltinESMExports();
    try {
      const r = await cli(['--fix', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('could not write the fixes (the file would exceed the maximum file size allowed (EFBIG))');
      expect(spy).toHaveBeenCalled();
      // Nothing of the half-written text reached the plan, and no temporary file is left beside it.
      expect(readFileSync(file, 'utf8')).toBe(messy);
      expect(readdirSync(path.dirname(file))).toEqual(['plan.strategy.yaml']);
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
  });
});
