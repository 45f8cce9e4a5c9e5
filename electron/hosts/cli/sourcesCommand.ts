import { parseArgs } from 'node:util';
import { json, parseId } from './format';
import type { CliCommand } from './types';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'List the sources in the library, newest first',
  usage: 'briefwright sources [--tag T]... [--limit N] [--json]',
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        tag: { type: 'string', multiple: true },
        limit: { type: 'string' },
      },
      strict: true,
    });
    const page = await ctx.call('sources.list', {
      tags: values.tag,
      limit: values.limit ? parseId(values.limit, '--limit') : 1000,
    });
    if (values.json) {
      ctx.io.out(json(page.items));
      return 0;
    }
    for (const s of page.items) {
      const meta = [s.outlet, s.publishedAt?.slice(0, 10), s.marking].filter(Boolean).join(', ');
      ctx.io.out(`${String(s.id).padStart(5)}  ${s.title}${meta ? `  (${meta})` : ''}`);
    }
    ctx.io.out(`${page.total} source${page.total === 1 ? '' : 's'}`);
    return 0;
  },
};
