// The output formats. Each formatter is a pure function of the report object, loaded lazily so
// that start-up pays only for the one in use. Add a format here, in one line.
import type { Report } from '../types.js';

export interface FormatOptions {
  /** Colour allowed (terminal formats only). */
  color: boolean;
  /** Working directory, for relative paths in documents that need them. */
  cwd: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

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
