import { describe, expect, it } from 'vitest';
import { cli, findingsOf, lint } from './helpers.js';
import { lintText, ruleCatalog } from '../src/engine/lint.js';
import { defaultConfig } from '../src/config/config.js';
import { tree, example, lateDeadline, LATE_LINE } from './fixtures/config/tree.js';

/** lateDeadline with `comment` inserted as a line of its own above the late deadline. */
const above = (comment: string, text = lateDeadline) => {
  const lines = text.split('\n');
  lines.splice(LATE_LINE - 1, 0, '    ' + comment);
  return lines.join('\n');
};
const problems = (r: ReturnType<typeof lint>) =>
  r.findings.filter((f) => f.ruleId.startsWith('suppression/')).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.severity}: ${f.message}`);

describe('disable-next-line', () => {
  it('silences the named rule on the next line; the finding costs no score and fails nothing', () => {
    const clean = lint(example);
    const r = lint(above('# strategy-lint-disable-next-line smart/time-bound -- interim target agreed with the board'));
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.score).toBe(clean.score);
    expect(r.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'smart/time-bound',
        kind: 'inline',
        reason: 'interim target agreed with the board',
        line: LATE_LINE + 1,
        pointer: '/goals/0/deadline',
      }),
    ]);
  });

  it('skips blank and comment lines, so directives stack', () => {
    const r = lint(above('# strategy-lint-disable-next-line smart/time-bound -- agreed\n\n    # another comment'));
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([]);
  });

  it('does not silence another line or another rule', () => {
    const moved = lateDeadline.replace('    target: 55\n', '    # strategy-lint-disable-next-line smart/time-bound -- x\n    target: 55\n');
    const r = lint(moved);
    expect(findingsOf(r, 'smart/time-bound')).toHaveLength(1);
    expect(problems(r)).toEqual([
      `${LATE_LINE - 1}:5 suppression/unused warning: \`strategy-lint-disable-next-line\` silences nothing: smart/time-bound reports no finding on line ${LATE_LINE}`,
    ]);
    const other = lint(above('# strategy-lint-disable-next-line governance/why -- x'));
    expect(findingsOf(other, 'smart/time-bound')).toHaveLength(1);
    expect(problems(other)[0]).toContain('suppression/unused');
  });
});

