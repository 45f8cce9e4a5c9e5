import { parseArgs } from 'node:util';
import type { CliCommand } from './types';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the version, where the library is, and what it holds',
  usage: 'briefwright info [--json]',
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    const info = await ctx.call('app.info', {});
    if (values.json) {
      ctx.io.out(JSON.stringify(info, null, 2));
      return 0;
    }
    ctx.io.out(`Briefwright ${info.version}`);
    ctx.io.out(`Data directory: ${info.dataDir}`);
    ctx.io.out(`Database:       ${info.databasePath} (schema ${info.schemaVersion})`);
    ctx.io.out(`Log file:       ${info.logPath}`);
    const c = info.counts;
    ctx.io.out(
      `Library:        ${c.sources} sources, ${c.excerpts} excerpts, ${c.claims} claims, ${c.tags} tags, ${c.notes} notes`,
    );
    return 0;
  },
};
