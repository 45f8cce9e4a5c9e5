import { parseArgs } from 'node:util';
import { json, parseId } from './format';
import { CliFailure, type CliCommand } from './types';

export const excerptCommand: CliCommand = {
  name: 'excerpt',
  summary: 'Add an excerpt to a source by quoting it',
  usage:
    'briefwright excerpt add <source-id> --quote "..." [--occurrence N] [--tag T]... [--comment C] [--marking M] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        quote: { type: 'string' },
        occurrence: { type: 'string' },
        tag: { type: 'string', multiple: true },
        comment: { type: 'string' },
        marking: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'add') throw new CliFailure(`usage: ${excerptCommand.usage}`, 2);
    const sourceId = parseId(positionals[1], 'the source id');
    if (!values.quote) throw new CliFailure('--quote is required', 2);
    const excerpt = await ctx.call('excerpts.create', {
      sourceId,
      quote: values.quote,
      occurrence: values.occurrence ? parseId(values.occurrence, '--occurrence') : undefined,
      tags: values.tag,
      comment: values.comment,
      marking: values.marking,
    });
    if (values.json) ctx.io.out(json(excerpt));
    else
      ctx.io.out(
        `excerpt ${excerpt.id}: “${excerpt.quote}” (${excerpt.start}–${excerpt.end}, ${excerpt.locator})`,
      );
    return 0;
  },
};
