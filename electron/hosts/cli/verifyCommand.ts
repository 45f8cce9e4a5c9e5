import { parseArgs } from 'node:util';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { json, parseId } from './format';
import type { CliCommand, CliIo } from './types';

/** The integrity report for a terminal: a summary line, then every item not verified. */
export function printIntegrityReport(report: IntegrityReport, io: CliIo, write = io.out): void {
  const { counts } = report;
  write(
    report.verified
      ? `verified: all ${report.items.length} cited item(s), ${report.quotations} quotation(s)`
      : `NOT VERIFIED: ${counts.changed} changed in library, ${counts.notInSource} not in the current version of the source, ${counts.removed} removed (${counts.verified} verified)`,
  );
  for (const item of report.items)
    if (item.state !== 'verified')
      write(`  ${item.kind} ${item.id} ${item.label.slice(0, 80)}: ${item.message}`);
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: "Check a note's quotes, claims and citations against the library (exit 1 if any fail)",
  usage: 'briefwright verify <note-id> [--refresh] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, refresh: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const id = parseId(positionals[0], 'the note id');
    const report = values.refresh
      ? await ctx.call('notes.refreshCitations', { id })
      : await ctx.call('notes.verify', { id });
    if (values.json) ctx.io.out(json(report));
    else printIntegrityReport(report, ctx.io);
    return report.verified ? 0 : 1;
  },
};
