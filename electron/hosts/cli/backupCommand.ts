import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileSize, writeBackup } from '../../core/db/backup';
import { json } from './format';
import { CliFailure, type CliCommand } from './types';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write a checked backup of the library (to the backups folder, or --to FILE)',
  usage: 'briefwright backup [--to FILE] [--json]',
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, to: { type: 'string' } },
      strict: true,
    });
    let result: { path: string; bytes: number };
    if (values.to) {
      const target = resolve(values.to);
      if (existsSync(target))
        throw new CliFailure(`${target} already exists; choose a new file name`);
      const path = await writeBackup(ctx.core.db, target);
      result = { path, bytes: fileSize(path) };
    } else result = await ctx.call('library.backup', {});
    if (values.json) ctx.io.out(json(result));
    else ctx.io.out(`backup written: ${result.path} (${(result.bytes / 1024).toFixed(0)} KB)`);
    return 0;
  },
};
