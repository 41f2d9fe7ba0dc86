// `--format json`: the machine contract. One JSON document for the whole run.
import type { Report } from '../types.js';
import { escapeJsonControls } from '../util/text.js';

export function formatJson(report: Report): string {
  const doc = {
    tool: report.tool,
    scoringModel: report.scoringModel,
    files: report.files.map((f) => ({
      path: f.path,
      score: f.score,
      grade: f.grade,
      passed: f.passed,
      categories: f.categories.map((c) => ({ id: c.id, score: c.score, weight: c.weight })),
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        category: x.category,
        severity: x.severity,
        message: x.message,
        hint: x.hint,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        endColumn: x.endColumn,
        pointer: x.pointer,
        docs: x.docs,
        cost: x.cost,
      })),
      rules: f.rules,
      // Findings hidden by a suppression comment or the baseline (ESLint's suppressedMessages).
      suppressed: (f.suppressed ?? []).map((x) => ({ ruleId: x.ruleId, severity: x.severity, kind: x.kind, reason: x.reason, line: x.line, column: x.column, pointer: x.pointer })),
    })),
  };
  // JSON.stringify escapes C0 control characters, so any text from a plan stays valid JSON; the
  // C1 and bidi controls it leaves raw are escaped too, so the document is also safe in a terminal.
  return escapeJsonControls(JSON.stringify(doc, null, 2)) + '\n';
}
