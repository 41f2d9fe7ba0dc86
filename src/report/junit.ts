// `--format junit`: JUnit XML for CI test reports. One <testsuite> per file; one <testcase> per
// file and rule (a rule with findings that fail the file, critical findings and errors, and
// warnings under --fail-on warning, carries a <failure> listing them; other findings go to
// <system-out> of a passing testcase; rules that do not apply or are turned off are <skipped>), one for what the file itself got wrong (YAML syntax, schema),
// and one for the file's verdict (the score and whether it passed).
import { blockedText, FIXABLE_MARK, fromParts, gateText, type FormatOptions, type ReportParts } from './index.js';
import { oneLine, stripControl } from '../util/text.js';
import type { FileReport, Finding, Report } from '../types.js';

// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const INVISIBLE = /[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes text for XML 1.0 content and attributes; removes characters XML 1.0 cannot hold. */
export function xmlEscape(value: unknown, attribute = false): string {
  let s = stripControl(
    String(value ?? '')
      .replace(/\r\n?/g, '\n')
      .replace(ILLEGAL_XML, ''),
  )
    .replace(INVISIBLE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
  // Attribute values are normalised by XML parsers: keep line breaks and tabs as references.
  if (attribute) s = s.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
  // CI logs print the XML: a `##[` (a legacy workflow command anywhere in a line) and a `::` at a
  // line's start (a workflow command) are written with character references (the same text, parsed).
  s = s.replace(/##\[/g, '#&#35;[');
  if (!attribute) s = s.replace(/(^|\n)([ \t]*)::/g, '$1$2&#58;:');
  return s;
}

const attr = (name: string, value: unknown) => ` ${name}="${xmlEscape(value, true)}"`;

interface Case {
  name: string;
  failure?: { message: string; type: string; body: string };
  skipped?: string;
  /** Findings that do not fail the file (info, and warnings unless --fail-on warning): shown with the testcase, which still passes. */
  out?: string;
}

const worst = (findings: Finding[]) => (['critical', 'error', 'warning'] as const).find((s) => findings.some((f) => f.severity === s)) ?? 'info';

const describe = (file: FileReport, f: Finding) =>
  `${oneLine(file.path)}:${f.line}:${f.column} ${f.severity} ${oneLine(f.message)}${f.hint ? `\n  Fix: ${oneLine(f.hint)}` : ''}${f.fixable ? ` (${FIXABLE_MARK})` : ''}${f.pointer ? `\n  at ${oneLine(f.pointer)}` : ''}\n  Docs: ${f.docs}`;

function failure(file: FileReport, findings: Finding[]): Case['failure'] {
  const n = findings.length;
  return {
    message: `${n} finding${n === 1 ? '' : 's'}: ${findings[0].message}${n > 1 ? ' …' : ''}`,
    type: worst(findings),
    body: findings.map((f) => describe(file, f)).join('\n'),
  };
}

function cases(file: FileReport): Case[] {
  const out: Case[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const f of file.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const ruleIds = new Set(file.rules.map((r) => r.ruleId));
  // Findings not owned by a rule that ran (YAML syntax, schema, limits): one testcase for the file.
  const fileFindings = file.findings.filter((f) => !ruleIds.has(f.ruleId));
  // Findings that fail the file fail their testcase: critical findings and errors, and warnings
  // when the gate counts them (--fail-on warning). Other findings are notes that leave it passing,
  // so a plan that passes shows no red test (GitLab and Jenkins show a failed test as a failure).
  const warningsFail = (file.failures ?? []).some((x) => x.includes('warning'));
  const fails = (f: Finding) => f.severity === 'critical' || f.severity === 'error' || (f.severity === 'warning' && warningsFail);
  const testcase = (name: string, findings: Finding[]): Case => {
    const failing = findings.filter(fails);
    const notes = findings.filter((f) => !fails(f));
    return {
      name,
      failure: failing.length ? failure(file, failing) : undefined,
      out: notes.length ? notes.map((f) => describe(file, f)).join('\n') : undefined,
    };
  };
  out.push(testcase('file: YAML syntax and schema', fileFindings));
  for (const r of file.rules) {
    if (r.status === 'skipped' || r.status === 'off') {
      out.push({ name: r.ruleId, skipped: r.reason ?? (r.status === 'off' ? 'turned off' : 'not applicable') });
    } else {
      out.push(testcase(r.ruleId, byRule.get(r.ruleId) ?? []));
    }
  }
  const blocked = blockedText(file);
  const verdict =
    file.score === null ? 'no score: the file could not be read as a plan' : `score ${file.score}/100, grade ${file.grade}${blocked ? `; ${blocked}` : ''}`;
  out.push({
    name: 'file: passed',
    failure: file.passed
      ? undefined
      : {
          message: `the file ${gateText(file)} (${verdict})`,
          type: file.cap ? 'critical' : 'error',
          body: `${oneLine(file.path)}: ${gateText(file)}; ${verdict}`,
        },
  });
  return out;
}

/**
 * JUnit written file by file: each file's <testsuite> as its report arrives. The <testsuites>
 * element that opens the document carries the totals, known only after the last file, so these
 * parts say `startAfterFiles`: the CLI keeps the suites aside (in a temporary file, not in memory)
 * and writes the start, then them, then the end. A new set of parts per document (the totals are
 * its state); formatJunit is these parts over a report.
 */
export function junitParts(): ReportParts {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  return {
    startAfterFiles: true,
    start(head) {
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attr('name', head.tool.name)}${attr('tests', tests)}${attr('failures', failures)}${attr('errors', 0)}${attr('skipped', skipped)}>`,
        '',
      ].join('\n');
    },
    file(file) {
      const list = cases(file);
      const f = list.filter((c) => c.failure).length;
      const s = list.filter((c) => c.skipped).length;
      tests += list.length;
      failures += f;
      skipped += s;
      const lines = [
        `  <testsuite${attr('name', oneLine(file.path))}${attr('tests', list.length)}${attr('failures', f)}${attr('errors', 0)}${attr('skipped', s)}>`,
        '    <properties>',
        `      <property${attr('name', 'score')}${attr('value', file.score ?? 'none')}/>`,
        `      <property${attr('name', 'grade')}${attr('value', file.grade ?? 'none')}/>`,
        ...file.categories.map((c) => `      <property${attr('name', `category.${c.id}`)}${attr('value', c.score ?? 'n/a')}/>`),
        '    </properties>',
      ];
      for (const c of list) {
        const open = `    <testcase${attr('classname', oneLine(file.path))}${attr('name', c.name)}`;
        const inner: string[] = [];
        if (c.failure) inner.push(`      <failure${attr('message', c.failure.message)}${attr('type', c.failure.type)}>${xmlEscape(c.failure.body)}</failure>`);
        if (c.skipped !== undefined) inner.push(`      <skipped${attr('message', c.skipped)}/>`);
        if (c.out) inner.push(`      <system-out>${xmlEscape(c.out)}</system-out>`);
        lines.push(...(inner.length ? [`${open}>`, ...inner, '    </testcase>'] : [`${open}/>`]));
      }
      lines.push('  </testsuite>');
      return lines.join('\n') + '\n';
    },
    end: () => '</testsuites>\n',
  };
}

export function formatJunit(report: Report, options: FormatOptions): string {
  return fromParts(junitParts())(report, options);
}
