// The first hour of a new user (issue 18): plans written in a hurry, in five languages, each with
// one slip (an indentation slip, a Word export, a tab, a number with its unit, a date or a yes in
// the user's language, a typo in a key, a file name the scan skips). Each must give one primary
// finding that names the cause and the fix, at the line of the slip; the parser's cascade is
// folded into it. Where the fix is mechanical, `--fix` makes it and the plan is then clean.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../src/engine/lint.js';
import { computeFixes } from '../src/engine/fix.js';
import { cli, ROOT } from './helpers.js';

const DIR = path.join(ROOT, 'test/fixtures/hurried');

interface Expected {
  rule: string;
  line: number;
  column?: number;
  /** The cause, in words. */
  says: RegExp;
  /** The fix, in the message or the hint. */
  fix: RegExp;
  /** `--fix` repairs it. */
  fixable: boolean;
}

const syntax = (line: number, says: RegExp, fix: RegExp, fixable = false): Expected => ({ rule: 'yaml/syntax', line, says, fix, fixable });
const invalid = (line: number, says: RegExp, fix: RegExp, fixable = true): Expected => ({ rule: 'schema/invalid', line, says, fix, fixable });

const EXPECTED: Record<string, Expected> = {
  // Indentation slips: the line, its indentation and its siblings', and the column to use.
  'indent-goal-key-one-less': syntax(
    24,
    /^line 24 is indented 3 spaces; its siblings use 4 \(`id:` on line 23\)$/,
    /Indent `statement:` with 4 spaces so that it lines up with `id:`/,
  ),
  'indent-goal-key-one-more': syntax(
    24,
    /^line 24 is indented 5 spaces; its siblings use 4 \(`id:` on line 23\)$/,
    /one space too many makes the line part of the value above/,
  ),
  'indent-organization-key-too-deep': syntax(6, /^line 6 is indented 4 spaces; its siblings use 2 \(`name:` on line 5\)$/, /Indent `type:` with 2 spaces/),
  'indent-organization-key-too-shallow': syntax(6, /^line 6 is indented 1 space; its siblings use 2/, /Indent `type:` with 2 spaces/),
  'indent-channel-key-too-deep': syntax(50, /^line 50 is indented 6 spaces; its siblings use 4 \(`platform:` on line 49\)$/, /Indent `handle:` with 4 spaces/),
  'indent-budget-line-one-less': syntax(68, /^line 68 is indented 5 spaces; its siblings use 6/, /Indent `amount:` with 6 spaces/),
  'indent-calendar-entry-one-more': syntax(91, /^line 91 is indented 7 spaces; its siblings use 6/, /Indent `topic:` with 6 spaces/),
  'indent-sv-audience-one-less': syntax(35, /^line 35 is indented 3 spaces; its siblings use 4/, /Indent `age:` with 4 spaces/),
  'colon-without-space': syntax(18, /no space after the colon of `owner:`/, /Put a space after the colon/),
  // Word and web exports: the invisible character named, fixed by --fix.
  'word-nbsp-indentation': syntax(
    24,
    /^lines 24 and 25 are indented with non-breaking spaces \(U\+00A0\)/,
    /Replace them with ordinary spaces; `strategy-lint --fix` does it/,
    true,
  ),
  'word-nbsp-after-colon': syntax(
    17,
    /^line 17 has non-breaking spaces \(U\+00A0\) where YAML needs an ordinary space \(after `executive_sponsor:`/,
    /`strategy-lint --fix` does it/,
    true,
  ),
  'word-en-dash-list': syntax(
    23,
    /^lines 23, 31 and 41 start list items with an en dash \(–, U\+2013\) instead of a hyphen \(-\)$/,
    /plain hyphen-minus `-`; `strategy-lint --fix` does it/,
    true,
  ),
  'word-bullet-list': syntax(22, /start list items with a bullet \(•, U\+2022\)/, /hyphen-minus/, true),
  'word-em-dash-list-fr': syntax(22, /start list items with an em dash \(—, U\+2014\)/, /hyphen-minus/, true),
  'word-curly-quotes-with-colon': syntax(
    71,
    /wraps a value in curly quotes \(“ ”\), which YAML does not read as quotes, so the colon inside the value is read as the start of another key/,
    /Use straight quotes: `"cost per booking: under 40 USD"`/,
    true,
  ),
  'word-curly-quotes-enum': invalid(
    6,
    /^`type` is `“clinic”`: the curly quotes \(“ ”\) are part of the text in YAML, so it is not `clinic`; write `type: clinic`$/,
    /--fix/,
  ),
  'word-curly-quotes-hours': invalid(45, /curly quotes \(“ ”\) are part of the text in YAML, so it is not a time range/, /write `active_hours: "19:00-22:00"`/),
  'word-curly-quotes-text-ro': {
    rule: 'yaml/curly-quotes',
    line: 5,
    says: /^line 5 wraps a value in curly quotes \(„ ”\), which YAML keeps as part of the text/,
    fix: /Use straight quotes/,
    fixable: true,
  },
  'word-curly-quotes-flow-list': { rule: 'yaml/curly-quotes', line: 20, says: /line 20 wraps a value in curly quotes/, fix: /--fix/, fixable: true },
  // Tabs.
  'tab-one-line': syntax(
    33,
    /^line 33 is indented with a tab \(shown as →\); YAML does not allow tabs for indentation, only spaces$/,
    /Replace each tab with 4 spaces/,
  ),
  'tab-whole-section': syntax(5, /^lines 5, 6, 7 and 2 more are indented with a tab/, /Replace each tab with 2 spaces/),
  // Numbers with units: the corrected value proposed.
  'number-dollar-amount': invalid(68, /`amount` should be a number, but is text `\$18,000`; write `amount: 18000`$/, /--fix/),
  'number-percent-goal': invalid(35, /`baseline` should be a number, but is text `1\.1%`; write `baseline: 1\.1`$/, /--fix/),
  'number-percent-without-unit': invalid(
    27,
    /but is text `12%`; write `baseline: 12`$/,
    /The goal is measured in `bookings per month`, not in percent: check which is meant, and make `unit:` say it/,
    false,
  ),
  'number-range-posts': invalid(53, /but is text `3-4`; write `posts_per_week: 3`$/, /takes one number: write the lower end of the range/, false),
  'number-thousands-k': invalid(62, /but is text `30k`; write `total: 30000`$/, /--fix/),
  'number-hours-with-unit': invalid(95, /but is text `4 hours`; write `response_time_hours: 4`$/, /--fix/),
  'number-decimal-comma-sv': invalid(18, /but is text `0,5`; write `team_fte: 0\.5`$/, /--fix/),
  'number-age-range-as-text': invalid(44, /`age` should be a list, but is text `25-40`; write `age: \[25, 40\]`$/, /--fix/),
  'number-euro-amount-fr': invalid(54, /but is text `12 000 €`; write `amount: 12000`$/, /--fix/),
  // Dates, yes and no, and hours in the user's language or style.
  'date-sv': invalid(28, /but is `30 september 2027`; write `deadline: 2027-09-30`$/, /--fix/),
  'date-fr': invalid(28, /but is `30 septembre 2027`; write `deadline: 2027-09-30`$/, /--fix/),
  'date-ro': invalid(28, /but is `30 septembrie 2027`; write `deadline: 2027-09-30`$/, /--fix/),
  'date-es': invalid(28, /but is `30 de septiembre de 2027`; write `deadline: 2027-09-30`$/, /--fix/),
  'date-en': invalid(29, /but is `September 30, 2027`; write `deadline: 2027-09-30`$/, /--fix/),
  'date-day-month-dots-ro': invalid(11, /but is `31\.12\.2027`; write `end: 2027-12-31`$/, /--fix/),
  'yes-no-sv': invalid(49, /`plain_language` should be a boolean, but is text `ja`; write `plain_language: true`$/, /--fix/),
  'yes-no-fr': invalid(62, /but is text `oui`; write `plain_language: true`$/, /--fix/),
  'yes-no-ro': invalid(49, /but is text `da`; write `plain_language: true`$/, /--fix/),
  'yes-no-es': invalid(49, /but is text `sí`; write `plain_language: true`$/, /--fix/),
  'yes-no-en': invalid(8, /but is text `yes`; write `covered_entity: true`$/, /--fix/),
  'hours-12-hour-clock': invalid(
    45,
    /`active_hours` is `7pm-10pm`; expected a time range such as "19:00-22:00"; write `active_hours: "19:00-22:00"`$/,
    /--fix/,
  ),
  'hours-french-style': invalid(36, /`active_hours` is `19h-22h`;.*write `active_hours: "19:00-22:00"`$/, /--fix/),
  // Typos in keys: an unambiguous "did you mean" is a fix.
  'typo-section-name': {
    rule: 'schema/unknown-key',
    line: 60,
    says: /unknown section `buget`; did you mean `budget`\?/,
    fix: /Rename it to `budget`; `strategy-lint --fix` does it/,
    fixable: true,
  },
  'typo-goal-key': {
    rule: 'schema/unknown-key',
    line: 32,
    says: /unknown key `statment` in item 2 of `goals`; did you mean `statement`\?/,
    fix: /Rename it to `statement`/,
    fixable: true,
  },
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.strategy.yaml'));
const read = (name: string) => readFileSync(path.join(DIR, name + '.strategy.yaml'), 'utf8');
const formatFindings = (text: string, name = 'plan.strategy.yaml') => lintText(text, name).findings.filter((f) => f.category === 'format');

describe('hurried-user plans (test/fixtures/hurried)', () => {
  it('are at least 30, and each has its expectation here', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.map((f) => f.replace('.strategy.yaml', '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: one primary finding that names the cause and the fix`, () => {
      const found = formatFindings(read(name), name + '.strategy.yaml');
      expect(found.map((f) => `${f.ruleId} ${f.line}: ${f.message}`)).toHaveLength(1);
      const [f] = found;
      expect(f.ruleId).toBe(want.rule);
      expect(f.line).toBe(want.line);
      expect(f.message).toMatch(want.says);
      expect(`${f.message}\n${f.hint ?? ''}`).toMatch(want.fix);
      expect(f.fixable === true).toBe(want.fixable);
    });
    if (want.fixable) {
      it(`${name}: --fix makes the plan clean`, () => {
        const fixed = computeFixes(read(name)).output;
        expect(formatFindings(fixed)).toEqual([]);
      });
    }
  }
});

describe('hurried-user file names', () => {
  it('a directory whose plan has another name says which file it skipped and how to name it', async () => {
    const r = await cli(['test/fixtures/hurried/wrong-name']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no plan files');
    expect(r.stderr).toContain('it holds riverbend-2027.yaml, whose name does not match: rename it riverbend-2027.strategy.yaml');
  });

  it('a plan saved with a hidden .txt extension: "did you mean"', async () => {
    const r = await cli(['test/fixtures/hurried/hidden-extension/riverbend.strategy.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or directory (did you mean riverbend.strategy.yaml.txt?)');
  });
});
