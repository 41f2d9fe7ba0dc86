// Every dated fact of the knowledge base, for `strategy-lint rules --stale [YEARS]`: the sources
// (law, guidance, platform figures, word lists) and the facts that carry their own date (vendor
// BAA statements, platform ad policies, disclosure labels). A fact is stale when the date of the
// text read (`as_of`, else the year in its `date`) is more than YEARS years before today.
import type { Knowledge, KnowledgeSource } from '../types.js';
import { LAW_TERM_SOURCES } from './law-terms.js';
import { REGULATIONS } from './regulations.js';
import { WORD_SOURCES } from './words.js';

export interface DatedFact {
  /** What the fact is: `regulations`, `platform facts`, `vendor`, `ad policy`, `disclosure labels`, `word lists`. */
  group: string;
  id: string;
  title: string;
  /** The date as the data gives it. */
  as_of: string;
  /** The same as a day number (UTC), or undefined when no date can be read from it. */
  day?: number;
}

/** A day number (UTC) from `2024-06-01`, `2024-06`, `2024`, or the first year in free text ("2019-2023" → 2023-12-31, the latest). */
export function dayOfDate(s: string | undefined): number | undefined {
  if (typeof s !== 'string') return undefined;
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (full) return Date.UTC(+full[1], +full[2] - 1, +full[3]) / 86_400_000;
  const month = /^(\d{4})-(\d{2})\b/.exec(s);
  if (month) return Date.UTC(+month[1], +month[2] - 1, 1) / 86_400_000;
  const years = [...s.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => +m[0]);
  if (years.length === 0) return undefined;
  return Date.UTC(Math.max(...years), 0, 1) / 86_400_000;
}

const fromSource =
  (group: string) =>
  (s: KnowledgeSource): DatedFact => ({ group, id: s.id, title: s.title, as_of: s.as_of ?? s.date, day: dayOfDate(s.as_of ?? s.date) });

/** Every dated fact of a knowledge base (the built-in one by default). */
export function datedFacts(knowledge: Knowledge): DatedFact[] {
  const regs = { ...REGULATIONS, ...(knowledge.regulations ?? {}) };
  const out: DatedFact[] = [
    ...(regs.sources ?? []).map(fromSource('regulations')),
    ...knowledge.sources.map(fromSource('platform facts')),
    ...WORD_SOURCES.map(fromSource('word lists')),
    ...LAW_TERM_SOURCES.map(fromSource('word lists')),
  ];
  for (const v of regs.vendors?.list ?? []) out.push({ group: 'vendor', id: v.id, title: `${v.name}: BAA ${v.baa}`, as_of: v.as_of, day: dayOfDate(v.as_of) });
  for (const p of regs.adPolicies?.list ?? [])
    out.push({ group: 'ad policy', id: `${p.platform}/${p.category}`, title: p.rule, as_of: p.as_of, day: dayOfDate(p.as_of) });
  for (const d of regs.disclosureLabels?.list ?? [])
    out.push({
      group: 'disclosure labels',
      id: d.jurisdiction,
      title: `${d.law}: ${d.adequate.slice(0, 3).join(', ')}…`,
      as_of: d.as_of,
      day: dayOfDate(d.as_of),
    });
  return out;
}

/** The facts older than `years` years before `now` (and those with no readable date). */
export function staleFacts(knowledge: Knowledge, years: number, now: Date = new Date()): DatedFact[] {
  const cutoff = Date.UTC(now.getUTCFullYear() - Math.floor(years), now.getUTCMonth(), now.getUTCDate()) / 86_400_000 - Math.round((years % 1) * 365);
  return datedFacts(knowledge).filter((f) => f.day === undefined || f.day < cutoff);
}
