import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { json, parseId } from './format';
import { CliFailure, type CliCommand } from './types';

export const reimportCommand: CliCommand = {
  name: 'reimport',
  summary: "Replace a source's text with a new version of its file; excerpts re-anchor",
  usage: 'briefwright reimport <source-id> <file> [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const id = parseId(positionals[0], 'the source id');
    if (!positionals[1]) throw new CliFailure(`usage: ${reimportCommand.usage}`, 2);
    const path = resolve(positionals[1]);
    const report = await ctx.call('sources.reimport', {
      id,
      file: { name: path, dataBase64: readFileSync(path).toString('base64') },
    });
    if (values.json) ctx.io.out(json(report));
    else {
      ctx.io.out(
        `source ${id} is now version ${report.source.version}: ${report.reanchored} excerpt(s) found verbatim`,
      );
      for (const u of report.unplaced) {
        ctx.io.out(`not found in this version: excerpt ${u.excerptId} “${u.quote}”`);
        if (u.proposal)
          ctx.io.out(`  proposed place (accept or reject in the reader): “${u.proposal.quote}”`);
      }
    }
    return report.unplaced.length > 0 ? 1 : 0;
  },
};
