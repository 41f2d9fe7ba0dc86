// The compiled plan schema, and the translation of its errors into human findings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { pointer, parsePointer } from '../load/pointer.js';
import { closest, distance, quote } from '../util/text.js';
import { canonicalPlatform } from '../knowledge/platforms.js';
import { precompiled } from './precompiled.js';
import { suggestValue, unwrapCurly, type ValueSuggestion } from './suggest.js';
import { FORMAT_CATEGORY, type FormatCheckMeta, type Severity } from '../types.js';

// ajv and ajv-formats are CommonJS: under NodeNext their constructors sit on `.default`.
const Ajv2020 = ((AjvModule as any).default ?? AjvModule) as typeof AjvModule.default;
const addFormats = ((formatsModule as any).default ?? formatsModule) as typeof formatsModule.default;

export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/strategy.schema.json', import.meta.url));

let schemaCache: any;
/** The plan's JSON Schema (2020-12), as shipped in `schemas/strategy.schema.json`. */
export function planSchema(): any {
  return (schemaCache ??= precompiled?.schema ?? JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
}

/**
 * The Ajv instance the plan schema is compiled with. scripts/build.mjs uses it too (with
 * `code.source`) to compile the schema to standalone code at build time, so both agree.
 */
export function createAjv(extra: Record<string, unknown> = {}): InstanceType<typeof Ajv2020> {
  // Never enable $data: a plan must not be able to steer its own validation.
  const ajv = new Ajv2020({ allErrors: true, strict: true, $data: false, allowUnionTypes: true, ...extra });
  ajv.addVocabulary(['markdownDescription', 'defaultSnippets', 'deprecationMessage']);
  addFormats(ajv, ['date']);
  return ajv;
}

let validator: ValidateFunction | undefined;
function compiled(): ValidateFunction {
  if (validator) return validator;
  const v = precompiled?.validate ?? createAjv().compile(planSchema());
  validator = v;
  return v;
}

/** Metadata of the schema's pseudo-rules, so docs, SARIF and `explain` treat them like rules. */
export const SCHEMA_RULES: FormatCheckMeta[] = [
  {
    id: 'yaml/syntax',
    category: FORMAT_CATEGORY,
    severity: 'error',
    description: 'The file must be one well-formed YAML document.',
    rationale:
      'A plan that cannot be parsed cannot be checked or scored; its score is null and it fails. Each cause is one finding that ' +
      'says it in words (a line indented more or less than its siblings, a tab, a non-breaking space or an en dash pasted from Word, ' +
      'curly quotes around a value with a colon, no space after a colon); the parser errors that follow from it are counted in its ' +
      'hint, not listed.',
    source: 'YAML 1.2.2, chapter 6: indentation spaces (only spaces indent; tabs and other spaces do not)',
    fix: 'Fix the cause the finding names; `strategy-lint --fix` repairs what Word and web pages put in (non-breaking spaces, dashes as list markers, curly quotes).',
  },
  {
    id: 'yaml/curly-quotes',
    category: FORMAT_CATEGORY,
    severity: 'warning',
    description: 'Values are not wrapped in curly quotes (“ ” „ ‘ ’), which YAML keeps as part of the text.',
    rationale:
      'Word processors and chat tools turn straight quotes into curly ones as you type. YAML reads only straight quotes as quotes, ' +
      'so `type: “clinic”` is the text “clinic” with its quotes, not `clinic`: a rule looking for the value does not find it.',
    source: 'YAML 1.2.2, section 7.3: flow scalar styles (only " and \' quote a scalar)',
    fix: 'Use straight quotes ("…") or none; `strategy-lint --fix` replaces them.',
  },
  {
    id: 'yaml/todo',
    category: FORMAT_CATEGORY,
    severity: 'info',
    description: 'Leftover `# TODO`, `# FIXME` and `# TBD` comments are reported: each marks a decision still to make.',
    rationale:
      '`strategy-lint init` marks with TODO the fields only a person can fill in (targets, owners, consent); a plan that still ' +
      'carries them is not finished, even when it parses and scores. The note is never scored.',
    source: 'Strategy format, version 1: starter plans written by `strategy-lint init`',
    fix: 'Make the decision, write it in the plan and delete the comment.',
  },
  {
    id: 'yaml/limit',
    category: FORMAT_CATEGORY,
    severity: 'error',
    description: 'The file must stay inside the safety limits (size, nesting, aliases, findings).',
    rationale: 'Limits keep the linter fast and safe on hostile or accidental input in CI and hooks.',
    source: 'SECURITY.md',
    fix: 'Shrink the file, or raise the named limit in the configuration.',
  },
  {
    id: 'schema/unknown-key',
    category: FORMAT_CATEGORY,
    severity: 'error',
    description: 'Every key must be one of the format; unknown top-level keys are errors, unknown keys inside a section warnings.',
    rationale: 'A typo such as `goal:` for `goals:` would silently drop a whole section from the review.',
    source: 'Strategy format, version 1: unknown keys',
    fix: 'Rename the key to the one the format defines (see the "did you mean" hint).',
  },
  {
    id: 'schema/invalid',
    category: FORMAT_CATEGORY,
    severity: 'error',
    description: 'Values must have the type, format and allowed values the format defines.',
    rationale: 'Rules can only judge values they understand; a wrong type hides the section from them.',
    source: 'Strategy format, version 1',
    fix: 'Write the value in the form the format defines (see the message).',
  },
];

export interface SchemaFinding {
  ruleId: 'schema/unknown-key' | 'schema/invalid';
  category: typeof FORMAT_CATEGORY;
  severity: Severity;
  message: string;
  hint?: string;
  suggestion?: string;
  pointer: string;
  /** `--fix` may correct it (a certain rename or value): the engine then checks with the fixes. */
  fixCandidate?: boolean;
}

export interface SchemaResult {
  findings: SchemaFinding[];
  /** Pointers of values that failed validation: removed from the data the rules see. */
  invalid: string[];
}

/** Validates plan data; returns human findings and the pointers of invalid values. */
export function validatePlan(data: unknown): SchemaResult {
  if (data === null || data === undefined) {
    return {
      findings: [
        {
          ruleId: 'schema/invalid',
          category: FORMAT_CATEGORY,
          severity: 'error',
          message: 'the file holds no plan (it is empty or only comments)',
          hint: 'Start with `version: 1` and an `organization:` section, or run `strategy-lint init`.',
          pointer: '',
        },
      ],
      invalid: [''],
    };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      findings: [
        {
          ruleId: 'schema/invalid',
          category: FORMAT_CATEGORY,
          severity: 'error',
          message: `a plan is a YAML mapping of sections, but this file holds ${Array.isArray(data) ? 'a list' : 'a single ' + typeof data}`,
          hint: 'Start with `version: 1` and an `organization:` section at the top level.',
          pointer: '',
        },
      ],
      invalid: [''],
    };
  }
  const validate = compiled();
  if (validate(data)) return { findings: [], invalid: [] };
  const findings: SchemaFinding[] = [];
  const invalid = new Set<string>();
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const f = translate(e, data);
    if (!f) continue;
    const key = f.pointer + '\u0000' + f.message;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
    if (f.ruleId === 'schema/invalid' && e.keyword !== 'required') invalid.add(f.pointer);
  }
  return { findings, invalid: [...invalid] };
}

