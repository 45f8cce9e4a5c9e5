import { backupCommand } from './backupCommand';
import { checkCommand } from './checkCommand';
import { claimCommand } from './claimCommand';
import { excerptCommand } from './excerptCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { infoCommand } from './infoCommand';
import { notesCommand } from './notesCommand';
import { reimportCommand } from './reimportCommand';
import { searchCommand } from './searchCommand';
import { showCommand } from './showCommand';
import { sourceCommand } from './sourceCommand';
import { sourcesCommand } from './sourcesCommand';
import { tagsCommand } from './tagsCommand';
import type { CliCommand } from './types';
import { verifyCommand } from './verifyCommand';

/** Every CLI command; each lives in its own file. */
export const commands: readonly CliCommand[] = [
  infoCommand,
  importCommand,
  reimportCommand,
  sourcesCommand,
  sourceCommand,
  showCommand,
  searchCommand,
  excerptCommand,
  claimCommand,
  tagsCommand,
  checkCommand,
  backupCommand,
  verifyCommand,
  exportCommand,
  notesCommand,
];
