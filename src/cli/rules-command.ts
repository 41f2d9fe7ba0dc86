// `strategy-lint rules`: every rule (id, category, default severity, one line, the laws it applies
// with their dates) and the knowledge sources; `--stale [YEARS]` lists the knowledge facts older
// than YEARS years (2 by default) and exits 1 when there are any, so CI can ask for a review.
import type { Command } from 'commander';
import { ruleCatalog } from '../engine/lint.js';
import { defaultConfig } from '../config/config.js';
import { rulesListText } from '../report/rule-docs.js';
import { REGULATION_SOURCES } from '../knowledge/regulations.js';
import { staleFacts } from '../knowledge/facts.js';
import { stripControl } from '../util/text.js';
import type { IO } from './main.js';

/** Default of `--stale`: facts older than this many years are listed. */
export const DEFAULT_STALE_YEARS = 2;

export function registerRules(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('rules')
    .description('list every rule (id, category, default severity, what it checks, the laws it applies and their dates) and the knowledge sources')
    .option('--json', 'print the rule metadata and sources as JSON')
    .option(
      '--stale [years]',
      `list the knowledge facts (laws, guidance, vendor and platform facts) older than YEARS years (default ${DEFAULT_STALE_YEARS}); exit 1 when there are any`,
    )
    .option('--no-color', 'disable colour output')
    .action((opts: { json?: boolean; color?: boolean; stale?: string | boolean }) => {
      const knowledge = defaultConfig().knowledge;
      if (opts.stale !== undefined) {
        const years = opts.stale === true ? DEFAULT_STALE_YEARS : Number(opts.stale);
        if (!Number.isFinite(years) || years < 0) {
          io.stderr(`strategy-lint: --stale takes a number of years (0 or more), not ${JSON.stringify(stripControl(String(opts.stale)))}\n`);
          setCode(2);
          return;
        }
        const today = new Date();
        const stale = staleFacts(knowledge, years, today);
        if (opts.json) io.stdout(JSON.stringify({ years, today: today.toISOString().slice(0, 10), stale }, null, 2) + '\n');
        else if (stale.length === 0) io.stdout(`No knowledge fact is older than ${years} year${years === 1 ? '' : 's'}.\n`);
        else {
          const out = [
            `${stale.length} knowledge fact${stale.length === 1 ? ' is' : 's are'} older than ${years} year${years === 1 ? '' : 's'} (as of ${today.toISOString().slice(0, 10)}); re-check them against the current text:`,
          ];
          const w = Math.max(...stale.map((f) => f.id.length));
          for (const f of stale)
            out.push(`  ${f.group.padEnd(17)}  ${stripControl(f.id).padEnd(w)}  ${stripControl(f.as_of).padEnd(12)}  ${stripControl(f.title)}`);
          io.stdout(out.join('\n') + '\n');
        }
        setCode(stale.length > 0 ? 1 : 0);
        return;
      }
      const rules = ruleCatalog();
      const sources = { 'platform facts': knowledge.sources, regulations: knowledge.regulations?.sources ?? REGULATION_SOURCES };
      if (opts.json) io.stdout(JSON.stringify({ rules, sources }, null, 2) + '\n');
      else io.stdout(rulesListText(rules, sources, opts.color !== false && io.isTTY && !io.env.NO_COLOR));
      setCode(0);
    });
}
