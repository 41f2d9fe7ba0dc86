// The engine: source text -> parsed plan -> schema findings -> rule findings -> scores.
// It knows no particular rule and formats nothing.
import { howToRaise, parsePlan, readSource, sourceOf, type ParseProblem } from '../load/load.js';
import { parsePointer } from '../load/pointer.js';
import { SCHEMA_RULES, validatePlan } from '../schema/validate.js';
import { RULES, RULE_ALIASES, docsLink, docsPath } from '../rules/index.js';
import { score, type ScoredRule } from '../score/score.js';
import { capSeverity, configuredSeverity, defaultConfig, type ResolvedConfig, type RuleSetting } from '../config/config.js';
import { DIRECTIVE_PREFIX, readSuppressions, SUPPRESSION_RULES, type Suppressions } from '../config/suppressions.js';
import { baselineKey } from '../config/baseline.js';
import { hidePatientTokens, redactPatientData, yamlComments } from '../util/phi.js';
import { fastYamlEnabled } from './speed.js';
import { resetComparisonBudget } from '../util/text.js';
import { computeFixes } from './fix.js';
import {
  FORMAT_CATEGORY,
  type CheckMeta,
  type FileReport,
  type Finding,
  type Plan,
  type SuppressedFinding,
  type Rule,
  type RuleContext,
  type RuleFinding,
  type Severity,
} from '../types.js';

/** STRATEGY_LINT_FAST_YAML=0 sends every plan through `yaml` (see speed.ts). */
const FAST_YAML = fastYamlEnabled();

export const TOOL = { name: 'strategy-lint', version: '0.1.0' };

export interface LintOptions {
  config?: ResolvedConfig;
  rules?: Rule[];
  /**
   * This file's baseline: remaining count by `ruleId \0 pointer` (src/config/baseline.ts).
   * Matching findings are hidden before scoring and the counts are decremented.
   */
  baseline?: Map<string, number>;
  /** Keep the (redacted) source text in the report, for code frames. Default: true. */
  keepSource?: boolean;
}

/** The default configuration, made once: lint calls without one share it (and its prepared rules). */
let defaultsMade: ResolvedConfig | undefined;
const defaults = () => (defaultsMade ??= defaultConfig());

/** Lints a file on disk. I/O problems (missing, unreadable, a directory) are returned, not thrown. */
export async function lintFile(path: string, options: LintOptions = {}): Promise<FileReport | { path: string; ioError: string }> {
  const config = options.config ?? defaults();
  return lintSource(await readSource(path, config.limits), path, options);
}

/**
 * Lints a plan's bytes obtained otherwise than by reading its file (`diff --against`: a version
 * from git), under the same limits as lintFile: a version over the size limit is not linted.
 * `size` is the size of the whole file when only its start was fetched.
 */
export function lintBytes(buf: Buffer, path: string, options: LintOptions = {}, size = buf.length): FileReport | { path: string; ioError: string } {
  return lintSource(sourceOf(buf, (options.config ?? defaults()).limits, size), path, options);
}

function lintSource(src: Awaited<ReturnType<typeof readSource>>, path: string, options: LintOptions): FileReport | { path: string; ioError: string } {
  if ('problem' in src) {
    if (src.problem.kind === 'io') return { path, ioError: src.problem.message };
    return unparsable(path, [
      {
        ruleId: src.problem.ruleId ?? 'yaml/limit',
        severity: 'error',
        message: src.problem.message,
        hint: src.problem.hint,
        line: src.problem.line ?? 1,
        column: src.problem.column ?? 1,
      },
    ]);
  }
  return lintText(src.text, path, options);
}

function problemFinding(p: ParseProblem): Finding {
  return {
    ruleId: p.ruleId,
    category: FORMAT_CATEGORY,
    severity: p.severity,
    // Parser and library messages may quote the source: what looks like patient information is hidden.
    message: redactPatientData(p.message),
    hint: p.hint === undefined ? undefined : redactPatientData(p.hint),
    pointer: '',
    line: p.line,
    column: p.column,
    docs: docsLink(p.ruleId),
    cost: 0,
    ...(p.fixable ? { fixable: true } : {}),
  };
}

function unparsable(path: string, problems: ParseProblem[], source?: string): FileReport {
  const s = score([]);
  return {
    path,
    score: null,
    grade: null,
    passed: false,
    categories: s.categories,
    findings: problems.map(problemFinding).sort((a, b) => a.line - b.line || a.column - b.column),
    rules: [],
    ...(source === undefined ? {} : { source }),
  };
}