/**
 * The key an unknown key is certainly meant to be (`buget` -> `budget`): the "did you mean" of
 * `closest`, when no other known key is as close and the mapping does not already hold it. The
 * schema's finding and `--fix` (src/engine/fix.ts) both use it, so a finding is marked fixable
 * exactly when the fix renames the key.
 */
export function renameTarget(key: string, known: string[], present: Iterable<string> = []): string | undefined {
  const best = closest(key, known);
  if (best === undefined || (present instanceof Set ? present.has(best) : [...present].includes(best))) return undefined;
  const norm = (x: string) => x.toLowerCase().replace(/[\s_-]+/g, '');
  const d = (x: string) => distance(norm(key), norm(x));
  const min = d(best);
  return known.filter((k) => k !== key && d(k) === min).length === 1 ? best : undefined;
}

function fieldName(ptr: string): string {
  const tokens = parsePointer(ptr);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 'the plan';
  return /^\d+$/.test(last) ? `item ${Number(last) + 1} of \`${tokens[tokens.length - 2] ?? ''}\`` : '`' + last + '`';
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'text';
  return 'a ' + typeof v;
}

function valueAt(data: unknown, ptr: string): unknown {
  let cur: any = data;
  for (const t of parsePointer(ptr)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, t) ? cur[t] : undefined;
  }
  return cur;
}

