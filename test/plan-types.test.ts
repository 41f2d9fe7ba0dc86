// The plan is described twice: as TypeScript interfaces (`Plan` in src/types.ts, what rules read)
// and as the JSON Schema (schemas/strategy.schema.json, what files are validated against). This
// test reads the interfaces with the TypeScript compiler API and compares them with the schema,
// recursively: the same property names at every level, and for each property the same kinds of
// value (string, number, boolean, null, array, object; the item kinds of a list, the value kinds
// of a map). A property added to one and not the other fails it. (Which properties are required
// is not compared: the interfaces make everything optional on purpose, as rules must cope with
// half-written plans.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const TYPES_FILE = path.join(ROOT, 'src', 'types.ts');
const SCHEMA_FILE = path.join(ROOT, 'schemas', 'strategy.schema.json');

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'unknown';
/** What a value may be: its kinds, and for a list its items, for an object its properties and other keys' values. */
interface Shape {
  kinds: Set<Kind>;
  items?: Shape;
  props?: Map<string, Shape>;
  /** The values of keys not listed in `props` (an index signature; `additionalProperties`). */
  rest?: Shape;
}

const merge = (shapes: Shape[]): Shape => {
  const out: Shape = { kinds: new Set() };
  for (const s of shapes) {
    s.kinds.forEach((k) => out.kinds.add(k));
    if (s.items) out.items = out.items ? merge([out.items, s.items]) : s.items;
    if (s.props) out.props = new Map([...(out.props ?? []), ...s.props]);
    if (s.rest) out.rest = out.rest ? merge([out.rest, s.rest]) : s.rest;
  }
  return out;
};

/** The shape of `Plan` as src/types.ts declares it (or as `source` would, in place of that file). */
export function planShapeFromTypes(source?: string): Shape {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  if (source !== undefined) {
    const original = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === TYPES_FILE ? ts.createSourceFile(name, source, lang) : original(name, lang, ...rest));
  }
  const program = ts.createProgram([TYPES_FILE], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(TYPES_FILE)!;
  const decl = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Plan');
  if (!decl) throw new Error('src/types.ts declares no interface Plan');
  const seen = new Set<ts.Type>();
  const shape = (type: ts.Type): Shape => {
    if (type.isUnion()) return merge(type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)).map(shape));
    const f = type.flags;
    if (f & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return { kinds: new Set(['string']) };
    if (f & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return { kinds: new Set(['number']) };
    if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { kinds: new Set(['boolean']) };
    if (f & ts.TypeFlags.Null) return { kinds: new Set(['null']) };
    if (f & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return { kinds: new Set(['unknown']) };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type as ts.TypeReference);
      return { kinds: new Set(['array']), items: merge(args.map(shape)) };
    }
    if (f & ts.TypeFlags.Object) {
      if (seen.has(type)) throw new Error(`recursive type ${checker.typeToString(type)}`);
      seen.add(type);
      const props = new Map<string, Shape>();
      for (const p of checker.getPropertiesOfType(type)) props.set(p.name, shape(checker.getTypeOfSymbolAtLocation(p, decl)));
      const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
      seen.delete(type);
      return { kinds: new Set(['object']), props, ...(index ? { rest: shape(index.type) } : {}) };
    }
    throw new Error(`src/types.ts: a type this test does not know: ${checker.typeToString(type)}`);
  };
  return shape(checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(decl.name)!));
}

/** The shape of a plan as a JSON Schema describes it. */
export function planShapeFromSchema(schema: any): Shape {
  const kindsOf = (s: any): Kind[] => {
    if (s.type !== undefined) return [s.type].flat().map((t: string) => (t === 'integer' ? 'number' : (t as Kind)));
    const values = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
    if (values) return values.map((v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind)));
    return ['unknown'];
  };
  const shape = (s: any): Shape => {
    if (s === true || s === undefined) return { kinds: new Set(['unknown']) };
    if (s.$ref) throw new Error(`$ref is not followed by this test: ${s.$ref}`);
    if (s.anyOf || s.oneOf) return merge((s.anyOf ?? s.oneOf).map(shape));
    const out: Shape = { kinds: new Set(kindsOf(s)) };
    if (out.kinds.has('array')) out.items = shape(s.items);
    if (out.kinds.has('object')) {
      out.props = new Map(Object.entries(s.properties ?? {}).map(([k, v]) => [k, shape(v)]));
      if (s.additionalProperties !== false) out.rest = shape(s.additionalProperties);
    }
    return out;
  };
  return shape(schema);
}

