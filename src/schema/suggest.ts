// The corrected value for a value of the wrong type or form, when one can be derived from what
// the user wrote: `$18,000` -> 18000, `12%` -> 12 (unit percent), `25-40` -> [25, 40],
// `30.06.2027` -> 2027-06-30, `yes`/`ja`/`oui`/`da`/`sí` -> true, `7pm-10pm` -> "19:00-22:00".
// The schema's messages (validate.ts) propose it; `--fix` (src/engine/fix.ts) writes the ones
// marked `safe`: those that keep exactly what was written and decide nothing for the user.
// Pure functions of the value, its schema and the plan; nothing here throws.
import { canonicalJurisdiction } from '../knowledge/words.js';
import { quote } from '../util/text.js';

export interface ValueSuggestion {
  /** The corrected value as YAML text, e.g. `18000`, `"19:00-22:00"`, `[25, 40]`, `true`. */
  yaml: string;
  /** `--fix` may write it: the same value, written the way the format expects. */
  safe: boolean;
  /** What else to do or check, e.g. "and set `unit: percent` on the goal". */
  note?: string;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  kr: 'SEK',
  'kr.': 'SEK',
  sek: 'SEK',
  lei: 'RON',
  ron: 'RON',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  nok: 'NOK',
  dkk: 'DKK',
  chf: 'CHF',
  euro: 'EUR',
  euros: 'EUR',
};
const PERCENT_WORDS = /^(%|percent|per cent|pct|procent|pour ?cent|por ?ciento|la sută|la suta)$/i;
/** A goal's unit that means percent, in the five languages. */
const PERCENT_UNIT = /^(%|percent|per cent|percentage|pct|procent|pour ?cent|pourcentage|por ?ciento|porcentaje|la sută|la suta|procente)$/i;

/** Yes and no in the five languages of the plans (YAML 1.2 reads only true and false as such). */
const TRUE_WORDS = ['yes', 'y', 'on', 'ja', 'oui', 'da', 'sí', 'si', 'true'];
const FALSE_WORDS = ['no', 'n', 'off', 'nej', 'non', 'nu', 'false'];

const MONTHS: Record<string, number> = {};
(
  [
    ['january jan januari janvier janv ianuarie ian enero ene', 1],
    ['february feb februari février fevrier févr fevr februarie febrero', 2],
    ['march mar mars martie marzo', 3],
    ['april apr avril aprilie abril abr', 4],
    ['may maj mai mayo', 5],
    ['june jun juni juin iunie junio', 6],
    ['july jul juli juillet juil iulie julio', 7],
    ['august aug augusti août aout august agosto ago', 8],
    ['september sep sept septembre septembrie septiembre setiembre', 9],
    ['october oct oktober octobre octombrie octubre', 10],
    ['november nov novembre noiembrie noiembrie noviembre', 11],
    ['december dec december décembre decembre decembrie diciembre dic', 12],
  ] as [string, number][]
).forEach(([names, m]) => names.split(' ').forEach((n) => (MONTHS[n] = m)));

/** A parsed number written with units or separators. */
interface NumberText {
  n: number;
  /** The number was written in a way that could mean another number (`1,500`). */
  ambiguous?: boolean;
  percent?: boolean;
  currency?: string;
  /** The word after the number (`4 hours` -> `hours`). */
  unit?: string;
  approximate?: boolean;
  range?: [number, number];
}

