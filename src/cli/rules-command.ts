// `strategy-lint rules`: every rule (id, category, default severity, one line) and the knowledge sources.
import type { Command } from 'commander';
import { ruleCatalog } from '../engine/lint.js';
import { defaultConfig } from '../config/config.js';
import { rulesListText } from '../report/rule-docs.js';
import { REGULATION_SOURCES } from '../knowledge/regulations.js';
import type { IO } from './main.js';

export function registerRules(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('rules')
    .description('list every rule (id, category, default severity, what it checks) and the knowledge sources')
    .option('--json', 'print the rule metadata and sources as JSON')
    .option('--no-color', 'disable colour output')
    .action((opts: { json?: boolean; color?: boolean }) => {
      const rules = ruleCatalog();
      const knowledge = defaultConfig().knowledge;
      const sources = { 'platform facts': knowledge.sources, regulations: knowledge.regulations?.sources ?? REGULATION_SOURCES };
      if (opts.json) io.stdout(JSON.stringify({ rules, sources }, null, 2) + '\n');
      else io.stdout(rulesListText(rules, sources, opts.color !== false && io.isTTY && !io.env.NO_COLOR));
      setCode(0);
    });
}