/** Removes the values at the given pointers (they failed the schema): rules never see them. */
function withoutInvalid(data: any, invalid: string[]): Plan {
  for (const ptr of invalid) {
    const tokens = parsePointer(ptr);
    const last = tokens.pop();
    let cur = data;
    for (const t of tokens) cur = cur == null ? undefined : Object.hasOwn(cur, t) ? cur[t] : undefined;
    if (cur == null || typeof cur !== 'object' || last === undefined) continue;
    if (Array.isArray(cur)) cur[Number(last)] = undefined;
    else delete cur[last];
  }
  return data as Plan;
}

/** Lints plan text. Never throws for any input. */
export function lintText(text: string, path: string, options: LintOptions = {}): FileReport {
  resetComparisonBudget(); // "did you mean" work is bounded per file (src/util/text.ts)
  const config = options.config ?? defaults();
  const rules = options.rules ?? RULES;
  const parsed = parsePlan(text, config.limits, { fast: FAST_YAML });
  const parseFindings = parsed.problems.map(problemFinding);
  if (parsed.data === undefined && parsed.problems.some((p) => p.severity === 'error')) {
    return unparsable(path, parsed.problems, options.keepSource === false ? undefined : text);
  }
  const schema = validatePlan(parsed.data);
  const top = parsed.data !== null && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : undefined;
  const locate = (f: { pointer: string; at?: { line: number; column: number } }) => {
    // A finding placed by position (a comment) keeps it.
    if (f.at) return { line: f.at.line, column: f.at.column, endLine: undefined, endColumn: undefined };
    // A finding about the whole plan (`the plan needs \`organization\``) or about a section it does
    // not have is about the file: it is placed at 1:1, not at the plan's first key (which would
    // point at the `version:` line).
    const first = f.pointer.indexOf('/', 1);
    const section = f.pointer === '' ? undefined : parsePointer(first < 0 ? f.pointer : f.pointer.slice(0, first))[0];
    if (f.pointer === '' || (section !== undefined && top && !Object.hasOwn(top, section)))
      return { line: 1, column: 1, endLine: undefined, endColumn: undefined };
    const p = parsed.index.locate(f.pointer);
    return { line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn };
  };
  // Curly quotes around a value the schema rejects are told by the schema's finding (which names
  // them and gives the corrected value); the curly-quotes warning stays for the other values.
  const schemaLines = new Set(schema.findings.map((f) => locate(f).line));
  const findings: Finding[] = parseFindings.filter((f, i) => {
    const lines = parsed.problems[i].lines;
    return !(f.ruleId === 'yaml/curly-quotes' && lines && lines.every((l) => schemaLines.has(l)));
  });
  // Suppressions (inline comments, then the baseline) remove findings before scoring: a
  // suppressed finding costs nothing and fails nothing.
  const suppressed: SuppressedFinding[] = [];
  const inline: Suppressions | undefined =
    config.inlineConfig && text.includes(DIRECTIVE_PREFIX) ? readSuppressions(text, suppressibleIds(rules), knownIds(rules), RULE_ALIASES) : undefined;
  const hide = (f: { ruleId: string; pointer: string; severity: Severity; message: string }, line: number, column: number, inlineAllowed = true): boolean => {
    const s = inlineAllowed ? inline?.match(f.ruleId, line) : undefined;
    if (s) {
      suppressed.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        pointer: hidePatientTokens(f.pointer),
        line,
        column,
        kind: 'inline',
        reason: s.reason === undefined ? undefined : redactPatientData(s.reason),
      });
      return true;
    }
    // A baseline records pointers as reports show them (tokens that look like patient information hidden).
    const key = baselineKey(f.ruleId, hidePatientTokens(f.pointer));
    const left = options.baseline?.get(key) ?? 0;
    if (left > 0) {
      options.baseline!.set(key, left - 1);
      suppressed.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, pointer: hidePatientTokens(f.pointer), line, column, kind: 'baseline' });
      return true;
    }
    return false;
  };
  const fixCandidates = new Set<string>();
  for (const { fixCandidate, ...f } of schema.findings) {
    const at = locate(f);
    // An invalid value can be neither silenced nor baselined: a plan that is not valid always fails.
    if (f.ruleId === 'schema/unknown-key' && hide(f, at.line, at.column)) continue;
    if (fixCandidate) fixCandidates.add(f.pointer);
    findings.push({ ...f, pointer: hidePatientTokens(f.pointer), ...at, docs: docsLink(f.ruleId), cost: 0 });
  }
  const rootInvalid = schema.invalid.includes('');
  // Whether a pointer is at or under a value the schema rejected: its prefixes looked up in a set
  // (each finding against every invalid value was findings x invalid values).
  const invalidSet = new Set(schema.invalid.filter((p) => p !== ''));
  const underInvalid = (ptr: string): boolean => {
    if (invalidSet.has(ptr)) return true;
    for (let i = ptr.indexOf('/', 1); i > 0; i = ptr.indexOf('/', i + 1)) if (invalidSet.has(ptr.slice(0, i))) return true;
    return false;
  };
  const plan = rootInvalid ? ({} as Plan) : withoutInvalid(parsed.data, schema.invalid);
  const context: Omit<RuleContext, 'options'> = {
    knowledge: config.knowledge,
    jurisdictions: Array.isArray(plan.organization?.jurisdictions)
      ? plan.organization!.jurisdictions!.filter((j) => typeof j === 'string').map((j) => j.toUpperCase())
      : [],
  };
  let comments: ReturnType<typeof yamlComments> | undefined;
  const readComments = () => (comments ??= yamlComments(text));

  const scored: ScoredRule[] = [];
  const ruleFindings: { rule: Rule; f: RuleFinding; severity: Severity; at: ReturnType<typeof locate> }[] = [];
  if (!rootInvalid) {
    for (const { rule, setting, options } of prepareRules(config, rules)) {
      if (setting?.severity === 'off') {
        scored.push({ meta: rule.meta, status: 'off', reason: 'turned off in the configuration', findings: [] });
        continue;
      }
      const ctx: RuleContext = { knowledge: context.knowledge, jurisdictions: context.jurisdictions, options, comments: readComments };
      let reason: string | undefined;
      let applies: string | undefined;
      let out: RuleFinding[];
      try {
        reason = rule.notApplicable?.(plan, ctx);
        out = reason ? [] : rule.check(plan, ctx);
        applies = reason ? undefined : rule.appliesBecause?.(plan, ctx);
      } catch {
        out = [{ pointer: '', message: `rule ${rule.meta.id} could not check this plan (internal error); please report it`, severity: 'warning' }];
      }
      if (reason) {
        scored.push({ meta: rule.meta, status: 'skipped', reason, findings: [] });
        continue;
      }
      // A value the schema rejected is reported once, by the schema, not again by the rules.
      if (schema.invalid.length > 0) out = out.filter((f) => !underInvalid(f.pointer));
      const severities: Severity[] = [];
      let absent = false;
      for (const f of out) {
        const severity = capSeverity(configuredSeverity(setting, f.severity ?? rule.meta.severity), config.maxSeverity);
        const at = locate(f);
        if (hide({ ruleId: rule.meta.id, pointer: f.pointer, severity, message: f.message }, at.line, at.column)) continue;
        severities.push(severity);
        if (f.absent) absent = true;
        ruleFindings.push({ rule, f, severity, at });
      }
      scored.push({ meta: rule.meta, status: 'ran', findings: severities, ...(applies ? { reason: applies } : {}), ...(absent ? { absent } : {}) });
    }
  }
  const result = score(rootInvalid ? [] : scored, config.categoryWeights);
  const costIndex = new Map<string, number>();
  for (const { rule, f, severity, at } of ruleFindings) {
    const i = costIndex.get(rule.meta.id) ?? 0;
    costIndex.set(rule.meta.id, i + 1);
    findings.push({
      ruleId: rule.meta.id,
      category: rule.meta.category,
      severity,
      message: f.message,
      hint: f.hint ?? rule.meta.fix,
      suggestion: f.suggestion,
      pointer: hidePatientTokens(f.pointer),
      ...at,
      docs: docsLink(rule.meta.id),
      cost: result.findingCosts.get(rule.meta.id)?.[i] ?? 0,
    });
  }
  for (const p of inline?.problems() ?? []) {
    const setting = config.rules[p.ruleId];
    if (setting?.severity === 'off') continue;
    const severity = capSeverity(setting?.severity ?? p.severity, config.maxSeverity);
    if (options.baseline && hide({ ruleId: p.ruleId, pointer: '', severity, message: p.message }, p.line, p.column)) continue;
    const meta = SUPPRESSION_RULES.find((m) => m.id === p.ruleId)!;
    findings.push({
      ruleId: p.ruleId,
      category: meta.category,
      severity,
      message: redactPatientData(p.message),
      hint: meta.fix,
      pointer: '',
      line: p.line,
      column: p.column,
      docs: docsLink(p.ruleId),
      cost: 0,
    });
  }
  // Code-unit order, not localeCompare: the same on every machine, and no ICU collator to start
  // (its first use cost ~8 ms of a one-file run).
  findings.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnit(a.ruleId, b.ruleId) || byCodeUnit(a.message, b.message));
  markFixable(findings, text, fixCandidates, parsed.data);
  const limited = limitFindings(findings, config.limits.maxFindings);
  const overall = rootInvalid ? null : result.score;
  // The gate counts every finding, not only those shown under --max-findings.
  const failures = gateFailures(findings, overall, config);
  const passed = failures.length === 0;
  return {
    path,
    score: overall,
    // The letter follows the score, always (scoring model 2): the CI gate (`passed`) is reported
    // beside it, and critical findings already cap the score below 60.
    grade: rootInvalid ? null : result.grade,
    ...(result.cap && !rootInvalid ? { cap: result.cap } : {}),
    passed,
    ...(failures.length ? { failures } : {}),
    categories: result.categories,
    findings: limited,
    rules: result.rules,
    ...(suppressed.length ? { suppressed } : {}),
    ...(options.keepSource === false ? {} : { source: redactSensitive(text, findings, rules) }),
  };
}

