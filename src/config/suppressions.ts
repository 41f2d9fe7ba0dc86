// Inline suppressions: `# strategy-lint-disable-next-line RULE[, RULE] -- reason` (the next line
// that holds content), `# strategy-lint-disable-line RULE -- reason` (at the end of a line) and
// `# strategy-lint-disable-file RULE -- reason` (the whole file). Comments are read from the YAML
// token stream, so a `#` inside a string or block scalar is never taken for a directive.
// Directives that are malformed, name an unknown rule, give no reason or silence nothing are
// reported as findings of the pseudo-rules below.
import { Parser } from 'yaml';
import { closest, quote } from '../util/text.js';
import { FORMAT_CATEGORY, type FormatCheckMeta, type Severity } from '../types.js';

export const SUPPRESSION_RULES: FormatCheckMeta[] = [
  {
    id: 'suppression/invalid',
    category: FORMAT_CATEGORY,
    severity: 'error',
    description: 'A `# strategy-lint-…` comment must be a well-formed directive naming known rules.',
    rationale: 'A mistyped directive would otherwise be ignored silently and the reviewer would believe a finding was accepted on purpose.',
    source: 'strategy-lint suppressions (ESLint-style disable comments)',
    fix: 'Write `# strategy-lint-disable-next-line RULE[, RULE] -- reason` (or `-disable-line`, `-disable-file`) with rule ids from `strategy-lint rules`.',
  },
  {
    id: 'suppression/missing-reason',
    category: FORMAT_CATEGORY,
    severity: 'warning',
    description: 'A suppression comment must say why, after ` -- `.',
    rationale: 'In a regulated organisation an accepted finding needs a recorded justification that a compliance reviewer can read.',
    source: 'strategy-lint suppressions',
    fix: 'Add the reason after ` -- `, e.g. `# strategy-lint-disable-next-line smart/time-bound -- interim target, see board minutes 2027-03`.',
  },
  {
    id: 'suppression/unused',
    category: FORMAT_CATEGORY,
    severity: 'warning',
    description: 'A suppression comment must silence a finding; one that silences nothing is stale.',
    rationale: 'A stale suppression would silently hide the next, possibly different, problem at that place.',
    source: 'strategy-lint suppressions',
    fix: 'Remove the comment (or the rule from it): the finding it silenced is gone.',
  },
];

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file';
const KINDS: DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable-file'];
export const DIRECTIVE_PREFIX = 'strategy-lint-';

