import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFileResult } from '../../../shared/model';
import { IMPORT_WORKERS } from '../../core/importers/importPool';
import { printablePath, walkImportPaths } from '../../core/importers/walkImportPaths';
import { json } from './format';
import { CliFailure, type CliCommand } from './types';

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  creators: 'author',
  outlet: 'outlet',
  publishedAt: 'date',
  url: 'url',
  marking: 'marking',
  tags: 'tags',
  language: 'language',
  notes: 'footnotes',
};

/** One line per file; a name holding a newline is printed escaped, so it cannot forge lines. */
const line = (r: ImportFileResult, offerUpdate: boolean) => {
  const name = printablePath(r.name);
  const title = printablePath(r.title ?? '');
  const found = r.found?.length
    ? ` [read: ${r.found.map((f) => FIELD_NAMES[f] ?? f).join(', ')}]`
    : '';
  if (r.status === 'imported') return `imported   ${name} → source ${r.sourceId}: ${title}${found}`;
  if (r.status === 'failed') return `failed     ${name}: ${printablePath(r.reason ?? '')}`;
  if (r.updated) return `updated    ${name} → source ${r.sourceId}: marking and tags applied`;
  const offer = offerUpdate
    ? ' (add --update-existing to apply the --marking and --tag given)'
    : '';
  return `duplicate  ${name} → already source ${r.sourceId}: ${title}${offer}`;
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import files or folders (.txt .md .html .pdf .docx); one line per file',
  usage:
    'briefwright import <file-or-folder>... [--tag T]... [--marking M] [--update-existing] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        tag: { type: 'string', multiple: true },
        marking: { type: 'string' },
        'update-existing': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0)
      throw new CliFailure('name at least one file or folder to import', 2);
    const maxBytes = ctx.core.library.importer.maxBytes;
    const results: ImportFileResult[] = [];
    const walked = await walkImportPaths(positionals.map((p) => resolve(p)));
    /** One file, read only when its turn comes and let go once its result is in. */
    const importOne = async (path: string): Promise<ImportFileResult> => {
      try {
        const { size } = await stat(path);
        if (size > maxBytes)
          // Refused before reading a byte of it.
          return {
            name: path,
            status: 'failed',
            reason: `The file is ${(size / 1048576).toFixed(0)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not imported.`,
          };
        const report = await ctx.call('sources.import', {
          files: [{ name: path, dataBase64: (await readFile(path)).toString('base64') }],
          tags: values.tag,
          marking: values.marking,
          updateExisting: values['update-existing'],
        });
        return { ...report.results[0]!, name: path };
      } catch (error) {
        return { name: path, status: 'failed', reason: (error as Error).message };
      }
    };
    const report = (result: ImportFileResult) => {
      results.push(result);
      if (values.json) return;
      const offerUpdate =
        !values['update-existing'] && (values.marking !== undefined || !!values.tag?.length);
      ctx.io.out(line(result, offerUpdate));
      for (const warning of result.warnings ?? [])
        ctx.io.out(`           warning: ${printablePath(warning)}`);
    };
    // Every worker busy and one file waiting: the library writes files in the order they were
    // started, so results come back (and print) in folder order.
    const inFlight: Promise<ImportFileResult>[] = [];
    for (const path of walked.files) {
      inFlight.push(importOne(path));
      if (inFlight.length > IMPORT_WORKERS) report(await inFlight.shift()!);
    }
    while (inFlight.length) report(await inFlight.shift()!);
    for (const skip of walked.skipped) {
      const result: ImportFileResult = { name: skip.path, status: 'failed', reason: skip.reason };
      results.push(result);
      if (!values.json) ctx.io.out(line(result, false));
    }
    if (values.json) ctx.io.out(json(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
