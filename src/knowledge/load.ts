// Loads a replacement knowledge file (JSON or YAML) of the same shape as DEFAULT_KNOWLEDGE:
// `platforms` (platform name -> facts) and `sources` (the publications the facts cite).
// The file replaces the built-in platforms and sources; any other section of the knowledge
// base (the regulatory facts of the compliance rules) that the file does not give keeps its
// built-in value.
// Every problem is an Error whose message names the file and the offending key.
import { readFailureText, readRegularFile } from '../load/files.js';
import { parse } from 'yaml';
import { DEFAULT_KNOWLEDGE } from './platforms.js';
import { LANGUAGES, WORDS } from './words.js';
import { closest } from '../util/text.js';
import type { Knowledge } from '../types.js';

const MAX_BYTES = 5 * 1024 * 1024;
const BANDS = ['18-29', '30-49', '50-64', '65+'];
const FACT_KEYS = ['reach', 'reachByArea', 'professional', 'visualFirst', 'minimumAge', 'engagementMedian', 'characterLimit', 'source'];
const AREAS = ['urban', 'suburban', 'rural'];
const SOURCE_KEYS = ['id', 'title', 'date', 'url'];
const TOP_KEYS = ['platforms', 'sources', 'regulations', 'words'];

type Problem = (where: string, what: string) => never;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 59) + '…' : s);

/**
 * Reads, parses and validates a knowledge file. Throws an Error naming the file (as `name`,
 * by default the path) and the problem.
 */
export async function loadKnowledge(path: string, name: string = path): Promise<Knowledge> {
  const read = readRegularFile(path, MAX_BYTES);
  if ('failure' in read) {
    throw new Error(`knowledge file ${name}: ${readFailureText(read.failure, 'knowledge file', MAX_BYTES)}`);
  }
  const text = read.buf.toString('utf8');
  let data: unknown;
  try {
    // JSON is YAML; custom tags are refused so the file stays plain data.
    data = parse(text, { customTags: [], uniqueKeys: true, maxAliasCount: 100 });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new Error(`knowledge file ${name}: not valid JSON or YAML: ${msg}`);
  }
  return validateKnowledge(data, name);
}

