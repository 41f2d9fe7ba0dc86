// `strategy-lint explain RULE`: why a rule exists, where it comes from, what fails and passes, how to fix it.
import type { Command } from 'commander';
import { ruleCatalog } from '../engine/lint.js';
import { explainText } from '../report/rule-docs.js';
import { closest, quote } from '../util/text.js';
import type { IO } from './main.js';

export function registerExplain(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('explain')
    .description('explain a rule: rationale, source, a failing and a passing example, how to fix it, its options')
    .argument('<rule>', 'rule id, e.g. smart/time-bound')
    .option('--no-color', 'disable colour output')
    .action((id: string, opts: { color?: boolean }) => {
      const rules = ruleCatalog();
      const meta = rules.find((r) => r.id === id) ?? rules.find((r) => r.id.toLowerCase() === id.toLowerCase());
      if (!meta) {
        const ids = rules.map((r) => r.id);
        const tail = (s: string) => s.split('/').pop() ?? s;
        // `time-bound` for `smart/time-bound`: the same name in another family, or a close one.
        const sameTail = ids.find((r) => tail(r).toLowerCase() === tail(id).toLowerCase());
        const byTail = closest(tail(id), ids.map(tail));
        const full = sameTail ?? closest(id, ids) ?? (byTail ? ids.find((r) => tail(r) === byTail) : undefined);
        io.stderr(`strategy-lint: unknown rule ${quote(id)}${full ? `; did you mean \`${full}\`?` : ''} (\`strategy-lint rules\` lists them all)\n`);
        setCode(2);
        return;
      }
      io.stdout(explainText(meta, opts.color !== false && io.isTTY && !io.env.NO_COLOR));
      setCode(0);
    });
}
