// Test helpers: lint text in-process, run the CLI in-process or as a real process.
import { readFileSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { lintText } from '../src/engine/lint.js';
import { run, type IO } from '../src/cli/main.js';
import type { FileReport } from '../src/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = path.join(ROOT, 'bin/strategy-lint.js');
export const EXAMPLE_PLAN = path.join(ROOT, 'examples/lakeside-pediatrics.strategy.yaml');

export function lint(yaml: string, file = 'plan.yaml'): FileReport {
  return lintText(yaml, file);
}

/** Findings of one rule. */
export function findingsOf(report: FileReport, ruleId: string) {
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/** Runs the CLI in-process; captures output. */
export async function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    isTTY: false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs the built CLI as a real process (needs `npm run build`). */
export function cliProcess(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A plan fixture: the example plan as data, changed by `mutate`, written back as YAML. (Rule tests
 * use test/rule-tester.ts: small plans, or its `withPlan` for the few that need a whole one.)
 */
export function planYaml(mutate: (plan: any) => void = () => {}): string {
  const data = parseYaml(readFileSync(EXAMPLE_PLAN, 'utf8'));
  mutate(data);
  return stringifyYaml(data);
}

/** The status of a rule in a report (passed, failed, skipped, off). */
export const ruleStatus = (report: FileReport, ruleId: string) => report.rules.find((r) => r.ruleId === ruleId)?.status;