describe('disable-line and disable-file', () => {
  it('disable-line silences its own line', () => {
    const r = lint(lateDeadline.replace('deadline: 2029-09-30', 'deadline: 2029-09-30  # strategy-lint-disable-line smart/time-bound -- multi-year goal'));
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([]);
  });

  it('disable-file silences a rule everywhere in the file', () => {
    const r = lint(lateDeadline + '\n# strategy-lint-disable-file smart/time-bound -- multi-year plan, reviewed by legal\n');
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('one directive may name several rules; an unused one is reported', () => {
    const r = lint('# strategy-lint-disable-file smart/time-bound, governance/why -- legacy\n' + lateDeadline);
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([
      '1:1 suppression/unused warning: `strategy-lint-disable-file` silences nothing: governance/why reports no finding in this file',
    ]);
  });

  it('schema/unknown-key may be silenced', () => {
    const r = lint(
      example.replace('organization:\n', 'organization:\n  # strategy-lint-disable-next-line schema/unknown-key -- read by our CMS\n  x-cms-id: 42\n'),
    );
    expect(findingsOf(r, 'schema/unknown-key')).toEqual([]);
    expect(problems(r)).toEqual([]);
  });
});

describe('reported suppressions', () => {
  it('a directive without a reason still silences, and is reported', () => {
    const r = lint(above('# strategy-lint-disable-next-line smart/time-bound'));
    expect(findingsOf(r, 'smart/time-bound')).toEqual([]);
    expect(problems(r)).toEqual([
      `${LATE_LINE}:5 suppression/missing-reason warning: \`strategy-lint-disable-next-line\` smart/time-bound gives no reason; add one after \` -- \``,
    ]);
    expect(lint(above('# strategy-lint-disable-next-line smart/time-bound --   ')).findings.some((f) => f.ruleId === 'suppression/missing-reason')).toBe(true);
  });

  it('an unknown rule is invalid, with a suggestion, and silences nothing', () => {
    const r = lint(above('# strategy-lint-disable-next-line smart/timebound -- x'));
    expect(findingsOf(r, 'smart/time-bound')).toHaveLength(1);
    expect(problems(r)).toEqual([
      `${LATE_LINE}:5 suppression/invalid error: \`strategy-lint-disable-next-line\` names an unknown rule \`smart/timebound\`; did you mean \`smart/time-bound\`?`,
    ]);
    expect(r.passed).toBe(false);
  });

  const malformed: [string, string][] = [
    [
      '# strategy-lint-disable-nextline smart/time-bound -- x',
      'unknown directive `strategy-lint-disable-nextline`; did you mean `strategy-lint-disable-next-line`?',
    ],
    ['# strategy-lint-disable-next-line -- no rule', 'names no rule'],
    ['# strategy-lint-disable-next-line', 'names no rule'],
    ['# strategy-lint-disable-next-line smart/time-bound governance/why -- x', 'malformed rule list'],
    ['# strategy-lint-disable-line smart/time-bound -- x', 'must stand at the end of the line'],
    ['# strategy-lint-disable-next-line schema/invalid -- x', 'problems of the YAML or of the format itself are never suppressed'],
    ['# strategy-lint-disable-next-line suppression/unused -- x', 'never suppressed'],
  ];
  for (const [comment, message] of malformed) {
    it(`malformed: ${comment}`, () => {
      const r = lint(above(comment));
      const p = problems(r);
      expect(
        p.some((x) => x.includes('suppression/invalid error') && x.includes(message)),
        p.join('\n'),
      ).toBe(true);
      expect(findingsOf(r, 'smart/time-bound')).toHaveLength(1);
    });
  }

  it('a `#` inside a string or block scalar is not a directive', () => {
    const text =
      lateDeadline.replace(/^why: >\n( {2}.*\n)+/m, 'why: "# strategy-lint-disable-file smart/time-bound -- nope"\n') +
      '\nx_note: |\n  # strategy-lint-disable-file smart/time-bound -- nope\n';
    const r = lint(text);
    expect(findingsOf(r, 'smart/time-bound')).toHaveLength(1);
    expect(problems(r)).toEqual([]);
  });

  it('the pseudo-rules are in the rule catalog and their severity is configurable', () => {
    const ids = ruleCatalog().map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['suppression/invalid', 'suppression/missing-reason', 'suppression/unused']));
    const config = defaultConfig();
    config.rules['suppression/missing-reason'] = { severity: 'error' };
    const r = lintText(above('# strategy-lint-disable-next-line smart/time-bound'), 'p.yaml', { config });
    expect(findingsOf(r, 'suppression/missing-reason')[0].severity).toBe('error');
    expect(r.passed).toBe(false);
  });
});

describe('--no-inline-config', () => {
  it('ignores every directive: the finding is back and no directive is reported', async () => {
    const root = tree({ 'p.strategy.yaml': above('# strategy-lint-disable-next-line smart/time-bound') });
    const on = await cli(['--format', 'json', 'p.strategy.yaml'], { cwd: root });
    expect(on.code).toBe(0);
    const off = await cli(['--format', 'json', '--no-inline-config', 'p.strategy.yaml'], { cwd: root });
    expect(off.code).toBe(1);
    const ids = JSON.parse(off.stdout).files[0].findings.map((f: any) => f.ruleId);
    expect(ids).toContain('smart/time-bound');
    expect(ids.filter((id: string) => id.startsWith('suppression/'))).toEqual([]);
  });

  it('inline_config: false in the configuration does the same', async () => {
    const root = tree({ '.strategy-lint.yaml': 'inline_config: false\n', 'p.strategy.yaml': above('# strategy-lint-disable-next-line smart/time-bound -- x') });
    expect((await cli(['p.strategy.yaml'], { cwd: root })).code).toBe(1);
  });
});