export interface SuppressionProblem {
  ruleId: 'suppression/invalid' | 'suppression/missing-reason' | 'suppression/unused';
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

interface Directive {
  kind: DirectiveKind;
  line: number;
  column: number;
  /** Line it applies to; undefined for a file directive. */
  target?: number;
  rules: { id: string; used: boolean }[];
  reason?: string;
}

export interface Suppressions {
  /** The directive that silences `ruleId` on `line`, marked used; undefined when none does. */
  match(ruleId: string, line: number): { reason?: string } | undefined;
  /** Findings about the directives themselves (call after every match). */
  problems(): SuppressionProblem[];
}

const NONE: Suppressions = { match: () => undefined, problems: () => [] };

/**
 * Reads the directives of a YAML text. `suppressible` are the rule ids a directive may name;
 * `known` every id the tool knows (for a clearer message when a known id cannot be suppressed);
 * `aliases` maps old rule ids to the ids that replaced them.
 */
export function readSuppressions(text: string, suppressible: Set<string>, known: Set<string>, aliases: Readonly<Record<string, string>> = {}): Suppressions {
  if (!text.includes(DIRECTIVE_PREFIX)) return NONE;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const lineText = (line: number) => text.slice(lineStarts[line - 1], line < lineStarts.length ? lineStarts[line] - 1 : text.length);
  // The first line at or after each line that holds content (not blank, not only a comment), for
  // `disable-next-line`; made once, from the end, when the first such directive needs it (looking
  // ahead from each of n consecutive directives was O(n^2)).
  let contentFrom: Int32Array | undefined;
  const nextContentLine = (line: number): number => {
    if (!contentFrom) {
      const n = lineStarts.length;
      contentFrom = new Int32Array(n + 2);
      contentFrom[n + 1] = n + 1;
      for (let l = n; l >= 1; l--) contentFrom[l] = /^\s*(#.*)?$/.test(lineText(l)) ? contentFrom[l + 1] : l;
    }
    return line > lineStarts.length ? line : contentFrom[line];
  };
  const directives: Directive[] = [];
  const problems: SuppressionProblem[] = [];
  const invalid = (at: { line: number; column: number }, message: string) =>
    problems.push({ ruleId: 'suppression/invalid', severity: 'error', message, ...at });

  for (const c of comments(text)) {
    const body = c.source.replace(/^#\s*/, '').trim();
    if (!body.startsWith(DIRECTIVE_PREFIX)) continue;
    const at = position(c.offset);
    const m = /^strategy-lint-(\S*)(.*)$/s.exec(body)!;
    const kind = m[1] as DirectiveKind;
    if (!KINDS.includes(kind)) {
      const s = closest(m[1], KINDS);
      invalid(at, `unknown directive ${quote(DIRECTIVE_PREFIX + m[1])}${s ? `; did you mean \`${DIRECTIVE_PREFIX}${s}\`?` : ''} (it silences nothing)`);
      continue;
    }
    const rest = m[2];
    const sep = /(^|\s)--(\s|$)/.exec(rest);
    const list = (sep ? rest.slice(0, sep.index) : rest).trim();
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    const name = `\`${DIRECTIVE_PREFIX}${kind}\``;
    if (list === '') {
      invalid(at, `${name} names no rule; write \`# ${DIRECTIVE_PREFIX}${kind} RULE -- reason\` (it silences nothing)`);
      continue;
    }
    const ids: string[] = [];
    for (const raw of list.split(',')) {
      // An old rule id (RULE_ALIASES of src/rules/index.ts) silences the rule that replaced it.
      const given = raw.trim();
      const id = Object.hasOwn(aliases, given) ? aliases[given] : given;
      if (id === '' || /\s/.test(id)) {
        invalid(at, `${name} has a malformed rule list ${quote(list)}; separate rule ids with commas and put the reason after \` -- \``);
        continue;
      }
      if (!suppressible.has(id)) {
        if (known.has(id)) invalid(at, `${name} cannot silence ${quote(id)}: problems of the YAML or of the format itself are never suppressed`);
        else {
          const s = closest(id, suppressible);
          invalid(at, `${name} names an unknown rule ${quote(id)}${s ? `; did you mean \`${s}\`?` : ''}`);
        }
        continue;
      }
      if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length === 0) continue;
    let target: number | undefined;
    if (kind === 'disable-line') {
      if (
        lineText(at.line)
          .slice(0, at.column - 1)
          .trim() === ''
      ) {
        invalid(at, `${name} must stand at the end of the line it silences; use \`${DIRECTIVE_PREFIX}disable-next-line\` on a line of its own`);
        continue;
      }
      target = at.line;
    } else if (kind === 'disable-next-line') {
      target = nextContentLine(at.line + 1);
    }
    directives.push({ kind, ...at, target, rules: ids.map((id) => ({ id, used: false })), reason: reason || undefined });
    if (!reason) {
      problems.push({
        ruleId: 'suppression/missing-reason',
        severity: 'warning',
        message: `${name} ${ids.join(', ')} gives no reason; add one after \` -- \``,
        ...at,
      });
    }
  }

  // Directives by the line they silence (file directives apart), in document order: a finding is
  // matched against its line's directives only, not against every directive of the file.
  const byLine = new Map<number, number[]>();
  const fileWide: number[] = [];
  directives.forEach((d, k) => {
    if (d.target === undefined) fileWide.push(k);
    else {
      const list = byLine.get(d.target);
      if (list) list.push(k);
      else byLine.set(d.target, [k]);
    }
  });
  const firstWith = (list: number[] | undefined, ruleId: string): number => {
    for (const k of list ?? []) if (directives[k].rules.some((x) => x.id === ruleId)) return k;
    return Infinity;
  };

  return {
    match(ruleId, line) {
      // The first directive in document order that silences the rule on this line.
      const k = Math.min(firstWith(byLine.get(line), ruleId), firstWith(fileWide, ruleId));
      if (k === Infinity) return undefined;
      const d = directives[k];
      d.rules.find((x) => x.id === ruleId)!.used = true;
      return { reason: d.reason };
    },
    problems() {
      const out = [...problems];
      for (const d of directives) {
        for (const r of d.rules) {
          if (r.used) continue;
          const where = d.kind === 'disable-file' ? 'in this file' : `on line ${d.target}`;
          out.push({
            ruleId: 'suppression/unused',
            severity: 'warning',
            message: `\`${DIRECTIVE_PREFIX}${d.kind}\` silences nothing: ${r.id} reports no finding ${where}`,
            line: d.line,
            column: d.column,
          });
        }
      }
      return out.sort((a, b) => a.line - b.line || a.column - b.column);
    },
  };
}

/** Every comment token of the text, from yaml's concrete syntax tree (never a `#` inside a scalar). */
function comments(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const stack: unknown[] = [];
  try {
    for (const token of new Parser().parse(text)) stack.push(token);
  } catch {
    return out;
  }
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      const t = node as Record<string, unknown>;
      if (t.type === 'comment' && typeof t.source === 'string' && typeof t.offset === 'number') {
        out.push({ offset: t.offset, source: t.source });
        continue;
      }
      for (const v of Object.values(t)) if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
