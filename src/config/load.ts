// Configuration files: discovery (nearest wins, stopping at the repository root), parsing as
// plain data with positions, validation against schemas/config.schema.json and the rules'
// metadata, presets, overrides, and the per-file ResolvedConfig the engine runs with.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// Synchronous file access on purpose: discovery makes a few stats per directory, and for a one-file
// run (a pre-commit hook) thread-pool round trips cost more than the calls themselves.
import { readFileSync, statSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ignoreModule from 'ignore';
import picomatch from 'picomatch';
import { LineCounter } from 'yaml';
import { checkAliasExpansion, parseYamlDocument } from '../load/yaml-document.js';
import { buildPositionIndex, parsePointer, pointer, type PositionIndex } from '../load/pointer.js';
import { DEFAULT_LIMITS, type Limits } from '../load/load.js';
import { exists, readFailureText, readRegularFile } from '../load/files.js';
import { loadKnowledge } from '../knowledge/load.js';
import { RULES, canonicalRuleId } from '../rules/index.js';
import { SCHEMA_RULES } from '../schema/validate.js';
import { SUPPRESSION_RULES } from './suppressions.js';
import { PRESETS, PRESET_NAMES, emptyLayer, mergeLayer, type ConfigLayer } from './presets.js';
import { defaultConfig, type ResolvedConfig, type RuleSetting } from './config.js';
import { closest, quote } from '../util/text.js';
import { FORMAT_CATEGORY, type CategoryId, type CheckMeta, type Knowledge, type Severity } from '../types.js';

const Ajv2020 = ((AjvModule as any).default ?? AjvModule) as typeof AjvModule.default;
const ignore = ((ignoreModule as any).default ?? ignoreModule) as typeof ignoreModule;
type Ignore = ReturnType<typeof ignore>;

export const CONFIG_SCHEMA_PATH = fileURLToPath(new URL('../../schemas/config.schema.json', import.meta.url));
/** Looked for in this order in each directory, from the linted file's directory upward. */
export const CONFIG_FILE_NAMES = ['.strategy-lint.yaml', '.strategy-lint.yml', '.strategy-lint.json', 'package.json'];
const PACKAGE_KEY = 'strategy-lint';
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigProblem {
  /** The configuration file, as given or found. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown for a configuration that cannot be used (exit code 2). */
export interface ConfigError extends Error {
  problems: ConfigProblem[];
}

export function isConfigError(e: unknown): e is ConfigError {
  return e instanceof Error && Array.isArray((e as ConfigError).problems);
}

function configError(problems: ConfigProblem[]): ConfigError {
  const first = problems[0];
  return Object.assign(new Error(`${first.file}:${first.line}:${first.column}: ${first.message}`), { problems });
}

export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string;
  /** Globs (`files`, `ignore`, `overrides[].files`) are relative to this directory. */
  base: string;
  layer: ConfigLayer;
  overrides: { match(rel: string): boolean; layer: ConfigLayer }[];
  files: string[];
  ignore?: Ignore;
  limits: Limits;
  knowledge?: Knowledge;
  inlineConfig?: boolean;
  maxWarnings?: number;
}

// ---------------------------------------------------------------------------- discovery

/** Nearest configuration file for a directory: stops at the directory holding `.git` or the filesystem root. */
export async function findConfigFile(dir: string, cache = new Map<string, Promise<string | undefined>>()): Promise<string | undefined> {
  const key = path.resolve(dir);
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      for (const name of CONFIG_FILE_NAMES) {
        const file = path.join(key, name);
        if (!isFile(file)) continue;
        if (name !== 'package.json' || packageHasKey(file)) return file;
      }
      const parent = path.dirname(key);
      if (parent === key || exists(path.join(key, '.git'))) return undefined;
      return findConfigFile(parent, cache);
    })();
    cache.set(key, hit);
  }
  return hit;
}

function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
function packageHasKey(file: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    return data !== null && typeof data === 'object' && Object.hasOwn(data, PACKAGE_KEY);
  } catch {
    return false; // a broken package.json is npm's business, not a configuration
  }
}

// ---------------------------------------------------------------------------- parsing

interface Parsed {
  data: unknown;
  index: PositionIndex;
  /** Pointer prefix of the configuration inside the document (package.json: `/strategy-lint`). */
  root: string;
}

