// The default terminal report: findings grouped by category with file:line:col, then the scores.
import { Chalk } from 'chalk';
import { stripControl } from '../util/text.js';
import { codeFrame } from './codeframe.js';
import { blockedText, FIXABLE_MARK, fixableText, fromParts, gateText, type FormatOptions, type Formatter, type ReportParts } from './index.js';
import { REPORT_CATEGORIES, type FileReport, type FindingCategory, type Finding } from '../types.js';

/** Code frames shown per file at most (the rest of the errors keep their file:line:col). */
const MAX_FRAMES = 20;

const clean = (s: string | undefined) => stripControl(s ?? '').replace(/[\r\n]+/g, ' ');

const chalks: InstanceType<typeof Chalk>[] = [];
const chalkFor = (options: FormatOptions) => (chalks[options.color ? 1 : 0] ??= new Chalk({ level: options.color ? 1 : 0 }));

/** Written file by file (see ReportParts): each file's block, then the summary line. */
export const stylishParts: ReportParts = {
  start: () => '',
  file(file, _index, options) {
    const c = chalkFor(options);
    const sevColor = (s: Finding['severity']) => (s === 'critical' ? c.red.bold : s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue);
    const out: string[] = [];
    out.push(c.underline(clean(file.path)));
    let frames = 0;
    const documented = new Set<string>();
    const byCategory = new Map<FindingCategory, Finding[]>();
    for (const f of file.findings) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
    for (const cat of REPORT_CATEGORIES) {
      const list = byCategory.get(cat);
      if (!list) continue;
      out.push('  ' + c.bold(cat));
      for (const f of list) {
        const where = `${clean(file.path)}:${f.line}:${f.column}`;
        out.push(
          `    ${c.dim(where)}  ${sevColor(f.severity)(f.severity.padEnd(8))} ${clean(f.message)}  ${c.dim(f.ruleId)}${f.fixable ? '  ' + c.green(`(${FIXABLE_MARK})`) : ''}`,
        );
        const cost = f.cost > 0 ? c.dim(` (-${f.cost} pts)`) : '';
        if (f.hint) out.push(`      ${c.dim('→')} ${clean(f.hint)}${cost}`);
        // Errors show the offending line with a caret (a code frame), up to a few per file.
        if ((f.severity === 'error' || f.severity === 'critical') && file.source !== undefined && frames < MAX_FRAMES && !atMissingRoot(f, file.source)) {
          const frame = codeFrame(file.source, f.line, f.column);
          if (frame.length) frames++;
          for (const l of frame)
            out.push('      ' + (l.startsWith('>') ? c.red('>') + l.slice(1) : l.endsWith('^') ? c.dim(l.slice(0, -1)) + c.red('^') : c.dim(l)));
        }
        // The rule's documentation, once per rule and file.
        if (!documented.has(f.ruleId)) {
          documented.add(f.ruleId);
          out.push(`      ${c.dim('docs: ' + clean(f.docs))}`);
        }
      }
    }
    out.push(...scoreLines(file, c));
    return out.join('\n') + '\n\n';
  },
  end(s, options) {
    const c = chalkFor(options);
    const total = s.critical + s.errors + s.warnings + s.infos;
    const summary = `${total} finding${total === 1 ? '' : 's'} (${s.critical ? `${s.critical} critical, ` : ''}${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info) in ${s.files} file${s.files === 1 ? '' : 's'}; ${s.failed ? c.red(`${s.failed} failed`) : c.green('all passed')}`;
    return (s.failed ? c.red('✖ ') : c.green('✔ ')) + summary + '\n' + (s.fixable ? `  ${c.green(fixableText(s.fixable))}\n` : '');
  },
};

export const formatStylish: Formatter = fromParts(stylishParts);

/**
 * A finding about a section missing from the plan (or about the whole plan) is located at the
 * root; a frame of whatever line the root starts on would mislead, so it gets none.
 */
function atMissingRoot(f: Finding, source: string): boolean {
  const first = f.pointer.split('/')[1];
  if (!first) return !f.ruleId.startsWith('yaml/');
  const key = first
    .replace(/~1/g, '/')
    .replace(/~0/g, '~')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !new RegExp(`^["']?${key}["']?\\s*:`, 'm').test(source);
}

function scoreLines(file: FileReport, c: InstanceType<typeof Chalk>): string[] {
  if (file.score === null) return ['  ' + c.red('Score: none (the file could not be read as a plan)') + '  ' + c.red('failed')];
  const lines = ['  ' + c.bold('Scores')];
  for (const cat of file.categories) {
    if (cat.score === null) {
      lines.push(`    ${cat.id.padEnd(13)} ${c.dim('·'.repeat(20))}  ${c.dim('n/a (no rule applies)')}`);
      continue;
    }
    const filled = Math.round(cat.score / 5);
    const color = cat.score >= 90 ? c.green : cat.score >= 70 ? c.yellow : c.red;
    lines.push(`    ${cat.id.padEnd(13)} ${color('█'.repeat(filled))}${c.dim('░'.repeat(20 - filled))}  ${String(cat.score).padStart(3)}`);
  }
  const color = file.score >= 90 ? c.green : file.score >= 70 ? c.yellow : c.red;
  lines.push(
    `  ${c.bold('Overall')} ${color.bold(`${file.score}/100`)}  grade ${color.bold(file.grade ?? '')}  ${file.passed ? c.green('passed') : c.red('failed')}`,
  );
  const blocked = blockedText(file);
  if (blocked) lines.push('  ' + c.red.bold(blocked));
  // A critical finding hidden by a suppression comment or the baseline is still said, once.
  const hidden = (file.suppressed ?? []).filter((s) => s.severity === 'critical').length;
  if (hidden) lines.push('  ' + c.yellow(`${hidden} critical finding${hidden === 1 ? ' is' : 's are'} suppressed (see the reasons with --format json)`));
  if (!file.passed) lines.push('  ' + c.red(gateText(file)));
  const skipped = file.rules.filter((r) => r.status === 'skipped');
  if (skipped.length) lines.push(c.dim(`  ${skipped.length} rule${skipped.length === 1 ? '' : 's'} skipped as not applicable (see --format json or explain)`));
  return lines;
}
