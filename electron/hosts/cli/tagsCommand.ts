import { parseArgs } from 'node:util';
import { json } from './format';
import type { CliCommand } from './types';

export const tagsCommand: CliCommand = {
  name: 'tags',
  summary: 'List tags with how many sources, excerpts and claims carry each',
  usage: 'briefwright tags [--json]',
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    const tags = await ctx.call('tags.list', {});
    if (values.json) {
      ctx.io.out(json(tags));
      return 0;
    }
    for (const t of tags) {
      ctx.io.out(
        `${t.name.padEnd(32)} ${t.sources} sources, ${t.excerpts} excerpts, ${t.claims} claims`,
      );
    }
    ctx.io.out(`${tags.length} tag${tags.length === 1 ? '' : 's'}`);
    return 0;
  },
};
