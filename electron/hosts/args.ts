import type { ParseArgsConfig } from 'node:util';

/** Options every host accepts. */
export const commonOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];
