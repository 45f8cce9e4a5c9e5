import { parseArgs } from 'node:util';
import { SEARCH_TYPES, type SearchType } from '../../../shared/model';
import { json, parseId, snippetText } from './format';
import { CliFailure, type CliCommand } from './types';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search sources, excerpts, claims and notes ("phrases", prefix*)',
  usage:
    'briefwright search <query> [--type source|excerpt|claim|note]... [--tag T]... [--limit N] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        type: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        limit: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new CliFailure('give a search query', 2);
    for (const t of values.type ?? []) {
      if (!SEARCH_TYPES.includes(t as SearchType))
        throw new CliFailure(`--type must be one of ${SEARCH_TYPES.join(', ')}`, 2);
    }
    const result = await ctx.call('library.search', {
      text: positionals.join(' '),
      types: values.type as SearchType[] | undefined,
      tags: values.tag,
      limit: values.limit ? Math.min(200, parseId(values.limit, '--limit')) : 20,
    });
    if (values.json) {
      ctx.io.out(
        json(
          result.hits.map((h) => ({
            type: h.type,
            id: h.id,
            title: h.title,
            snippet: snippetText(h.snippet),
            score: h.score,
          })),
        ),
      );
      return 0;
    }
    for (const h of result.hits) {
      ctx.io.out(`${h.type.padEnd(7)} ${String(h.id).padStart(5)}  ${h.title}`);
      ctx.io.out(`               ${snippetText(h.snippet)}`);
    }
    const c = result.counts;
    ctx.io.out(
      `${result.total} match${result.total === 1 ? '' : 'es'} (${c.source} sources, ${c.excerpt} excerpts, ${c.claim} claims, ${c.note} notes)`,
    );
    return 0;
  },
};
