// `strategy-lint explain RULE [PLAN]`: why a rule exists, where it comes from, the laws it applies
// and their dates, what fails and passes, how to fix it; with a plan, whether the rule applies to
// that plan and why (its law follows from the organisation and where its audiences are).
import type { Command } from 'commander';
import { lintFile, ruleCatalog } from '../engine/lint.js';
import { canonicalRuleId, docsLink } from '../rules/index.js';
import { explainText } from '../report/rule-docs.js';
import { closest, quote, stripControl } from '../util/text.js';
import type { IO } from './main.js';
import path from 'node:path';

export function registerExplain(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('explain')
    .description(
      'explain a rule: rationale, source, the laws it applies, a failing and a passing example, how to fix it, its options; with a plan, whether and why it applies to it',
    )
    .argument('<rule>', 'rule id, e.g. smart/time-bound')
    .argument('[plan]', 'a plan file: say whether the rule applies to it, and why')
    .option('--no-color', 'disable colour output')
    .action(async (given: string, planFile: string | undefined, opts: { color?: boolean }) => {
      const rules = ruleCatalog();
      const id = canonicalRuleId(given);
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
      const color = opts.color !== false && io.isTTY && !io.env.NO_COLOR;
      const renamed = id !== given ? `(${quote(given)} is the former id of ${meta.id})\n` : '';
      // The page a user can open: a URL when the package declares where it lives.
      const text = explainText(meta, color).replace(`Docs: ${meta.docs}`, `Docs: ${docsLink(meta.id)}`);
      if (!planFile) {
        io.stdout(renamed + text);
        setCode(0);
        return;
      }
      const report = await lintFile(path.resolve(io.cwd, planFile), { keepSource: false });
      const name = stripControl(planFile);
      if ('ioError' in report) {
        io.stderr(`strategy-lint: ${name}: ${stripControl(report.ioError)}\n`);
        setCode(2);
        return;
      }
      const result = report.rules.find((r) => r.ruleId === meta.id);
      let verdict: string;
      if (report.score === null || !result) verdict = `${name} could not be read as a plan, so ${meta.id} did not run.`;
      else if (result.status === 'skipped') verdict = `${meta.id} does not apply to ${name}: ${result.reason ?? 'not applicable'}.`;
      else if (result.status === 'off') verdict = `${meta.id} is turned off for ${name} by the configuration.`;
      else {
        const n = report.findings.filter((f) => f.ruleId === meta.id).length;
        verdict = `${meta.id} applies to ${name}${result.reason ? `: ${result.reason}` : ''}. It reports ${n === 0 ? 'nothing' : `${n} finding${n === 1 ? '' : 's'}`} there.`;
      }
      io.stdout(renamed + text + '\n' + verdict + '\n');
      setCode(0);
    });
}