function parseText(text: string, file: string, shown: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    logLevel: 'error',
  });
  const problems: ConfigProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p = lineCounter.linePos(e.pos[0]);
    const tag = e.code === 'TAG_RESOLVE_FAILED' || /tag/i.test(e.message);
    const msg = tag
      ? 'custom YAML tags are not allowed in a configuration (it is plain data)'
      : e.message.split('\n')[0].replace(/ at line \d+, column \d+:?.*$/, '');
    problems.push({ file: shown, line: p.line, column: p.col, message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : msg}` });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      checkAliasExpansion(doc, 100);
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      problems.push({ file: shown, line: 1, column: 1, message: 'too many YAML aliases' });
    }
  }
  if (problems.length > 0) throw configError(problems);
  const index = buildPositionIndex(doc, lineCounter);
  if (path.basename(file) === 'package.json') {
    const pkg = data as Record<string, unknown> | null;
    return { data: pkg && typeof pkg === 'object' ? pkg[PACKAGE_KEY] : undefined, index, root: pointer(PACKAGE_KEY) };
  }
  return { data, index, root: '' };
}

// ---------------------------------------------------------------------------- validation

let validator: ValidateFunction | undefined;
let schemaCache: any;
export function configSchema(): any {
  return (schemaCache ??= JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')));
}
function compiled(): ValidateFunction {
  if (validator) return validator;
  // A rule setting is [severity] or [severity, options]: a tuple of one or two items.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, $data: false, allowUnionTypes: true });
  return (validator = ajv.compile(configSchema()));
}

const SEVERITIES = ['critical', 'error', 'warning', 'info', 'off'];
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Rule ids a configuration may set: the rules and the suppression pseudo-rules. */
function configurable(): Map<string, CheckMeta> {
  return new Map([...RULES.map((r) => r.meta), ...SUPPRESSION_RULES].map((m) => [m.id, m]));
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${quote(v)}`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

function translate(e: ErrorObject): { at: string; message: string } | undefined {
  const at = e.instancePath;
  const tokens = parsePointer(at);
  const name = tokens.length
    ? `\`${tokens
        .map((t) => (/^\d+$/.test(t) ? `[${t}]` : t))
        .join('.')
        .replace(/\.\[/g, '[')}\``
    : 'the configuration';
  // Rule settings and `extends` are checked with better messages below.
  if (/^(\/overrides\/\d+)?\/rules\/./.test(at) || /^\/extends(\/|$)/.test(at)) return undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as any).additionalProperty);
      let schema: any = configSchema();
      for (const t of parsePointer(e.schemaPath.replace(/^#/, '')).slice(0, -1)) schema = schema?.[t];
      if (schema?.$ref) schema = configSchema().$defs[schema.$ref.split('/').pop()];
      const known = Object.keys(schema?.properties ?? {});
      const s = closest(key, known);
      return { at: at + pointer(key), message: `unknown key ${quote(key)} in ${name}${s ? `; did you mean \`${s}\`?` : ''} (known: ${known.join(', ')})` };
    }
    case 'type':
      return {
        at,
        message: `${name} should be ${String((e.params as any).type)
          .replace('integer', 'a whole number')
          .replace('number', 'a number')
          .replace('string', 'text')
          .replace('array', 'a list')
          .replace('object', 'a mapping')
          .replace('boolean', 'true or false')}`,
      };
    case 'enum':
      return { at, message: `${name} must be one of ${((e.params as any).allowedValues as unknown[]).join(', ')}` };
    case 'required':
      return { at, message: `${name} needs \`${(e.params as any).missingProperty}\`` };
    case 'minimum':
    case 'maximum':
      return { at, message: `${name} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${(e.params as any).limit}` };
    case 'minItems':
      return { at, message: `${name} must not be empty` };
    case 'minLength':
      return { at, message: `${name} must not be empty text` };
    default:
      return { at, message: `${name} is not valid (${e.message ?? e.keyword})` };
  }
}

