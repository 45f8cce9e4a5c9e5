import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFileResult } from '../../../shared/model';
import { printablePath, walkImportPaths } from '../../core/importers/walkImportPaths';
import { json } from './format';
import { CliFailure, type CliCommand } from './types';

/** One line per file; a name holding a newline is printed escaped, so it cannot forge lines. */
const line = (r: ImportFileResult) => {
  const name = printablePath(r.name);
  const title = printablePath(r.title ?? '');
  return r.status === 'imported'
    ? `imported   ${name} → source ${r.sourceId}: ${title}`
    : r.status === 'duplicate'
      ? `duplicate  ${name} → already source ${r.sourceId}: ${title}`
      : `failed     ${name}: ${printablePath(r.reason ?? '')}`;
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import files or folders (.txt .md .html .pdf .docx); one line per file',
  usage: 'briefwright import <file-or-folder>... [--tag T]... [--marking M] [--json]',
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        tag: { type: 'string', multiple: true },
        marking: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0)
      throw new CliFailure('name at least one file or folder to import', 2);
    const maxBytes = ctx.core.library.importer.maxBytes;
    const results: ImportFileResult[] = [];
    const walked = await walkImportPaths(positionals.map((p) => resolve(p)));
    for (const path of walked.files) {
      let result: ImportFileResult;
      try {
        const size = statSync(path).size;
        if (size > maxBytes) {
          // Refused before reading a byte of it.
          result = {
            name: path,
            status: 'failed',
            reason: `The file is ${(size / 1048576).toFixed(0)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not imported.`,
          };
        } else {
          const report = await ctx.call('sources.import', {
            files: [{ name: path, dataBase64: readFileSync(path).toString('base64') }],
            tags: values.tag,
            marking: values.marking,
          });
          result = { ...report.results[0]!, name: path };
        }
      } catch (error) {
        result = { name: path, status: 'failed', reason: (error as Error).message };
      }
      results.push(result);
      if (!values.json) ctx.io.out(line(result));
    }
    for (const skip of walked.skipped) {
      const result: ImportFileResult = { name: skip.path, status: 'failed', reason: skip.reason };
      results.push(result);
      if (!values.json) ctx.io.out(line(result));
    }
    if (values.json) ctx.io.out(json(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
