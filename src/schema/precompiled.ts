// The plan schema's validator compiled ahead of time. Running from source this is `undefined` and
// validate.ts compiles the schema on first use. The bundle made by scripts/build.mjs replaces this
// module with ajv's standalone code and the schema it was compiled from, so that no run of the
// CLI compiles the schema (tens of milliseconds of every start-up).
import type { ValidateFunction } from 'ajv/dist/2020.js';

export const precompiled: { validate: ValidateFunction; schema: unknown } | undefined = undefined;