/** Reads digits with thousands separators and a decimal mark, in English or continental style. */
function readDigits(s: string, money: boolean): { n: number; ambiguous?: boolean } | undefined {
  const t = s.replace(/[\s\u00a0\u202f\u2009']/g, (c, i) => (/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '') ? '' : c));
  if (/^\d+$/.test(t)) return { n: Number(t) };
  if (/^\d+[.,]\d+$/.test(t)) {
    const [, frac] = t.split(/[.,]/);
    // `1,500` or `1.500`: a thousands separator, or a decimal mark with three decimals.
    if (frac.length === 3) return money ? { n: Number(t.replace(/[.,]/, '')) } : { n: Number(t.replace(/[.,]/, '')), ambiguous: true };
    return { n: Number(t.replace(',', '.')) };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { n: Number(t.replace(/,/g, '')) };
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return { n: Number(t.replace(/\./g, '').replace(',', '.')) };
  return undefined;
}

/** A number written with a currency, a percent sign, thousands separators, `k`, a unit or a range. */
export function readNumberText(raw: string, money = false): NumberText | undefined {
  let s = raw.trim().replace(/[\u2013\u2014\u2212]/g, '-');
  if (!s || s.length > 40) return undefined;
  let approximate = false;
  const approx = /^(~|≈|c\.|ca\.?|circa|about|approx\.?|approximately|around|omkring|cirka|environ|aproximativ|aprox\.?|aproximadamente|unos|unas)\s*/i.exec(s);
  if (approx) {
    approximate = true;
    s = s.slice(approx[0].length);
  }
  // A range: `3-4`, `3 to 4`, `3–4 posts`, `3 till 4`, `3 à 4`, `3 la 4`, `3 a 4`.
  const range = /^([\d.,\s]+?)\s*(?:-|to|till|à|a|la|–)\s*([\d.,\s]+?)(\s*\D.*)?$/i.exec(s);
  if (range && /\d/.test(range[1]) && /\d/.test(range[2])) {
    const a = readDigits(range[1].trim(), money);
    const b = readDigits(range[2].trim(), money);
    if (a && b && a.n <= b.n) return { n: a.n, range: [a.n, b.n], unit: range[3]?.trim() || undefined, approximate };
  }
  let currency: string | undefined;
  const pre = /^(US\$|\$|€|£|usd|eur|gbp|sek|nok|dkk|ron|chf)\s*/i.exec(s);
  if (pre) {
    currency = CURRENCY_SYMBOLS[pre[1].toLowerCase()] ?? CURRENCY_SYMBOLS[pre[1]];
    s = s.slice(pre[0].length);
  }
  const m = /^([\d][\d.,\s\u00a0\u202f\u2009']*?)\s*((?:k|K|M|mn|tkr)(?!\p{L})|%)?\s*([^\d\s][^\d]*)?$/u.exec(s);
  if (!m) return undefined;
  const digits = readDigits(m[1].trim(), money || currency !== undefined);
  if (!digits) return undefined;
  let n = digits.n;
  let percent = false;
  if (m[2] === 'k' || m[2] === 'K' || m[2] === 'tkr') n *= 1000;
  else if (m[2] === 'M' || m[2] === 'mn') n *= 1_000_000;
  else if (m[2] === '%') percent = true;
  let unit: string | undefined = m[3]?.trim();
  if (unit) {
    const cur = CURRENCY_SYMBOLS[unit.toLowerCase().replace(/\.$/, '')] ?? CURRENCY_SYMBOLS[unit.toLowerCase()];
    if (cur && !currency) {
      currency = cur;
      unit = undefined;
    } else if (PERCENT_WORDS.test(unit)) {
      percent = true;
      unit = undefined;
    }
  }
  if (!Number.isFinite(n)) return undefined;
  return { n: Math.round(n * 1e6) / 1e6, ambiguous: digits.ambiguous, percent, currency, unit, approximate };
}

/** The unit words a field's name implies (`response_time_hours: 4 hours`). */
function unitFits(field: string, unit: string): boolean {
  const u = unit.toLowerCase().replace(/\.$/, '');
  if (/hours$/.test(field)) return /^(h|hr|hrs|hour|hours|timmar|timme|t|heures|heure|ore|oră|ora|horas|hora)$/.test(u);
  if (field === 'posts_per_week')
    return /^(posts?|per week|a week|\/ ?week|\/ ?wk|\/ ?v|per vecka|i veckan|inlägg|publications?|par semaine|pe săptămână|pe saptamana|postări|por semana|publicaciones|posts? (per|a) week)$/.test(
      u,
    );
  if (field === 'team_fte') return /^(fte|ftes|heltid|heltidstjänster|etp|normă|norme|jornada completa)$/.test(u);
  return false;
}

/** ISO date from how people write dates (`30.06.2027`, `June 30, 2027`, `30 juni 2027`, `2027/6/30`). */
export function readDateText(raw: string, usFirst = false): { iso: string; ambiguous?: boolean } | undefined {
  const s = raw.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const ok = (y: number, m: number, d: number) => {
    if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) return undefined;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const iso = ok(+m[1], +m[2], +m[3]);
    return iso ? { iso } : undefined;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const y = +m[3];
    if (a > 12 && b <= 12) return mapIso(ok(y, b, a));
    if (b > 12 && a <= 12) return mapIso(ok(y, a, b));
    if (a === b) return mapIso(ok(y, a, b));
    const iso = usFirst ? ok(y, a, b) : ok(y, b, a);
    return iso ? { iso, ambiguous: true } : undefined;
  }
  // `30 June 2027`, `30 de junio de 2027`, `30 iunie 2027`, `June 30 2027`, `1er juillet 2027`.
  m = /^(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?([\p{L}.]+)\s+(?:de\s+)?(\d{4})$/u.exec(s);
  if (m && MONTHS[m[2].replace(/\.$/, '')]) return mapIso(ok(+m[3], MONTHS[m[2].replace(/\.$/, '')], +m[1]));
  m = /^([\p{L}.]+)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(\d{4})$/u.exec(s);
  if (m && MONTHS[m[1].replace(/\.$/, '')]) return mapIso(ok(+m[3], MONTHS[m[1].replace(/\.$/, '')], +m[2]));
  return undefined;
}
const mapIso = (iso: string | undefined) => (iso ? { iso } : undefined);

/** `7pm-10pm`, `19-22`, `19.00–22.00`, `19h-22h`, `19:00 - 22:00` -> `19:00-22:00`. */
export function readHoursText(raw: string): string | undefined {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s*(-|to|till|à|la|a)\s*/, '-');
  const part = (p: string): string | undefined => {
    const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h)?$/.exec(p.trim());
    if (!m) return undefined;
    let h = +m[1];
    const min = m[2] ? +m[2] : 0;
    const ap = m[3]?.replace(/\./g, '');
    if (ap === 'pm' && h < 12) h += 12;
    if (ap === 'am' && h === 12) h = 0;
    if (h > 24 || min > 59) return undefined;
    return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  };
  const halves = s.split('-');
  if (halves.length !== 2) return undefined;
  // `7-10pm`: the am/pm of the end applies to the start.
  const endAp = /(am|pm)$/.exec(halves[1].trim())?.[1];
  const a = part(/(am|pm)$/.test(halves[0].trim()) || !endAp ? halves[0] : halves[0] + endAp);
  const b = part(halves[1]);
  return a && b ? `${a}-${b}` : undefined;
}

/** The first and the last character of a value wrapped in curly quotes, unwrapped; else undefined. */
export function unwrapCurly(v: string): string | undefined {
  const m = /^[\u201c\u201d\u201e\u2018\u2019\u201a](.*)[\u201d\u201c\u2019\u2018]$/su.exec(v);
  return m ? m[1] : undefined;
}

/** Navigates the plan's data by JSON Pointer tokens. */
function at(data: unknown, tokens: string[]): any {
  let cur: any = data;
  for (const t of tokens) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, t) ? cur[t] : undefined;
  }
  return cur;
}

const yamlString = (s: string) => JSON.stringify(s);
const yamlNumber = (n: number) => String(n);

/**
 * The corrected value for `value` at `tokens` (pointer tokens) whose schema is `schema`, or
 * undefined when none can be derived. `plan` is the whole plan's data (for the budget currency,
 * the goal's unit, the jurisdictions).
 */
export function suggestValue(value: unknown, schema: any, tokens: string[], plan: unknown): ValueSuggestion | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const field = [...tokens].reverse().find((t) => !/^\d+$/.test(t)) ?? '';
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const wants = (t: string) => types.includes(t);
  const us = () => (at(plan, ['organization', 'jurisdictions']) ?? []).some?.((j: unknown) => typeof j === 'string' && /^US\b/i.test(j)) ?? false;

  // A value in curly quotes: the unwrapped text, when it is what the schema wants.
  if (typeof value === 'string') {
    const inner = unwrapCurly(value);
    if (inner !== undefined) {
      const fixed = suggestValue(inner, schema, tokens, plan);
      if (fixed) return fixed;
      if (wants('string') && valid(inner, schema)) return { yaml: yamlString(inner), safe: true };
    }
  }

  // Text where a number is wanted.
  if ((wants('number') || wants('integer')) && typeof value === 'string') {
    const money = field === 'amount' || field === 'total';
    const r = readNumberText(value, money);
    if (!r) return undefined;
    if (r.range) {
      return {
        yaml: yamlNumber(r.range[0]),
        safe: false,
        note: `\`${field}\` takes one number: write the lower end of the range (${r.range[0]}), the figure you commit to, and keep the range in a comment`,
      };
    }
    if (r.ambiguous)
      return {
        yaml: yamlNumber(r.n),
        safe: false,
        note: 'a comma or point before three digits can be a thousands separator or a decimal mark: check which is meant',
      };
    if (wants('integer') && !Number.isInteger(r.n)) return undefined;
    if (r.approximate) return { yaml: yamlNumber(r.n), safe: false, note: 'write the figure you commit to, without "about"' };
    if (r.percent) {
      const goal = tokens[0] === 'goals' ? at(plan, tokens.slice(0, 2)) : undefined;
      const unit = goal && typeof goal.unit === 'string' ? goal.unit.trim() : undefined;
      const inPercent = (tokens[0] === 'content' && tokens[1] === 'mix') || (unit !== undefined && PERCENT_UNIT.test(unit));
      if (inPercent) return { yaml: yamlNumber(r.n), safe: true };
      const note = !goal
        ? 'the percent sign goes; say the unit where the format has a place for it'
        : unit
          ? `the goal is measured in ${quote(unit, 40)}, not in percent: check which is meant, and make \`unit:\` say it`
          : 'say the unit in the goal: `unit: percent`';
      return { yaml: yamlNumber(r.n), safe: false, note };
    }
    if (r.currency) {
      const declared = at(plan, ['budget', 'currency']);
      if (typeof declared === 'string' && declared.toUpperCase() === r.currency) return { yaml: yamlNumber(r.n), safe: true };
      return {
        yaml: yamlNumber(r.n),
        safe: false,
        note:
          typeof declared === 'string'
            ? `the budget's currency is ${declared}, but this amount is written in ${r.currency}: check it`
            : `declare the currency once, in \`budget.currency: ${r.currency}\``,
      };
    }
    if (r.unit)
      return unitFits(field, r.unit)
        ? { yaml: yamlNumber(r.n), safe: true }
        : { yaml: yamlNumber(r.n), safe: false, note: `the unit ${quote(r.unit, 24)} has no place here: check that the number means what \`${field}\` says` };
    return { yaml: yamlNumber(r.n), safe: true };
  }

  // A range written as text where a pair of numbers is wanted: `age: 25-40`.
  if (wants('array') && schema.minItems === 2 && schema.maxItems === 2 && (typeof value === 'string' || typeof value === 'number')) {
    const s = String(value).trim();
    const plus = /^(\d{1,3})\s*\+$/.exec(s);
    if (plus) return { yaml: `[${plus[1]}, ${schema.items?.maximum ?? 120}]`, safe: false, note: 'check the upper end of the range' };
    const r = readNumberText(s);
    if (r?.range && Number.isInteger(r.range[0]) && Number.isInteger(r.range[1])) return { yaml: `[${r.range[0]}, ${r.range[1]}]`, safe: true };
    return undefined;
  }

  // Text (or a number) where yes or no is wanted.
  if (wants('boolean') && (typeof value === 'string' || typeof value === 'number')) {
    const w = String(value).trim().toLowerCase();
    if (TRUE_WORDS.includes(w)) return { yaml: 'true', safe: true };
    if (FALSE_WORDS.includes(w)) return { yaml: 'false', safe: true };
    return undefined;
  }

  // A date written another way.
  if (schema.format === 'date' && typeof value === 'string') {
    const d = readDateText(value, us());
    if (d) return { yaml: d.iso, safe: !d.ambiguous, note: d.ambiguous ? `${quote(value.trim(), 24)} could be day/month or month/day: check it` : undefined };
    const qs = value.trim();
    const q = /^q([1-4])\s*[-/ ]?\s*(\d{4})$/i.exec(qs) ?? /^(\d{4})\s*[-/ ]?\s*q([1-4])$/i.exec(qs);
    if (q) {
      const quarterFirst = /^q/i.test(qs);
      const quarter = Number(quarterFirst ? q[1] : q[2]);
      const year = Number(quarterFirst ? q[2] : q[1]);
      const startOf = /start|signed/.test(field);
      const month = startOf ? (quarter - 1) * 3 + 1 : quarter * 3;
      const day = startOf ? 1 : new Date(Date.UTC(year, month, 0)).getUTCDate();
      return {
        yaml: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        safe: false,
        note: `the ${startOf ? 'first' : 'last'} day of the quarter; pick the exact day`,
      };
    }
    return undefined;
  }

  // A time range written another way.
  if (field === 'active_hours' && typeof value === 'string') {
    const h = readHoursText(value);
    return h ? { yaml: yamlString(h), safe: true } : undefined;
  }
  // A currency written as its symbol or name.
  if (field === 'currency' && typeof value === 'string') {
    const c = CURRENCY_SYMBOLS[value.trim().toLowerCase()] ?? CURRENCY_SYMBOLS[value.trim()];
    if (!c) return undefined;
    // `kr` is the Swedish, Norwegian and Danish crown: only certain with the country.
    const crown = value.trim().toLowerCase().startsWith('kr');
    const js: string[] = (at(plan, ['organization', 'jurisdictions']) ?? []).filter?.((j: unknown) => typeof j === 'string') ?? [];
    if (crown) {
      const country = js.map((j) => j.toUpperCase().slice(0, 2)).find((j) => ['SE', 'NO', 'DK'].includes(j));
      return country
        ? { yaml: { SE: 'SEK', NO: 'NOK', DK: 'DKK' }[country]!, safe: true }
        : { yaml: 'SEK', safe: false, note: '`kr` is also the Norwegian (NOK) and the Danish (DKK) crown: check it' };
    }
    return {
      yaml: c,
      safe: value.trim() !== '$',
      note: value.trim() === '$' ? '`$` is also the Canadian, the Australian and other dollars: check it' : undefined,
    };
  }

  // A country written as its name or another code (`USA`, `Sverige`, `USA-WA`): the ISO 3166 code.
  if (field === 'jurisdictions' && typeof value === 'string') {
    const code = canonicalJurisdiction(value);
    return code ? { yaml: code, safe: true } : undefined;
  }
  // A number or yes/no where text is wanted (`id: 1`, `handle: 2027`): the same, quoted.
  if (wants('string') && !wants('number') && (typeof value === 'number' || typeof value === 'boolean')) return { yaml: yamlString(String(value)), safe: true };
  return undefined;
}

/** Whether a string passes a string schema's enum and pattern (for unwrapped curly-quoted values). */
function valid(s: string, schema: any): boolean {
  if (Array.isArray(schema.enum) && !schema.enum.includes(s)) return false;
  if (typeof schema.pattern === 'string') {
    try {
      if (!new RegExp(schema.pattern, 'u').test(s)) return false;
    } catch {
      return false;
    }
  }
  return true;
}
