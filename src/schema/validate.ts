// The compiled plan schema, and the translation of its errors into human findings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { pointer, parsePointer } from '../load/pointer.js';
import { closest, quote } from '../util/text.js';
import { canonicalPlatform } from '../knowledge/platforms.js';
import { precompiled } from './precompiled.js';
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
    rationale: 'A plan that cannot be parsed cannot be checked or scored; its score is null and it fails.',
    source: 'Strategy format, version 1',
    fix: 'Fix the YAML at the position shown (indentation with spaces, matching quotes and brackets, no duplicate keys).',
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
    cur = Object.prototype.hasOwnProperty.call(cur, t) ? cur[t] : undefined;
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
      const suggestion = closest(key, known);
      const top = at === '';
      return {
        ruleId: 'schema/unknown-key',
        category,
        severity: top ? 'error' : 'warning',
        pointer: at + pointer(key),
        message: top
          ? `unknown section ${quote(key)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''} (its content is not checked)`
          : `unknown key ${quote(key)} in ${at ? fieldName(at) : 'the plan'}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        hint: suggestion ? `Rename it to \`${suggestion}\`.` : `Known keys here: ${known.join(', ')}.`,
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
      const want = String((e.params as any).type).split(',').map((t) => (t === 'integer' ? 'a whole number' : t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : t === 'string' ? 'text' : t === 'null' ? 'null' : 'a ' + t));
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} should be ${want.join(' or ')}, but is ${typeName(value)}` };
    }
    case 'enum': {
      const allowed = ((e.params as any).allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? (canonicalPlatform(value, allowed) ?? closest(value, allowed)) : undefined;
      return {
        ...base,
        ruleId: 'schema/invalid',
        severity: 'error',
        message: `${name} is ${quote(value)}, which is not one of the allowed values${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        hint: `Allowed: ${allowed.join(', ')}.`,
        suggestion,
      };
    }
    case 'const':
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} must be ${JSON.stringify((e.params as any).allowedValue)}, but is ${quote(value)}` };
    case 'format':
      // Written as an ISO date but not a day of the calendar (2027-02-30), or written another way.
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} is ${quote(value)}, which is not a day of the calendar`, hint: 'Check the month and the day.' }
        : { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} should be a date written YYYY-MM-DD, but is ${quote(value)}`, hint: 'Write dates as ISO dates, e.g. 2027-06-30.' };
    case 'pattern': {
      const field = parsePointer(at).find((t) => !/^\d+$/.test(t) && t !== 'organization') ?? '';
      const examples: Record<string, string> = {
        active_hours: 'a time range such as "19:00-22:00"',
        currency: 'an ISO 4217 code such as USD, EUR or SEK',
        jurisdictions: 'an ISO 3166 code such as US, SE, FR, RO, US-WA or EU',
      };
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} is ${quote(value)}; expected ${examples[field] ?? 'another form'}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} is ${quote(value)}; it must be ${e.keyword.includes('inimum') ? 'at least' : 'at most'} ${(e.params as any).limit}` };
    case 'minItems':
    case 'maxItems':
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${(e.params as any).limit} items` };
    case 'minLength':
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} must not be empty` };
    default:
      return { ...base, ruleId: 'schema/invalid', severity: 'error', message: `${name} is not valid here (${e.keyword})` };
  }
}
