// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`), then one plain log
// line per file with its score. Escaping makes plan text unable to start a workflow command of its
// own: `%`, CR and LF are escaped in messages, and also `:` and `,` in properties.
import path from 'node:path';
import { stripControl } from '../util/text.js';
import { relativePath } from './sarif.js';
import { blockedText, FIXABLE_MARK, gateText, type FormatOptions } from './index.js';
import type { Report, Severity } from '../types.js';

const COMMAND: Record<Severity, string> = { critical: 'error', error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message of a workflow command. */
export function escapeData(s: string): string {
  return stripControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: Report, options: FormatOptions): string {
  const out: string[] = [];
  for (const file of report.files) {
    const where = relativePath(file.path, options.cwd) ?? path.resolve(options.cwd, file.path);
    for (const f of file.findings) {
      const props = [`file=${escapeProperty(where)}`, `line=${f.line}`, `col=${f.column}`];
      if (f.endLine !== undefined && f.endColumn !== undefined) {
        // A block that ends at column 1 ends on the line before (the end is exclusive).
        if (f.endColumn <= 1 && f.endLine > f.line) props.push(`endLine=${f.endLine - 1}`);
        else props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
      }
      props.push(`title=${escapeProperty(`${f.severity === 'critical' ? 'CRITICAL ' : ''}${f.ruleId} (${f.category})`)}`);
      const message = f.message + (f.hint ? `\nFix: ${f.hint}` : '') + (f.fixable ? `\n(${FIXABLE_MARK})` : '') + `\nDocs: ${f.docs}`;
      out.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
    const verdict = file.score === null ? 'no score (not a readable plan)' : `score ${file.score}/100, grade ${file.grade}`;
    // A plain log line; the prefix keeps it from ever being read as a workflow command.
    const blocked = blockedText(file);
    out.push(`strategy-lint: ${escapeData(where)}: ${verdict}${blocked ? ` (${blocked})` : ''}, ${file.passed ? 'passed' : gateText(file)}`);
  }
  return out.join('\n') + '\n';
}
