import { parseArgs } from 'node:util';
import { json } from './format';
import type { CliCommand } from './types';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the library: database structure, links, search indexes (exit 1 on damage)',
  usage: 'briefwright check [--json]',
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' } },
      strict: true,
    });
    const result = await ctx.call('library.check', {});
    if (values.json) ctx.io.out(json(result));
    else {
      for (const problem of result.problems) ctx.io.out(`problem: ${problem}`);
      if (result.unanchoredExcerpts > 0)
        ctx.io.out(
          `note: ${result.unanchoredExcerpts} excerpt(s) could not be placed after a re-import`,
        );
      const c = result.counts;
      ctx.io.out(
        `${result.ok ? 'ok' : 'DAMAGED'}: ${c.sources} sources, ${c.excerpts} excerpts, ${c.claims} claims, ${c.tags} tags, ${c.notes} notes`,
      );
    }
    return result.ok ? 0 : 1;
  },
};
