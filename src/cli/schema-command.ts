// `strategy-lint schema`: prints the plan's JSON Schema (for editors and other tools).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { SCHEMA_PATH } from '../schema/validate.js';
import type { IO } from './main.js';

export function registerSchema(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the plan format (schemas/strategy.schema.json)')
    .action(() => {
      io.stdout(readFileSync(SCHEMA_PATH, 'utf8'));
      setCode(0);
    });
}
