import { parseArgs } from 'node:util';
import { json, parseId } from './format';
import type { CliCommand } from './types';

export const showCommand: CliCommand = {
  name: 'show',
  summary: "Show a source's metadata, excerpts and text",
  usage: 'briefwright show <source-id> [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const id = parseId(positionals[0], 'the source id');
    const source = await ctx.call('sources.get', { id });
    const excerpts = await ctx.call('excerpts.listForSource', { sourceId: id });
    if (values.json) {
      ctx.io.out(json({ ...source, excerpts }));
      return 0;
    }
    const rows: [string, string | null][] = [
      ['Title', source.title],
      ['Author', source.author],
      ['Outlet', source.outlet],
      ['Published', source.publishedAt],
      ['URL', source.url],
      ['Type', source.sourceType],
      ['Language', source.language],
      ['Marking', source.marking],
      ['Tags', source.tags.join(', ') || null],
      ['File', `${source.fileName} (${source.kind})`],
      ['Imported', source.importedAt],
      ['Version', `${source.version} (imported ${source.versionImportedAt})`],
      ['Note', source.note || null],
    ];
    for (const [label, value] of rows) if (value) ctx.io.out(`${label.padEnd(10)} ${value}`);
    for (const e of excerpts) {
      const where = e.anchored
        ? `${e.start}–${e.end}${e.locator ? `, ${e.locator}` : ''}`
        : `NOT FOUND IN THIS VERSION, taken from version ${e.sourceVersion}`;
      ctx.io.out(`Excerpt ${e.id} [${where}]: “${e.quote}”`);
      if (e.proposal)
        ctx.io.out(`  proposed place ${e.proposal.start}–${e.proposal.end}: “${e.proposal.quote}”`);
    }
    ctx.io.out('');
    ctx.io.out(source.text);
    return 0;
  },
};