const MAX_FIXABLE_TEXT = 256 * 1024;

function valueAt(data: unknown, ptr: string): unknown {
  let cur: any = data;
  for (const t of parsePointer(ptr)) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, t)) return undefined;
    cur = cur[t];
  }
  return cur;
}

/**
 * Marks the findings `--fix` repairs, by computing the fixes (src/engine/fix.ts) and matching
 * their pointers. Only when a finding could be fixable at all (a schema or curly-quote finding,
 * or one with a "did you mean"): a plan without such findings costs no extra parse.
 */
function markFixable(findings: Finding[], text: string, schemaCandidates: Set<string>, data: unknown): void {
  // Candidates: what the schema says it can correct for certain, curly quotes, and a rule's "did
  // you mean" that differs from the value only in case or separators (the id fixes of fix.ts).
  // Anything else is never fixed, so a plan without candidates costs no extra parse.
  const idKey = (s: unknown) => (typeof s === 'string' ? s.toLowerCase().replace(/[\s_-]+/g, '') : undefined);
  const candidate = (f: Finding) =>
    f.ruleId === 'yaml/curly-quotes' ||
    (f.ruleId.startsWith('schema/') ? schemaCandidates.has(f.pointer) : f.suggestion !== undefined && idKey(f.suggestion) === idKey(valueAt(data, f.pointer)));
  // A plan is a few kilobytes; on a file far larger the fixes are not computed to mark findings
  // (several parses of megabytes), and none is marked: `--fix` still makes them.
  if (text.length > MAX_FIXABLE_TEXT || !findings.some(candidate)) return;
  let edits: ReturnType<typeof computeFixes>['edits'];
  try {
    edits = computeFixes(text).edits;
  } catch {
    return;
  }
  if (edits.length === 0) return;
  const fixed = new Set(edits.map((e) => e.pointer));
  // Text repairs (Word artefacts) carry no pointer: they fix what is on their line.
  const repairedLines = new Set(edits.filter((e) => e.pointer === '').map((e) => e.line));
  const curly = edits.some((e) => e.pointer === '' && /curly quotes/.test(e.description));
  for (const f of findings) {
    if (f.ruleId === 'yaml/curly-quotes' ? curly : candidate(f) && ((f.pointer !== '' && fixed.has(f.pointer)) || repairedLines.has(f.line))) f.fixable = true;
  }
}

