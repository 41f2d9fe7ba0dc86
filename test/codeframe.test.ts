import { describe, expect, it } from 'vitest';
import { codeFrame } from '../src/report/codeframe.js';
import { formatStylish } from '../src/report/stylish.js';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import { lint } from './helpers.js';

describe('code frame', () => {
  it('shows the line with a caret under the column', () => {
    const frame = codeFrame('version: 1\norganization:\n  type: clinik\n', 3, 9);
    expect(frame).toEqual(['> 3 |   type: clinik', '    |         ^']);
  });

  it('strips control characters and escape sequences from the line', () => {
    const frame = codeFrame('why: "\u001b[31mred\u001b]0;title\u0007"\n', 1, 6);
    for (const l of frame) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('cuts a long line around the column and keeps the caret under it', () => {
    const line = 'why: ' + 'a'.repeat(300) + 'HERE' + 'b'.repeat(300);
    const col = line.indexOf('HERE') + 1;
    const [text, caret] = codeFrame(line, 1, col, { width: 80 });
    expect(text.length).toBeLessThan(100);
    expect(text).toContain('…');
    const at = caret.indexOf('^');
    expect(text.slice(at, at + 4)).toBe('HERE');
  });

  it('returns nothing for a line that does not exist', () => {
    expect(codeFrame('a: 1\n', 9, 1)).toEqual([]);
  });
});

describe('stylish report', () => {
  const run = (yaml: string) => {
    const r = lintText(yaml, 'plan.yaml');
    return formatStylish({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files: [r] }, { color: false, cwd: '/' });
  };

  it('prints a code frame under an error', () => {
    const out = run('version: 1\norganization:\n  name: X\n  type: clinik\n');
    expect(out).toContain('plan.yaml:4:3');
    expect(out).toContain('> 4 |   type: clinik\n');
    expect(out).toMatch(/\n\s+\|\s{3}\^\n/);
  });

  it('prints the rule docs path', () => {
    const out = run('version: 1\norganization:\n  name: X\n  type: clinik\n');
    expect(out).toContain('docs: docs/rules/schema/invalid.md');
  });

  it('suggests the platform for a common alias or misspelling', () => {
    const r = lint('version: 1\norganization: {name: X}\nchannels:\n  - platform: Twitter\n  - platform: instagramm\n  - platform: FB\n');
    const msgs = r.findings.filter((f) => f.ruleId === 'schema/invalid').map((f) => f.message);
    expect(msgs.some((m) => m.includes('`Twitter`') && m.includes('did you mean `x`?'))).toBe(true);
    expect(msgs.some((m) => m.includes('`instagramm`') && m.includes('did you mean `instagram`?'))).toBe(true);
    expect(msgs.some((m) => m.includes('`FB`') && m.includes('did you mean `facebook`?'))).toBe(true);
  });
});

describe('stylish code frames only where they help', () => {
  it('no frame of line 1 for something missing from the whole plan', () => {
    const r = lintText('version: 1\norganization: {name: X}\n', 'plan.yaml');
    const out = formatStylish({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files: [r] }, { color: false, cwd: '/' });
    expect(r.findings.some((f) => f.severity === 'error' && f.line === 1)).toBe(true);
    expect(out).not.toContain('> 1 | version: 1');
  });
});

describe('stylish code frames after a comment header', () => {
  it('no frame for a missing section even when the plan starts with comments', () => {
    const r = lintText('# a comment\n# another\nversion: 1\norganization:\n  name: X\n  type: clinik\n', 'plan.yaml');
    const out = formatStylish({ tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files: [r] }, { color: false, cwd: '/' });
    expect(out).not.toContain('> 3 | version: 1');
    expect(out).toContain('> 6 |   type: clinik');
  });
});
