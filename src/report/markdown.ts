// `--format markdown`: a summary for a pull-request comment or a GitHub job summary: a table of
// scores (overall, grade and the eight categories) per file, then a table of findings. Text taken
// from a plan is escaped so that it renders as text: no tables broken by `|`, no HTML, no links,
// images or mentions.
import { stripControl } from '../util/text.js';
import { relativePath } from './sarif.js';
import { blockedText, FIXABLE_MARK, fixableText, gateText, type FormatOptions } from './index.js';
import { CATEGORIES, type Report } from '../types.js';

/** Findings listed at most (GitHub caps a comment at 65,536 characters). */
const MAX_ROWS = 200;

/** Escapes text for a Markdown table cell. */
export function escapeMarkdown(s: string): string {
  return (
    stripControl(s)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      .replace(/[`*_~[\]()#!{}+=^$]/g, (c) => '\\' + c)
      .replace(/@/g, '&#64;')
      .replace(/:\/\//g, '&#58;//')
      // GitHub links `www.example.test` by itself (the extended www autolink): not once its dot is a reference.
      .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2&#46;')
  );
}

const SEVERITY_ICON = { critical: '⛔ **critical**', error: '🔴 error', warning: '🟡 warning', info: '🔵 info' } as const;

export function formatMarkdown(report: Report, options: FormatOptions): string {
  const out: string[] = [];
  const failed = report.files.filter((f) => !f.passed).length;
  const total = report.files.reduce((n, f) => n + f.findings.length, 0);
  out.push(`### ${report.tool.name} ${failed ? '❌' : '✅'}`, '');
  out.push(
    `${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${total} finding${total === 1 ? '' : 's'}, ` +
      (failed ? `${failed} failed` : 'all passed') +
      ` (scoring model \`${report.scoringModel}\`).`,
    '',
  );
  const fixable = report.files.reduce((n, f) => n + f.findings.filter((x) => x.fixable).length, 0);
  if (fixable) out.push(`🔧 ${fixableText(fixable)}.`, '');
  const name = (p: string) => escapeMarkdown(relativePath(p, options.cwd) ?? p);

  out.push(`| File | Overall | Grade | ${CATEGORIES.join(' | ')} | Result |`);
  out.push(`| --- | ---: | :---: | ${CATEGORIES.map(() => '---:').join(' | ')} | --- |`);
  for (const f of report.files) {
    const cats = CATEGORIES.map((id) => {
      const c = f.categories.find((x) => x.id === id);
      return c?.score === null || c?.score === undefined ? 'n/a' : String(c.score);
    });
    const blocked = blockedText(f);
    out.push(
      `| ${name(f.path)} | ${f.score ?? '–'}${blocked ? ' ⛔' : ''} | ${f.grade ?? '–'} | ${cats.join(' | ')} | ${f.passed ? 'passed' : `**failed**: ${escapeMarkdown(gateText(f).replace(/^fails the gate: /, ''))}`}${blocked ? ` (${escapeMarkdown(blocked)})` : ''} |`,
    );
  }

  if (total > 0) {
    out.push('', '#### Findings', '', '| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    let rows = 0;
    for (const f of report.files) {
      for (const x of f.findings) {
        if (rows++ >= MAX_ROWS) continue;
        const hint = x.hint ? ` — ${escapeMarkdown(x.hint)}` : '';
        out.push(
          `| ${name(f.path)}:${x.line}:${x.column} | ${SEVERITY_ICON[x.severity]} | \`${x.ruleId}\` | ${escapeMarkdown(x.message)}${hint}${x.fixable ? ` 🔧 ${escapeMarkdown(FIXABLE_MARK)}` : ''} (\`${x.docs}\`) |`,
        );
      }
    }
    if (rows > MAX_ROWS)
      out.push('', `…and ${rows - MAX_ROWS} more finding${rows - MAX_ROWS === 1 ? '' : 's'} (run \`strategy-lint\` locally for the full list).`);
  }
  return out.join('\n') + '\n';
}
