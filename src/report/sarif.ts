// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the
// rules come from the report's rule metadata, the results from the findings.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripControl } from '../util/text.js';
import { FIXABLE_MARK, fromParts, type FormatOptions, type ReportHead, type ReportParts } from './index.js';
import type { Finding, Report, Severity } from '../types.js';
import { escapeJsonControls } from '../util/text.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning's `security-severity` (0-10) sorts and labels alerts; critical = 9.5. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', error: '7.0', warning: '4.0', info: '1.0' };

/** Text for a document: control and bidi characters removed (JSON escapes the rest). */
const text = (s: string | undefined) => stripControl(s ?? '');

/**
 * A report path relative to the working directory with `/` separators ("plans/a.yaml"), or
 * undefined when the file lies outside it. SARIF, GitHub annotations and Markdown use it.
 */
export function relativePath(file: string, cwd: string): string | undefined {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The artifact location of a file: relative to %SRCROOT% (the working directory) when inside it. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePath(file, cwd);
  if (rel === undefined) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * A fingerprint that survives edits elsewhere in the file: rule, file and the node's JSON
 * Pointer (not its line), plus the occurrence number for several findings on one node.
 */
function fingerprint(ruleId: string, file: string, pointer: string, occurrence: number): string {
  return createHash('sha256')
    .update([ruleId, file, pointer, String(occurrence)].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** The rule descriptors of the run (tool.driver.rules). */
function ruleDescriptors(head: ReportHead) {
  return head.rules.map((r) => {
    const helpText = `${text(r.fix)}\n\nWhy: ${text(r.rationale)}\n\nSource: ${text(r.source)}\n\nDocumentation: ${r.docs} in the strategy-lint package.`;
    const helpMarkdown = `**Fix:** ${text(r.fix)}\n\n**Why:** ${text(r.rationale)}\n\n**Source:** ${text(r.source)}\n\n**Documentation:** \`${r.docs}\` in the strategy-lint package.`;
    return {
      id: r.id,
      name: r.id,
      shortDescription: { text: text(r.description) },
      fullDescription: { text: text(r.rationale) },
      help: { text: helpText, markdown: helpMarkdown },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        category: r.category,
        tags: [...new Set(['strategy-lint', r.category, r.id.split('/')[0], ...(r.severity === 'critical' ? ['critical'] : [])])],
        'security-severity': SECURITY_SEVERITY[r.severity],
        docs: r.docs,
      },
    };
  });
}

/** Stands for the results, then for the per-file properties, in the skeleton of the document. */
const RESULTS = '\u0001results';
const FILES = '\u0001files';

/**
 * SARIF written file by file (a run over 100,000 files holds no report it has written, and no
 * string of gigabytes): the document is JSON.stringify(doc, null, 2) of one run, cut at its two
 * lists. `start` is the document up to `"results": [`, each file adds its results (indented as
 * JSON.stringify indents them), `endStart` closes the results and opens the run's properties up to
 * `"files": [`, each file's entry of that list is a trailer (kept aside by the writer), and `end`
 * closes the document. A new set of parts per document (the rule index and whether a result was
 * written are its state); formatSarif is these parts over a report.
 */
export function sarifParts(): ReportParts {
  let skeleton = '';
  let ruleIndex = new Map<string, number>();
  let results = 0;
  /** An item of a list at `depth` levels of JSON.stringify's two-space indentation. */
  const item = (value: unknown, depth: number) => {
    const pad = ' '.repeat(2 * depth);
    return '\n' + pad + escapeJsonControls(JSON.stringify(value, null, 2)).replace(/\n/g, '\n' + pad);
  };
  /** The skeleton around marker `m`: the text before its list's `[` and the text after its `]`. */
  const around = (from: number, m: string): [string, number] => {
    const at = skeleton.indexOf(JSON.stringify(m), from);
    const open = skeleton.lastIndexOf('[', at) + 1;
    return [skeleton.slice(from, open), skeleton.indexOf(']', at) + 1];
  };
  const list = (n: number, depth: number) => (n ? '\n' + ' '.repeat(2 * depth) + ']' : ']');
  return {
    start(head, options) {
      ruleIndex = new Map(head.rules.map((r, i) => [r.id, i]));
      const srcroot = pathToFileURL(options.cwd).href.replace(/\/?$/, '/');
      const doc = {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: head.tool.name,
                version: head.tool.version,
                semanticVersion: head.tool.version,
                rules: ruleDescriptors(head),
              },
            },
            originalUriBaseIds: { '%SRCROOT%': { uri: srcroot } },
            columnKind: 'utf16CodeUnits',
            results: [RESULTS],
            properties: {
              scoringModel: head.scoringModel,
              files: [FILES],
            },
          },
        ],
      };
      // Characters JSON.stringify leaves raw but a terminal acts on are written as \u escapes.
      skeleton = escapeJsonControls(JSON.stringify(doc, null, 2));
      return around(0, RESULTS)[0];
    },
    file(file, _index, options) {
      const location = artifactLocation(file.path, options.cwd);
      const fingerprintPath = relativePath(file.path, options.cwd) ?? path.resolve(options.cwd, file.path);
      const seen = new Map<string, number>();
      let out = '';
      for (const f of file.findings) {
        const key = `${f.ruleId}\u0000${f.pointer}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        out += (results++ ? ',' : '') + item(result(f, ruleIndex.get(f.ruleId), location, fingerprint(f.ruleId, fingerprintPath, f.pointer, occurrence)), 4);
      }
      return out;
    },
    fileTrailer(file, index, options) {
      const entry = {
        path: relativePath(file.path, options.cwd) ?? text(file.path),
        score: file.score,
        grade: file.grade,
        ...(file.cap ? { cap: file.cap } : {}),
        ...(file.failures ? { failures: file.failures } : {}),
        passed: file.passed,
        categories: Object.fromEntries(file.categories.map((c) => [c.id, c.score])),
      };
      return (index ? ',' : '') + item(entry, 5);
    },
    endStart() {
      return list(results, 3) + around(around(0, RESULTS)[1], FILES)[0];
    },
    end(summary) {
      return list(summary.files, 4) + skeleton.slice(around(around(0, RESULTS)[1], FILES)[1]) + '\n';
    },
  };
}

export function formatSarif(report: Report, options: FormatOptions): string {
  return fromParts(sarifParts())(report, options);
}

function result(f: Finding, index: number | undefined, artifact: { uri: string; uriBaseId?: string }, print: string): object {
  const region: Record<string, number> = { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) };
  if (f.endLine !== undefined && f.endColumn !== undefined && f.endLine >= region.startLine) {
    region.endLine = f.endLine;
    region.endColumn = Math.max(1, f.endColumn);
    // A region that ends before it starts on one line is invalid SARIF: drop the end.
    if (region.endLine === region.startLine && region.endColumn < region.startColumn) {
      delete region.endLine;
      delete region.endColumn;
    }
  }
  return {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[f.severity],
    message: { text: text(f.message) + (f.hint ? `\nFix: ${text(f.hint)}` : '') + (f.fixable ? `\n(${FIXABLE_MARK})` : '') },
    locations: [{ physicalLocation: { artifactLocation: artifact, region } }],
    partialFingerprints: { 'strategyLint/v1': print },
    properties: {
      category: f.category,
      severity: f.severity,
      pointer: f.pointer,
      cost: f.cost,
      ...(f.severity === 'critical' ? { blocking: true } : {}),
      ...(f.fixable ? { fixable: true } : {}),
    },
  };
}