/** Every difference between the two shapes, as `path: what` lines. */
export function differences(types: Shape, schema: Shape, at = 'Plan'): string[] {
  const out: string[] = [];
  const show = (k: Set<Kind>) => [...k].sort().join(' | ');
  if (show(types.kinds) !== show(schema.kinds)) out.push(`${at}: src/types.ts says ${show(types.kinds)}, the schema ${show(schema.kinds)}`);
  if (types.items && schema.items) out.push(...differences(types.items, schema.items, `${at}[]`));
  if (types.props && schema.props) {
    for (const k of types.props.keys()) if (!schema.props.has(k)) out.push(`${at}.${k}: in src/types.ts, not in the schema`);
    for (const k of schema.props.keys()) if (!types.props.has(k)) out.push(`${at}.${k}: in the schema, not in src/types.ts`);
    for (const [k, t] of types.props) {
      const s = schema.props.get(k);
      if (s) out.push(...differences(t, s, `${at}.${k}`));
    }
  }
  if (types.kinds.has('object') || schema.kinds.has('object')) {
    if (types.rest && !schema.rest) out.push(`${at}: src/types.ts allows other keys (an index signature), the schema does not (additionalProperties: false)`);
    else if (!types.rest && schema.rest) out.push(`${at}: the schema allows other keys, src/types.ts does not`);
    else if (types.rest && schema.rest) out.push(...differences(types.rest, schema.rest, `${at}.*`));
  }
  return out;
}

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const typesText = readFileSync(TYPES_FILE, 'utf8');

describe('the Plan interfaces of src/types.ts and schemas/strategy.schema.json', () => {
  const fromTypes = planShapeFromTypes();

  it('describe the same properties, with the same kinds of value, at every level', () => {
    expect(differences(fromTypes, planShapeFromSchema(schema))).toEqual([]);
  });

  it('the comparison reaches the leaves (goals, calendar entries, compliance sections)', () => {
    expect(fromTypes.props?.get('goals')?.items?.props?.get('deadline')?.kinds).toEqual(new Set(['string']));
    expect(fromTypes.props?.get('content')?.props?.get('calendar')?.items?.props?.get('consent_ref')?.kinds).toEqual(new Set(['string', 'null']));
    expect(fromTypes.props?.get('content')?.props?.get('mix')?.rest?.kinds).toEqual(new Set(['number']));
    expect(fromTypes.props?.get('compliance')?.props?.get('washington_mhmda')?.props?.size).toBeGreaterThan(0);
  });

  it('fails when the schema gains a property the interfaces lack', () => {
    const changed = structuredClone(schema);
    changed.properties.goals.items.properties.priority = { type: 'integer' };
    expect(differences(fromTypes, planShapeFromSchema(changed))).toEqual(['Plan.goals[].priority: in the schema, not in src/types.ts']);
  });

  it('fails when the interfaces gain a property the schema lacks, or change a kind', () => {
    const added = typesText.replace(/(export interface Goal \{\n)/, '$1  priority?: number;\n');
    expect(added).not.toBe(typesText);
    expect(differences(planShapeFromTypes(added), planShapeFromSchema(schema))).toEqual(['Plan.goals[].priority: in src/types.ts, not in the schema']);
    const retyped = typesText.replace('  baseline?: number;\n', '  baseline?: string;\n');
    expect(retyped).not.toBe(typesText);
    expect(differences(planShapeFromTypes(retyped), planShapeFromSchema(schema))).toEqual([
      'Plan.goals[].baseline: src/types.ts says string, the schema number',
    ]);
  });
});