/**
 * Blanks the values that findings of a `sensitive` rule point at (probable patient information) in
 * the source kept for code frames, so that no output format can print them.
 */
function redactSensitive(text: string, findings: Finding[], rules: Rule[]): string {
  const sensitive = new Set(rules.filter((r) => r.meta.sensitive).map((r) => r.meta.id));
  const spans = findings.filter((f) => sensitive.has(f.ruleId));
  if (spans.length === 0) return text;
  const parts = text.split(/(\r\n|\n|\r)/); // line k (1-based) is parts[2 * (k - 1)]
  for (const f of spans) {
    for (let line = f.line; line <= Math.max(f.line, f.endLine ?? f.line) && 2 * (line - 1) < parts.length; line++) {
      const raw = parts[2 * (line - 1)];
      // Keep the key (`topic:`) when the finding starts at one; never any of the value.
      const key = line === f.line ? /^[\w-]+:/.exec(raw.slice(Math.max(0, f.column - 1))) : null;
      const keep = key ? raw.slice(0, Math.max(0, f.column - 1)) + key[0] : (/^\s*(?:- )?/.exec(raw)?.[0] ?? '');
      parts[2 * (line - 1)] = `${keep} ‹redacted: probable patient information›`;
    }
  }
  return parts.join('');
}