function checkRules(rules: unknown, at: string, problem: (at: string, msg: string) => void): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = Object.create(null);
  if (!isObject(rules)) return out;
  const known = configurable();
  const pseudo = new Set(SCHEMA_RULES.map((m) => m.id));
  for (const key of Object.keys(rules)) {
    const here = at + pointer(key);
    // An old rule id (RULE_ALIASES) configures the rule that replaced it.
    const id = canonicalRuleId(key);
    const meta = known.get(id);
    if (!meta) {
      if (pseudo.has(id)) problem(here, `rule ${quote(id)} cannot be configured: the format's own checks always run`);
      else {
        const s = closest(id, known.keys());
        problem(here, `unknown rule ${quote(id)}${s ? `; did you mean \`${s}\`?` : ''} (see \`strategy-lint rules\`)`);
      }
      continue;
    }
    const value = rules[key];
    const list = Array.isArray(value) ? value : [value];
    const [severity, options] = list;
    const shape = `write a severity (${SEVERITIES.join(', ')}) or [severity, {option: value}]`;
    if (list.length < 1 || list.length > 2) {
      problem(here, `the setting of ${id} has ${list.length} items; ${shape}`);
      continue;
    }
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      const s = typeof severity === 'string' ? closest(severity, SEVERITIES) : severity === false ? 'off' : undefined;
      problem(Array.isArray(value) ? here + '/0' : here, `the severity of ${id} is ${describeValue(severity)}${s ? `; did you mean \`${s}\`?` : ''}; ${shape}`);
      continue;
    }
    if (severity === 'critical' && meta.category === FORMAT_CATEGORY) {
      // A check of the format is not scored, so it cannot cap a score: `critical` would print
      // beside a passing number. `error` fails the file.
      problem(
        Array.isArray(value) ? here + '/0' : here,
        `${id} is a check of the file format, which is not scored; it cannot be critical (use error to fail the file)`,
      );
      continue;
    }
    const setting: RuleSetting = Object.create(null);
    setting.severity = severity as Severity | 'off';
    if (list.length === 2) {
      const oat = here + '/1';
      if (!isObject(options)) {
        problem(oat, `the options of ${id} should be a mapping of option names to values, but are ${describeValue(options)}`);
        continue;
      }
      const declared = meta.options ?? {};
      const names = Object.keys(declared);
      const opts: Record<string, unknown> = Object.create(null);
      let ok = true;
      for (const name of Object.keys(options)) {
        const spec = Object.hasOwn(declared, name) ? declared[name] : undefined;
        if (!spec) {
          const s = closest(name, names);
          problem(
            oat + pointer(name),
            names.length
              ? `unknown option ${quote(name)} for ${id}${s ? `; did you mean \`${s}\`?` : ''} (options: ${names.join(', ')})`
              : `${id} has no options, but ${quote(name)} is given`,
          );
          ok = false;
          continue;
        }
        const v = options[name];
        const fits =
          spec.type === 'string[]'
            ? Array.isArray(v) && v.every((x) => typeof x === 'string')
            : spec.type === 'number'
              ? typeof v === 'number' && Number.isFinite(v)
              : typeof v === spec.type;
        if (!fits) {
          const want = { number: 'a number', string: 'text', boolean: 'true or false', 'string[]': 'a list of text' }[spec.type];
          problem(oat + pointer(name), `option ${name} of ${id} should be ${want}, but is ${describeValue(v)}`);
          ok = false;
          continue;
        }
        opts[name] = Array.isArray(v) ? [...v] : v;
      }
      if (!ok) continue;
      setting.options = opts;
    }
    out[id] = setting;
  }
  return out;
}

function toLayer(raw: Record<string, unknown>, at: string, problem: (at: string, msg: string) => void): ConfigLayer {
  const layer = emptyLayer();
  layer.rules = checkRules(raw.rules, at + '/rules', problem);
  if (isObject(raw.weights)) for (const [k, v] of Object.entries(raw.weights)) if (typeof v === 'number') layer.weights[k as CategoryId] = v;
  if (typeof raw.min_score === 'number') layer.minScore = raw.min_score;
  if (raw.fail_on === 'error' || raw.fail_on === 'warning') layer.failOn = raw.fail_on;
  if (typeof raw.max_severity === 'string') layer.maxSeverity = raw.max_severity as Severity;
  return layer;
}

function globMatcher(patterns: string[]): (rel: string) => boolean {
  const tests = patterns.map((p) => picomatch(p.replace(/^\.\//, ''), { dot: true, basename: !p.replace(/\/$/, '').includes('/') }));
  return (rel) => tests.some((t) => t(rel));
}

/**
 * Reads and validates one configuration file. `shown` is how messages name it; `base` the
 * directory its globs are relative to (its own directory, or the working directory for --config).
 */
export async function loadConfig(file: string, shown: string, base = path.dirname(file)): Promise<LoadedConfig> {
  const fail = (message: string, line = 1, column = 1): never => {
    throw configError([{ file: shown, line, column, message }]);
  };
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if ('failure' in read) {
    const f = read.failure;
    return fail(f.kind === 'io' && f.code === 'ENOENT' ? 'no such configuration file' : readFailureText(f, 'configuration file', MAX_CONFIG_BYTES));
  }
  let text = read.buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseText(text, file, shown);
  const problems: ConfigProblem[] = [];
  const problem = (at: string, message: string) => {
    const p = parsed.index.locate(parsed.root + at);
    problems.push({ file: shown, line: p.line, column: p.column, message });
  };
  const raw = parsed.data ?? {};
  if (!isObject(raw)) {
    problem('', `a configuration is a mapping of settings, but this is ${describeValue(raw)}`);
    throw configError(problems);
  }
  const validate = compiled();
  if (!validate(raw)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const t = translate(e);
      if (!t || seen.has(t.at + t.message)) continue;
      seen.add(t.at + t.message);
      problem(t.at, t.message);
    }
  }
  // Presets first, then the file's own settings.
  const layer = emptyLayer();
  const ext = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  ext.forEach((name, i) => {
    const at = Array.isArray(raw.extends) ? `/extends/${i}` : '/extends';
    if (typeof name !== 'string') return problem(at, '`extends` names presets: a preset name or a list of them');
    const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
    if (!preset) {
      const s = closest(name, PRESET_NAMES);
      return problem(at, `unknown preset ${quote(name)}${s ? `; did you mean \`${s}\`?` : ''} (presets: ${PRESET_NAMES.join(', ')})`);
    }
    mergeLayer(layer, preset.build());
  });
  mergeLayer(layer, toLayer(raw, '', problem));
  const overrides: LoadedConfig['overrides'] = [];
  if (Array.isArray(raw.overrides)) {
    raw.overrides.forEach((o, i) => {
      if (!isObject(o) || !Array.isArray(o.files)) return;
      const patterns = o.files.filter((p): p is string => typeof p === 'string' && p !== '');
      overrides.push({ match: globMatcher(patterns), layer: toLayer(o, `/overrides/${i}`, problem) });
    });
  }
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string' && p !== '') : []);
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (isObject(raw.limits)) {
    const l = raw.limits;
    const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback);
    limits.maxFileBytes = int(l.max_file_bytes, limits.maxFileBytes);
    limits.maxAliases = int(l.max_aliases, limits.maxAliases);
    limits.maxDepth = int(l.max_depth, limits.maxDepth);
    limits.maxFindings = int(l.max_findings, limits.maxFindings);
  }
  if (problems.length > 0) throw configError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  let knowledge: Knowledge | undefined;
  if (typeof raw.knowledge === 'string') {
    const kpath = path.resolve(path.dirname(file), raw.knowledge);
    try {
      knowledge = await loadKnowledge(kpath, raw.knowledge);
    } catch (e) {
      problem('/knowledge', String((e as Error).message).split('\n')[0]);
      throw configError(problems);
    }
  }
  const ignorePatterns = strings(raw.ignore);
  return {
    path: file,
    base,
    layer,
    overrides,
    files: strings(raw.files),
    ignore: ignorePatterns.length ? ignore().add(ignorePatterns) : undefined,
    limits,
    knowledge,
    inlineConfig: typeof raw.inline_config === 'boolean' ? raw.inline_config : undefined,
    maxWarnings: typeof raw.max_warnings === 'number' ? raw.max_warnings : undefined,
  };
}

// ---------------------------------------------------------------------------- resolution

/** Path of a file relative to a base directory, `/`-separated; undefined when outside it. */
export function relativeTo(base: string, abs: string): string | undefined {
  const rel = path.relative(base, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Settings given on the command line; they win over every configuration. */
export interface CliSettings {
  minScore?: number;
  failOn?: 'error' | 'warning';
  maxWarnings?: number;
  inlineConfig?: boolean;
  knowledge?: Knowledge;
}

/** The configuration one file is linted with: defaults, presets, the file's settings, matching overrides, then the command line. */
export function resolveConfig(loaded: LoadedConfig | undefined, abs: string, cli: CliSettings = {}): ResolvedConfig {
  return resolveWith(loaded, matchingOverrides(loaded, abs), cli);
}

/** Indexes of the configuration's overrides whose `files` match a file. */
function matchingOverrides(loaded: LoadedConfig | undefined, abs: string): number[] {
  const rel = loaded && relativeTo(loaded.base, abs);
  if (!loaded || rel === undefined) return [];
  const out: number[] = [];
  loaded.overrides.forEach((o, i) => o.match(rel) && out.push(i));
  return out;
}

function resolveWith(loaded: LoadedConfig | undefined, overrides: number[], cli: CliSettings): ResolvedConfig {
  const config = defaultConfig();
  const layer = emptyLayer();
  if (loaded) {
    mergeLayer(layer, loaded.layer);
    for (const i of overrides) mergeLayer(layer, loaded.overrides[i].layer);
    config.limits = { ...loaded.limits };
    if (loaded.knowledge) config.knowledge = loaded.knowledge;
    if (loaded.inlineConfig !== undefined) config.inlineConfig = loaded.inlineConfig;
    config.maxWarnings = loaded.maxWarnings;
  }
  config.rules = layer.rules;
  config.categoryWeights = layer.weights;
  config.minScore = layer.minScore;
  config.failOn = layer.failOn ?? 'error';
  config.maxSeverity = layer.maxSeverity;
  if (cli.minScore !== undefined) config.minScore = cli.minScore;
  if (cli.failOn !== undefined) config.failOn = cli.failOn;
  if (cli.maxWarnings !== undefined) config.maxWarnings = cli.maxWarnings;
  if (cli.inlineConfig === false) config.inlineConfig = false;
  if (cli.knowledge) config.knowledge = cli.knowledge;
  return config;
}

/** Whether a configuration's `ignore` excludes a file. */
export function ignoredBy(loaded: LoadedConfig | undefined, abs: string): boolean {
  if (!loaded?.ignore) return false;
  const rel = relativeTo(loaded.base, abs);
  return rel !== undefined && loaded.ignore.ignores(rel);
}

export interface ConfigResolver {
  /** The configuration for a directory (--config, or the nearest file upward), or undefined. */
  forDir(dir: string): Promise<LoadedConfig | undefined>;
  /** The configuration a file is linted with. */
  forFile(abs: string): Promise<{ config: ResolvedConfig; loaded?: LoadedConfig }>;
  /** Whether the configuration that applies to a file ignores it. */
  isIgnored(abs: string): Promise<boolean>;
}

/**
 * One run's configurations: `explicit` (--config PATH) applies to every file, with globs relative
 * to `cwd`; `disabled` (--no-config) uses the defaults; otherwise each file's nearest
 * configuration file applies. Files are loaded once.
 */
export function createConfigResolver(opts: { cwd: string; explicit?: string; disabled?: boolean; cli?: CliSettings }): ConfigResolver {
  const found = new Map<string, Promise<string | undefined>>();
  const loaded = new Map<string, Promise<LoadedConfig>>();
  const load = (file: string, shown: string, base?: string) => {
    let p = loaded.get(file);
    if (!p) loaded.set(file, (p = loadConfig(file, shown, base)));
    return p;
  };
  const forDir = async (dir: string): Promise<LoadedConfig | undefined> => {
    if (opts.disabled) return undefined;
    if (opts.explicit !== undefined) return load(path.resolve(opts.cwd, opts.explicit), opts.explicit, opts.cwd);
    const file = await findConfigFile(dir, found);
    if (!file) return undefined;
    const shown = path.relative(opts.cwd, file) || file;
    return load(file, shown.startsWith('..') ? file : shown);
  };
  // Files under the same configuration file and the same overrides share one resolved
  // configuration: the engine prepares each configuration's rules once (prepareRules in
  // engine/lint.ts), and a run over 2,000 files holds a handful of configurations, not 2,000.
  const resolved = new Map<LoadedConfig | undefined, Map<string, ResolvedConfig>>();
  return {
    forDir,
    async forFile(abs) {
      const l = await forDir(path.dirname(abs));
      const overrides = matchingOverrides(l, abs);
      let byOverrides = resolved.get(l);
      if (!byOverrides) resolved.set(l, (byOverrides = new Map()));
      const key = overrides.join(',');
      let config = byOverrides.get(key);
      if (!config) byOverrides.set(key, (config = resolveWith(l, overrides, opts.cli ?? {})));
      return { config, loaded: l };
    },
    async isIgnored(abs) {
      return ignoredBy(await forDir(path.dirname(abs)), abs);
    },
  };
}
