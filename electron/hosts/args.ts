import type { ParseArgsConfig } from 'node:util';

/** Options every host accepts. */
export const commonOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  /** `--no-sample`: a new library starts empty. */
  sample: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];