/** Rule ids a suppression comment may name: the rules, and unknown keys of the format. */
function suppressibleIds(rules: Rule[]): Set<string> {
  return new Set(['schema/unknown-key', ...rules.map((r) => r.meta.id)]);
}
function knownIds(rules: Rule[]): Set<string> {
  return new Set([...SCHEMA_RULES, ...SUPPRESSION_RULES, ...rules.map((r) => r.meta)].map((m) => m.id));
}

/** A rule as one configuration runs it: its setting and its options, looked up once. */
interface PreparedRule {
  rule: Rule;
  setting: RuleSetting | undefined;
  options: Readonly<Record<string, any>>;
}

/**
 * Each rule's setting and options, made once per configuration's rule settings and rule list
 * (every file under a configuration shares its `rules` object), not once per file: looking up 71
 * settings and building options for every file was a measurable part of linting. A rule's
 * default options are shared by every configuration that does not set them. (A configuration is
 * read-only once it has linted a file.)
 */
const defaultOptions = new WeakMap<Rule, Readonly<Record<string, any>>>();
const preparedRules = new WeakMap<object, WeakMap<Rule[], PreparedRule[]>>();

function prepareRules(config: ResolvedConfig, rules: Rule[]): PreparedRule[] {
  let byList = preparedRules.get(config.rules);
  if (!byList) preparedRules.set(config.rules, (byList = new WeakMap()));
  let out = byList.get(rules);
  if (out) return out;
  const make = (rule: Rule, configured: Record<string, unknown> | undefined) => {
    const o: Record<string, any> = Object.create(null);
    for (const [k, d] of Object.entries(rule.meta.options ?? {})) o[k] = d.default;
    for (const [k, v] of Object.entries(configured ?? {})) o[k] = v;
    return Object.freeze(o);
  };
  out = rules.map((rule) => {
    const setting: RuleSetting | undefined = config.rules[rule.meta.id];
    let options = setting?.options ? make(rule, setting.options) : defaultOptions.get(rule);
    if (!options) defaultOptions.set(rule, (options = make(rule, undefined)));
    return { rule, setting, options };
  });
  byList.set(rules, out);
  return out;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function limitFindings(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  // Keep every error even past the limit is not possible without unbounded output; say so instead.
  kept.push({
    ruleId: 'yaml/limit',
    category: FORMAT_CATEGORY,
    severity: findings.slice(max).some((f) => f.severity === 'error' || f.severity === 'critical') ? 'error' : 'warning',
    message: `${findings.length - max} more finding${findings.length - max === 1 ? '' : 's'} not shown (above the maximum of ${max} finding${max === 1 ? '' : 's'} per file)`,
    hint: `Fix the findings shown first, or ${howToRaise('maxFindings')}.`,
    pointer: '',
    line: 1,
    column: 1,
    docs: docsLink('yaml/limit'),
    cost: 0,
  });
  return kept;
}

/** Metadata of every rule (schema pseudo-rules first), each with its doc path, for the report. */
export function ruleCatalog(rules: Rule[] = RULES): (CheckMeta & { docs: string })[] {
  return [...SCHEMA_RULES, ...SUPPRESSION_RULES, ...rules.map((r) => r.meta)].map((m) => ({ ...m, docs: docsPath(m.id) }));
}

/** A file passes when it has no failing finding and reaches the minimum score. */
export function passes(findings: Finding[], overall: number | null, config: ResolvedConfig): boolean {
  return gateFailures(findings, overall, config).length === 0;
}

/**
 * Why a file fails the CI gate, one short reason each ("2 critical findings", "1 error",
 * "score 55 is below the minimum of 60"); empty when it passes. Reports print these beside the
 * score ("fails the gate: 1 error"): the score says how good the plan is, the gate what CI does.
 */
export function gateFailures(findings: Finding[], overall: number | null, config: ResolvedConfig): string[] {
  if (overall === null) return ['the file could not be read as a plan'];
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const out: string[] = [];
  const critical = count('critical');
  const errors = count('error');
  if (critical) out.push(plural(critical, 'critical finding'));
  if (errors) out.push(plural(errors, 'error'));
  if (config.failOn === 'warning' && count('warning')) out.push(`${plural(count('warning'), 'warning')} (--fail-on warning)`);
  if (config.minScore !== undefined && overall < config.minScore) out.push(`score ${overall} is below the minimum of ${config.minScore}`);
  return out;
}
