import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFileResult } from '../../../shared/model';
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

/** Files per import call, and the bytes read ahead of one: the library writes a call's files in
 * batches, so a folder of small files is not one transaction each. */
const GROUP_FILES = 100;
const GROUP_BYTES = 32 * 1024 * 1024;

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
    const offerUpdate =
      !values['update-existing'] && (values.marking !== undefined || !!values.tag?.length);
    const report = (result: ImportFileResult) => {
      results.push(result);
      if (values.json) return;
      ctx.io.out(line(result, offerUpdate));
      for (const warning of result.warnings ?? [])
        ctx.io.out(`           warning: ${printablePath(warning)}`);
    };
    // Files go to the library in groups, which it writes a batch at a time; each file's line is
    // printed as soon as its group is done.
    let group: { path: string; dataBase64: string }[] = [];
    let groupBytes = 0;
    const flush = async () => {
      if (!group.length) return;
      const sent = group;
      group = [];
      groupBytes = 0;
      try {
        const answer = await ctx.call('sources.import', {
          files: sent.map((f) => ({ name: f.path, dataBase64: f.dataBase64 })),
          tags: values.tag,
          marking: values.marking,
          updateExisting: values['update-existing'],
        });
        answer.results.forEach((r, i) => report({ ...r, name: sent[i]!.path }));
      } catch (error) {
        for (const f of sent)
          report({ name: f.path, status: 'failed', reason: (error as Error).message });
      }
    };
    for (const path of walked.files) {
      try {
        const size = statSync(path).size;
        if (size > maxBytes) {
          await flush();
          // Refused before reading a byte of it.
          report({
            name: path,
            status: 'failed',
            reason: `The file is ${(size / 1048576).toFixed(0)} MB; files over ${(maxBytes / 1048576).toFixed(0)} MB are not imported.`,
          });
          continue;
        }
        if (group.length && groupBytes + size > GROUP_BYTES) await flush();
        group.push({ path, dataBase64: readFileSync(path).toString('base64') });
        groupBytes += size;
        if (group.length >= GROUP_FILES) await flush();
      } catch (error) {
        await flush();
        report({ name: path, status: 'failed', reason: (error as Error).message });
      }
    }
    await flush();
    for (const skip of walked.skipped) {
      const result: ImportFileResult = { name: skip.path, status: 'failed', reason: skip.reason };
      results.push(result);
      if (!values.json) ctx.io.out(line(result, false));
    }
    if (values.json) ctx.io.out(json(results));
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  },
};
