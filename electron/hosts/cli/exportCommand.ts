import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STYLE_ID_PATTERN } from '../../../shared/citations/styles';
import {
  EXPORT_FORMATS,
  NOTE_PLACEMENTS,
  PAPER_SIZES,
  type ExportResult,
} from '../../../shared/model/export';
import { writeFileAtomic } from '../../core/export/atomicWrite';
import { CliFailure, type CliCommand } from './types';
import { printIntegrityReport } from './verifyCommand';

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]) {
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) throw new CliFailure(`--${name} must be one of: ${allowed.join(', ')}`, 2);
  return match;
}

function styleOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!STYLE_ID_PATTERN.test(value))
    throw new CliFailure(
      '--style must be chicago, chicago-author-date, apa, harvard, ieee, vancouver or user-N',
      2,
    );
  return value;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a note to PDF or Word',
  usage:
    'briefwright export <note-id> -o out.pdf [--format pdf|docx] [--paper A4|Letter] [--marking TEXT] [--confirm-lower-marking]\n' +
    '                   [--style chicago|apa|ieee|...] [--notes footnotes|endnotes] [--toc] [--no-sources] [--portion-marks] [--evidence-annex]\n' +
    '                   [--mark-every-portion] [--tag-keywords] [--author NAME] [--accept-unverified] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        paper: { type: 'string' },
        marking: { type: 'string' },
        'confirm-lower-marking': { type: 'boolean' },
        style: { type: 'string' },
        notes: { type: 'string' },
        format: { type: 'string' },
        toc: { type: 'boolean' },
        'no-sources': { type: 'boolean' },
        'portion-marks': { type: 'boolean' },
        'evidence-annex': { type: 'boolean' },
        'mark-every-portion': { type: 'boolean' },
        'tag-keywords': { type: 'boolean' },
        author: { type: 'string' },
        'accept-unverified': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    const noteId = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isInteger(noteId) || noteId <= 0) {
      throw new CliFailure(`Usage: ${this.usage}`, 2);
    }
    const format = oneOf('format', values.format, EXPORT_FORMATS) ?? 'pdf';
    if (!values.output) throw new CliFailure(`Say where to write the file: -o out.${format}`, 2);
    const output = resolve(values.output);
    const paper = oneOf('paper', values.paper, PAPER_SIZES);
    const style = styleOption(values.style);
    // The same integrity check the export dialog shows; without consent nothing unverified ships.
    const report = await ctx.call('notes.verify', { id: noteId });
    if (!report.verified && !values['accept-unverified']) {
      printIntegrityReport(report, ctx.io, ctx.io.err);
      ctx.io.err('Not exported. Refresh the note, or pass --accept-unverified to export anyway.');
      return 1;
    }
    // Ctrl+C stops the export's worker; the call then answers 'cancelled'.
    const stopListening = ctx.io.onInterrupt?.(() => {
      void ctx.call('export.cancel', { noteId });
    });
    const result: ExportResult = await ctx
      .call(format === 'docx' ? 'export.docx' : 'export.pdf', {
        noteId,
        options: {
          paper,
          style,
          notes: oneOf('notes', values.notes, NOTE_PLACEMENTS),
          marking: values.marking ?? null,
          confirmLowerMarking: values['confirm-lower-marking'] ?? false,
          toc: values.toc ?? false,
          sourcesList: !values['no-sources'],
          portionMarks: values['portion-marks'] ?? false,
          markEveryPortion: values['mark-every-portion'] ?? false,
          tagKeywords: values['tag-keywords'] ?? false,
          evidenceAnnex: values['evidence-annex'] ?? false,
          author: values.author ?? '',
          acknowledged: report.items.filter((i) => i.state !== 'verified').map((i) => i.key),
        },
      })
      .finally(() => stopListening?.());
    if (result.kind === 'cancelled') throw new CliFailure('The export was cancelled.', 130);
    if (result.kind !== 'download') throw new CliFailure('The export did not produce a file.');
    await writeFileAtomic(output, Buffer.from(result.base64, 'base64')).catch((error: Error) => {
      throw new CliFailure(error.message);
    });
    const { base64: _bytes, kind: _kind, fileName: _name, ...summary } = result;
    if (values.json) {
      ctx.io.out(JSON.stringify({ path: output, ...summary }, null, 2));
    } else {
      const details = [
        // A Word file's pages are counted by Word when it opens it.
        ...(format === 'pdf' ? [`${summary.pages} page${summary.pages === 1 ? '' : 's'}`] : []),
        ...(summary.marking ? [summary.marking] : []),
      ];
      ctx.io.out(`Wrote ${output}${details.length ? ` (${details.join(', ')})` : ''}`);
      if (summary.integrityStatement) ctx.io.out(summary.integrityStatement);
      else printIntegrityReport(report, ctx.io, ctx.io.err);
      for (const warning of summary.warnings) ctx.io.err(`warning: ${warning}`);
    }
    return 0;
  },
};
