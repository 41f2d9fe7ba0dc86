// The output formats. Each formatter is a pure function of the report object, loaded lazily so
// that start-up pays only for the one in use. Add a format here, in one line.
import type { FileReport, Report } from '../types.js';

export interface FormatOptions {
  /** Colour allowed (terminal formats only). */
  color: boolean;
  /** Working directory, for relative paths in documents that need them. */
  cwd: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/**
 * A format that can be written file by file (streaming: a long run holds no report it has
 * printed). Each part is a pure function; `start + file(f0, 0) + file(f1, 1) + ... + end` is the
 * whole report, and the format's Formatter is built from these same parts (`fromParts`).
 */
export interface ReportParts {
  start(head: ReportHead, options: FormatOptions): string;
  file(file: FileReport, index: number, options: FormatOptions): string;
  end(summary: RunSummary, options: FormatOptions): string;
  /**
   * The start depends on every file (JUnit's totals): `start` is called after the last `file`, and
   * a writer keeps the files' parts aside until then (the CLI, in a temporary file). The document
   * is still start + files + end.
   */
  startAfterFiles?: boolean;
  /**
   * Text about each file that the document puts after every file's part (SARIF's per-file scores,
   * in the run's properties): a writer keeps it aside (the CLI, in a temporary file) and writes it
   * between `endStart` and `end`. The document is then start + files + endStart + trailers + end.
   */
  fileTrailer?(file: FileReport, index: number, options: FormatOptions): string;
  endStart?(summary: RunSummary, options: FormatOptions): string;
}

/** The report without its files. */
export type ReportHead = Omit<Report, 'files'>;

/** What the end of a report may say about all its files (counts of the findings shown). */
export interface RunSummary {
  files: number;
  failed: number;
  critical: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings `strategy-lint --fix` repairs (Finding.fixable). */
  fixable: number;
}

export const emptySummary = (): RunSummary => ({ files: 0, failed: 0, critical: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 });

export function addToSummary(summary: RunSummary, file: FileReport): void {
  summary.files++;
  if (!file.passed) summary.failed++;
  for (const f of file.findings) {
    if (f.severity === 'critical') summary.critical++;
    else if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
    if (f.fixable) summary.fixable++;
  }
}

/** What every format says of fixable findings, worded once: "3 findings can be fixed with `strategy-lint --fix`". */
export function fixableText(n: number): string {
  return `${n} finding${n === 1 ? '' : 's'} can be fixed with \`strategy-lint --fix\` (preview the changes with \`--fix-dry-run\`)`;
}
/** The mark of one fixable finding. */
export const FIXABLE_MARK = 'fixable with --fix';

/**
 * What every format says beside a file's score (scoring model 2), worded once: the cap of critical
 * findings ("blocked by 2 critical findings: score capped at 51") and the CI gate ("fails the
 * gate: 1 error"). Formats print these; the engine decided them (FileReport.cap, .failures).
 */
export function blockedText(file: FileReport): string | undefined {
  if (!file.cap) return undefined;
  const n = file.cap.critical;
  return `blocked by ${n} critical finding${n === 1 ? '' : 's'}: score capped at ${file.cap.limit}`;
}
export function gateText(file: FileReport): string {
  return file.passed ? 'passes the gate' : `fails the gate: ${(file.failures ?? ['see the findings']).join(', ')}`;
}

/** The whole-report formatter of a format written in parts. */
export function fromParts(parts: ReportParts): Formatter {
  return (report, options) => {
    const { files, ...head } = report;
    const summary = emptySummary();
    const out = parts.startAfterFiles ? [] : [parts.start(head, options)];
    const trailers: string[] = [];
    for (const file of files) {
      out.push(parts.file(file, summary.files, options));
      if (parts.fileTrailer) trailers.push(parts.fileTrailer(file, summary.files, options));
      addToSummary(summary, file);
    }
    if (parts.startAfterFiles) out.unshift(parts.start(head, options));
    if (parts.endStart) out.push(parts.endStart(summary, options));
    out.push(...trailers, parts.end(summary, options));
    return out.join('');
  };
}

export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  html: async () => (await import('./html.js')).formatHtml,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
  github: async () => (await import('./github.js')).formatGithub,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

/** The formats that can also be written file by file, as their reports arrive. */
export const FORMAT_PARTS: Record<string, () => Promise<ReportParts>> = {
  stylish: async () => (await import('./stylish.js')).stylishParts,
  json: async () => (await import('./json.js')).jsonParts,
  // New parts for every document: they keep a little state (SARIF's per-file list, JUnit's totals).
  sarif: async () => (await import('./sarif.js')).sarifParts(),
  junit: async () => (await import('./junit.js')).junitParts(),
};