/** Checks the shape of parsed knowledge data; returns it merged over the defaults' other sections. */
export function validateKnowledge(data: unknown, name: string): Knowledge {
  const fail: Problem = (where, what) => {
    throw new Error(`knowledge file ${name}: ${where ? where + ' ' : ''}${what}`);
  };
  if (!isObject(data)) fail('', 'must be an object with `platforms` and `sources`');
  const { platforms, sources } = data;
  if (!Array.isArray(sources)) fail('`sources`', 'must be a list of {id, title, date, url?}');
  const ids = new Set<string>();
  sources.forEach((s, i) => {
    const at = `sources[${i}]`;
    if (!isObject(s)) fail(at, 'must be an object with id, title and date');
    for (const k of Object.keys(s)) if (!SOURCE_KEYS.includes(k)) unknownKey(fail, at, k, SOURCE_KEYS);
    for (const k of ['id', 'title', 'date']) {
      if (typeof s[k] !== 'string' || (s[k] as string).trim() === '') fail(`${at}.${k}`, 'must be a non-empty string');
    }
    if (s.url !== undefined && typeof s.url !== 'string') fail(`${at}.url`, 'must be a string');
    if (ids.has(s.id as string)) fail(`${at}.id`, `${show(s.id as string)} is declared twice`);
    ids.add(s.id as string);
  });
  const cites = (where: string, v: unknown) => {
    if (typeof v !== 'string') fail(where, 'must be the id of a source');
    if (!ids.has(v)) {
      const s = closest(v, ids);
      fail(where, `cites ${show(v)}, which is not in \`sources\`${s ? `; did you mean ${show(s)}?` : ''}`);
    }
  };
  const percent = (where: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) fail(where, 'must be a percentage from 0 to 100');
  };
  if (!isObject(platforms)) fail('`platforms`', 'must be an object mapping a platform name to its facts');
  for (const [name, facts] of Object.entries(platforms)) {
    const at = `platforms.${name}`;
    if (!isObject(facts)) fail(at, 'must be an object of facts');
    for (const k of Object.keys(facts)) if (!FACT_KEYS.includes(k)) unknownKey(fail, at, k, FACT_KEYS);
    if (facts.reach !== undefined) {
      const r = facts.reach;
      if (!isObject(r)) fail(`${at}.reach`, 'must be an object of age band -> percent, with a source');
      for (const [band, v] of Object.entries(r)) {
        if (band === 'source') continue;
        if (!BANDS.includes(band)) unknownKey(fail, `${at}.reach`, band, [...BANDS, 'source']);
        percent(`${at}.reach.${band}`, v);
      }
      cites(`${at}.reach.source`, r.source);
    }
    if (facts.reachByArea !== undefined) {
      const r = facts.reachByArea;
      if (!isObject(r)) fail(`${at}.reachByArea`, 'must be an object of community type (urban, suburban, rural) -> percent, with a source');
      for (const [area, v] of Object.entries(r)) {
        if (area === 'source') continue;
        if (!AREAS.includes(area)) unknownKey(fail, `${at}.reachByArea`, area, [...AREAS, 'source']);
        percent(`${at}.reachByArea.${area}`, v);
      }
      cites(`${at}.reachByArea.source`, r.source);
    }
    for (const k of ['professional', 'visualFirst']) {
      if (facts[k] !== undefined && typeof facts[k] !== 'boolean') fail(`${at}.${k}`, 'must be true or false');
    }
    for (const k of ['minimumAge', 'characterLimit']) {
      const v = facts[k];
      if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) fail(`${at}.${k}`, 'must be a whole number');
    }
    if (facts.engagementMedian !== undefined) {
      const m = facts.engagementMedian;
      if (!isObject(m)) fail(`${at}.engagementMedian`, 'must be {value, denominator, source}');
      for (const k of Object.keys(m))
        if (!['value', 'denominator', 'source'].includes(k)) unknownKey(fail, `${at}.engagementMedian`, k, ['value', 'denominator', 'source']);
      percent(`${at}.engagementMedian.value`, m.value);
      if (!['followers', 'reach', 'impressions', 'views'].includes(m.denominator as string)) {
        fail(`${at}.engagementMedian.denominator`, 'must be one of followers, reach, impressions, views');
      }
      cites(`${at}.engagementMedian.source`, m.source);
    }
    if (facts.source !== undefined) cites(`${at}.source`, facts.source);
  }
  for (const k of Object.keys(data)) if (!TOP_KEYS.includes(k)) unknownKey(fail, '', k, TOP_KEYS);
  // Regulatory facts belong to the compliance rules, which fall back to their built-in data when
  // the file gives none; only their outline is checked here.
  if (data.regulations !== undefined && !isObject(data.regulations)) fail('`regulations`', 'must be an object');
  // Word lists: terms added to the built-in lists (src/knowledge/words.ts), list -> language -> terms.
  if (data.words !== undefined) {
    if (!isObject(data.words)) fail('`words`', 'must be an object mapping a word list to its terms per language');
    const lists = Object.keys(WORDS);
    for (const [list, byLanguage] of Object.entries(data.words)) {
      if (!lists.includes(list)) unknownKey(fail, '`words`', list, lists);
      if (!isObject(byLanguage)) fail(`words.${list}`, `must be an object mapping a language (${LANGUAGES.join(', ')}) to a list of terms`);
      for (const [language, terms] of Object.entries(byLanguage)) {
        if (!(LANGUAGES as readonly string[]).includes(language)) unknownKey(fail, `words.${list}`, language, [...LANGUAGES]);
        if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string' && t.trim() !== ''))
          fail(`words.${list}.${language}`, 'must be a list of non-empty strings');
      }
    }
  }
  const rest = {
    ...(data.regulations === undefined ? {} : { regulations: data.regulations }),
    ...(data.words === undefined ? {} : { words: data.words }),
  };
  return { ...DEFAULT_KNOWLEDGE, ...rest, platforms, sources } as Knowledge;
}

function unknownKey(fail: Problem, at: string, key: string, known: string[]): never {
  const s = closest(key, known);
  return fail(at || 'the file', `has an unknown key ${show(key)}${s ? `; did you mean ${show(s)}?` : ''} (known: ${known.join(', ')})`);
}
