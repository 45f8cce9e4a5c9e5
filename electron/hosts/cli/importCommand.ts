import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFileResult } from '../../../shared/model';
import { SUPPORTED_EXTENSIONS } from '../../core/importers';
import { json } from './format';
import { CliFailure, type CliCommand } from './types';

/** Files named on the command line, with folders walked for the supported types. */
function expand(paths: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const path of paths) {
    const full = resolve(path);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // Reported per file below.
    }
    if (isDir) walk(full);
    else files.push(full);
  }
  return files;
}

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

const line = (r: ImportFileResult, offerUpdate: boolean) => {
  const found = r.found?.length
    ? ` [read: ${r.found.map((f) => FIELD_NAMES[f] ?? f).join(', ')}]`
    : '';
  if (r.status === 'imported')
    return `imported   ${r.name} → source ${r.sourceId}: ${r.title}${found}`;
  if (r.status === 'failed') return `failed     ${r.name}: ${r.reason}`;
  if (r.updated) return `updated    ${r.name} → source ${r.sourceId}: marking and tags applied`;
  const offer = offerUpdate
    ? ' (add --update-existing to apply the --marking and --tag given)'
    : '';
  return `duplicate  ${r.name} → already source ${r.sourceId}: ${r.title}${offer}`;
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
    for (const path of expand(positionals)) {
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
            updateExisting: values['update-existing'],
          });
          result = { ...report.results[0]!, name: path };
        }
      } catch (error) {
        result = { name: path, status: 'failed', reason: (error as Error).message };
      }
      results.push(result);
      if (!values.json) {
        const offerUpdate =
          !values['update-existing'] && (values.marking !== undefined || !!values.tag?.length);
        ctx.io.out(line(result, offerUpdate));
        for (const warning of result.warnings ?? []) ctx.io.out(`           warning: ${warning}`);
      }
    }
    if (values.json) ctx.io.out(json(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
