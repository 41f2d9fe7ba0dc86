// `--format json`: the machine contract. One JSON document for the whole run.
import type { FileReport } from '../types.js';
import { escapeJsonControls } from '../util/text.js';
import { fromParts, type Formatter, type ReportParts } from './index.js';

function fileDocument(f: FileReport) {
  return {
    path: f.path,
    score: f.score,
    grade: f.grade,
    // Scoring model 2: the cap of critical findings ({limit, critical, lost}) and why the file
    // fails the gate; both absent when they do not apply.
    cap: f.cap,
    passed: f.passed,
    failures: f.failures,
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
      fixable: x.fixable === true,
    })),
    rules: f.rules,
    // Findings hidden by a suppression comment or the baseline (ESLint's suppressedMessages).
    suppressed: (f.suppressed ?? []).map((x) => ({
      ruleId: x.ruleId,
      severity: x.severity,
      kind: x.kind,
      reason: x.reason,
      line: x.line,
      column: x.column,
      pointer: x.pointer,
    })),
  };
}

/**
 * The document `{ tool, scoringModel, files: [...] }` as JSON.stringify(doc, null, 2) prints it,
 * written file by file: each file object is printed on its own and indented to its depth in the
 * array (4 spaces; JSON text has no raw newline inside a string, so indenting every line is safe).
 * JSON.stringify escapes C0 control characters, so any text from a plan stays valid JSON; the
 * C1 and bidi controls it leaves raw are escaped too, so the document is also safe in a terminal.
 */
export const jsonParts: ReportParts = {
  start(head) {
    const open = JSON.stringify({ tool: head.tool, scoringModel: head.scoringModel, files: [] }, null, 2);
    return escapeJsonControls(open.slice(0, -']\n}'.length)); // ends with `"files": [`
  },
  file: (f, index) => (index ? ',' : '') + '\n    ' + escapeJsonControls(JSON.stringify(fileDocument(f), null, 2).replace(/\n/g, '\n    ')),
  end: (summary) => (summary.files ? '\n  ]' : ']') + '\n}\n',
};

export const formatJson: Formatter = fromParts(jsonParts);
