import { exportCommand } from './exportCommand';
import { infoCommand } from './infoCommand';
import type { CliCommand } from './types';

/** Every CLI command; each lives in its own file. */
export const commands: readonly CliCommand[] = [infoCommand, exportCommand];