function schemaAt(schemaPath: string): any {
  // schemaPath is like "#/properties/goals/items/properties/target/type"; return the parent schema.
  let cur: any = planSchema();
  const tokens = parsePointer(schemaPath.replace(/^#/, ''));
  for (const t of tokens.slice(0, -1)) cur = cur?.[t];
  return cur;
}

/**
 * The finding with the corrected value proposed (suggest.ts): "; write `18000`", the note, and
 * whether `--fix` writes it.
 */
function withSuggestion(f: SchemaFinding, s: ValueSuggestion | undefined, at: string): SchemaFinding {
  if (!s) return f;
  const key = parsePointer(at).pop() ?? '';
  const written = /^\d+$/.test(key) ? s.yaml : `${key}: ${s.yaml}`;
  return {
    ...f,
    message: `${f.message}; write \`${written}\``,
    hint: s.safe ? '`strategy-lint --fix` makes this change for you.' : s.note ? s.note[0].toUpperCase() + s.note.slice(1) + '.' : f.hint,
    suggestion: s.yaml,
    ...(s.safe ? { fixCandidate: true } : {}),
  };
}

/** The keys of a mapping as a set, made once per mapping (a mapping of n unknown keys gives n errors). */
const keySets = new WeakMap<object, Set<string>>();
function keysOf(value: unknown): Set<string> {
  if (value === null || typeof value !== 'object') return new Set();
  let keys = keySets.get(value);
  if (!keys) keySets.set(value, (keys = new Set(Object.keys(value))));
  return keys;
}

function translate(e: ErrorObject, data: unknown): SchemaFinding | undefined {
  const at = e.instancePath;
  const category = FORMAT_CATEGORY;
  const base = { category, pointer: at } as const;
  const value = valueAt(data, at);
  const name = fieldName(at);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as any).additionalProperty);
      const parent = schemaAt(e.schemaPath);
      const known = Object.keys(parent?.properties ?? {});
      const present = keysOf(valueAt(data, at));
      const suggestion = closest(key, known);
      const certain = renameTarget(key, known, present);
      const top = at === '';
      return {
        ruleId: 'schema/unknown-key',
        category,
        severity: top ? 'error' : 'warning',
        pointer: at + pointer(key),
        message: top
          ? `unknown section ${quote(key)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (its content is not checked)`
          : `unknown key ${quote(key)} in ${at ? fieldName(at) : 'the plan'}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        ...(certain ? { fixCandidate: true } : {}),
        hint: certain
          ? `Rename it to \`${certain}\`; \`strategy-lint --fix\` does it for you.`
          : suggestion
            ? `Rename it to \`${suggestion}\`${present.has(suggestion) ? ` (the mapping already has a \`${suggestion}\`: merge the two)` : ''}.`
            : `Known keys here: ${known.join(', ')}.`,
        suggestion,
      };
    }
    case 'required': {
      const missing = String((e.params as any).missingProperty);
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${at ? name : 'the plan'} needs \`${missing}\``,
        hint: missing === 'version' ? 'Add `version: 1` at the top of the file.' : `Add \`${missing}:\`.`,
      };
    }
    case 'type': {
      const want = String((e.params as any).type)
        .split(',')
        .map((t) =>
          t === 'integer'
            ? 'a whole number'
            : t === 'array'
              ? 'a list'
              : t === 'object'
                ? 'a mapping'
                : t === 'string'
                  ? 'text'
                  : t === 'null'
                    ? 'null'
                    : 'a ' + t,
        );
      const s = suggestValue(value, schemaAt(e.schemaPath), parsePointer(at), data);
      const shown = s && value !== null && typeof value !== 'object' ? ` ${quote(value)}` : '';
      return withSuggestion(
        { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} should be ${want.join(' or ')}, but is ${typeName(value)}${shown}` },
        s,
        at,
      );
    }
    case 'enum': {
      const allowed = ((e.params as any).allowedValues as unknown[]).map(String);
      const plain = typeof value === 'string' ? (unwrapCurly(value) ?? value) : undefined;
      if (plain !== undefined && plain !== value && allowed.includes(plain)) {
        // `type: “clinic”`: the right value, in curly quotes that YAML keeps as part of the text.
        const key = parsePointer(at).pop() ?? '';
        return {
          ...base,
          ruleId: 'schema/invalid',
          severity: 'error',
          message: `${name} is ${quote(value)}: the curly quotes (${String(value)[0]} ${String(value).slice(-1)}) are part of the text in YAML, so it is not \`${plain}\`; write \`${/^\d+$/.test(key) ? plain : `${key}: ${plain}`}\``,
          hint: '`strategy-lint --fix` makes this change for you (word processors turn " into “ ” as you type).',
          suggestion: plain,
          fixCandidate: true,
        };
      }
      const suggestion = plain !== undefined ? (allowed.includes(plain) ? plain : (canonicalPlatform(plain, allowed) ?? closest(plain, allowed))) : undefined;
      // What fix.ts rewrites: a platform alias, or the one allowed value written in another case or with other separators.
      const idKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
      const certain = plain !== undefined && (canonicalPlatform(plain, allowed) !== undefined || allowed.filter((v) => idKey(v) === idKey(plain)).length === 1);
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${name} is ${quote(value)}, which is not one of the allowed values${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        hint: `Allowed: ${allowed.join(', ')}.`,
        suggestion,
        ...(certain ? { fixCandidate: true } : {}),
      };
    }
    case 'const':
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${name} must be ${JSON.stringify((e.params as any).allowedValue)}, but is ${quote(value)}`,
      };
    case 'format': {
      // Written as an ISO date but not a day of the calendar (2027-02-30), or written another way.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return {
          ...base,
          ruleId: 'schema/invalid',
          severity: 'error',
          message: `${name} is ${quote(value)}, which is not a day of the calendar`,
          hint: 'Check the month and the day.',
        };
      }
      const s = suggestValue(value, schemaAt(e.schemaPath), parsePointer(at), data);
      return withSuggestion(
        {
          ...base,
          ruleId: 'schema/invalid',
          severity: 'error',
          message: `${name} should be a date written YYYY-MM-DD, but is ${quote(value)}`,
          hint: 'Write dates as ISO dates, e.g. 2027-06-30.',
        },
        s,
        at,
      );
    }
    case 'pattern': {
      const field = [...parsePointer(at)].reverse().find((t) => !/^\d+$/.test(t)) ?? '';
      const examples: Record<string, string> = {
        active_hours: 'a time range such as "19:00-22:00"',
        currency: 'an ISO 4217 code such as USD, EUR or SEK',
        jurisdictions: 'an ISO 3166 code such as US, SE, FR, RO, US-WA or EU',
      };
      const s = suggestValue(value, schemaAt(e.schemaPath), parsePointer(at), data);
      const expected = examples[field] ?? 'the form the format defines (see `strategy-lint schema`)';
      const curly = typeof value === 'string' && unwrapCurly(value) !== undefined;
      return withSuggestion(
        {
          ...base,
          ruleId: 'schema/invalid',
          severity: 'error',
          message: curly
            ? `${name} is ${quote(value)}: the curly quotes (${String(value)[0]} ${String(value).slice(-1)}) are part of the text in YAML, so it is not ${expected}`
            : `${name} is ${quote(value)}; expected ${expected}`,
        },
        s,
        at,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${name} is ${quote(value)}; it must be ${e.keyword.includes('inimum') ? 'at least' : 'at most'} ${(e.params as any).limit}`,
      };
    case 'minItems':
    case 'maxItems':
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${name} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${(e.params as any).limit} items`,
      };
    case 'minLength':
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} must not be empty` };
    default:
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} is not valid here (${e.keyword})` };
  }
}
