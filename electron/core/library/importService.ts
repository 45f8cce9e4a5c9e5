import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import type { ImportFileResult, ImportReport, ReimportReport } from '../../../shared/model';
import { ImportRefusal, readSourceFile } from '../importers';
import type { ImportedSource } from '../importers/types';
import type { ExcerptsRepository } from './excerptsRepository';
import type { MarkingsRepository } from './markingsRepository';
import type { NewSource, SourcesRepository } from './sourcesRepository';
import { retryBusy } from '../db/busy';
import { writeTransaction } from '../db/writeTransaction';

export interface ImportOptions {
  tags?: readonly string[];
  marking?: string | null;
}

export interface ImportFile {
  name: string;
  bytes: Buffer;
  /** Set when the host could not read the file at all. */
  readError?: string;
}

/** Content identity: the normalized text, so the same article saved twice is one source. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

const baseName = (name: string) => name.split(/[\\/]/).pop() || name;

/**
 * Text that was not exactly decodable is reported, never replaced silently: bytes that were not
 * valid in the file's encoding arrive as U+FFFD, and lone UTF-16 surrogates (which cannot be
 * stored or printed) are replaced by it here.
 */
export function checkedText(text: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let lone = 0;
  // A high surrogate not followed by a low one, or a low one not preceded by a high one.
  const clean = text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    () => {
      lone++;
      return '\ufffd';
    },
  );
  if (lone > 0)
    warnings.push(
      `${lone} lone surrogate code unit${lone === 1 ? ' was' : 's were'} replaced with “\ufffd”.`,
    );
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  if (replaced > 0)
    warnings.push(
      `${replaced} character${replaced === 1 ? '' : 's'} could not be decoded and show${replaced === 1 ? 's' : ''} as “\ufffd”.`,
    );
  return { text: clean, warnings };
}

export function createImportService(
  db: Database,
  sources: SourcesRepository,
  excerpts: ExcerptsRepository,
  markings: MarkingsRepository,
  maxBytes: number,
) {
  const toNewSource = (
    file: ImportFile,
    imported: ImportedSource,
    marking: string | null,
  ): NewSource => ({
    ...imported,
    fileName: baseName(file.name),
    bytes: file.bytes,
    contentHash: contentHash(imported.text),
    marking,
  });

  const insertOne = writeTransaction(db, (source: NewSource, tags: readonly string[]) => {
    const existing = sources.findByHash(source.contentHash);
    if (existing) return { duplicate: true as const, id: existing.id, title: existing.title };
    return { duplicate: false as const, id: sources.insert(source, tags), title: source.title };
  });

  const service = {
    maxBytes,
    /** One file, in its own transaction; a failure is a result, never an exception. */
    async importFile(file: ImportFile, options: ImportOptions = {}): Promise<ImportFileResult> {
      const name = baseName(file.name);
      if (file.readError)
        return {
          name,
          status: 'failed',
          reason: `The file could not be read (${file.readError}).`,
        };
      try {
        const marking = markings.normalize(options.marking);
        const read = await readSourceFile(name, file.bytes, maxBytes);
        const { text, warnings } = checkedText(read.text);
        const imported = { ...read, text };
        const outcome = await retryBusy(() =>
          insertOne(toNewSource(file, imported, marking), options.tags ?? []),
        );
        return {
          name,
          status: outcome.duplicate ? 'duplicate' : 'imported',
          sourceId: outcome.id,
          title: outcome.title,
          ...(outcome.duplicate
            ? { reason: `Already in the library as source ${outcome.id}.` }
            : {}),
          ...(warnings.length ? { warnings } : {}),
        };
      } catch (error) {
        if (error instanceof ImportRefusal || error instanceof ApiError)
          return { name, status: 'failed', reason: error.message };
        const code = (error as { code?: string }).code;
        if (code === 'SQLITE_FULL' || code === 'ENOSPC')
          return { name, status: 'failed', reason: 'The disk is full; the file was not imported.' };
        return {
          name,
          status: 'failed',
          reason: `The file could not be imported (${String((error as Error).message).slice(0, 200)}).`,
        };
      }
    },
    async importFiles(
      files: readonly ImportFile[],
      options: ImportOptions = {},
    ): Promise<ImportReport> {
      const results: ImportFileResult[] = [];
      for (const file of files) results.push(await service.importFile(file, options));
      return {
        results,
        imported: results.filter((r) => r.status === 'imported').length,
        duplicates: results.filter((r) => r.status === 'duplicate').length,
        failed: results.filter((r) => r.status === 'failed').length,
      };
    },
    /**
     * Replaces a source's text with a new version of its file and re-anchors its excerpts;
     * those that cannot be placed are reported and kept (marked unanchored).
     */
    async reimport(id: number, file: ImportFile): Promise<ReimportReport> {
      const current = sources.summary(id);
      let imported: ImportedSource;
      try {
        imported = await readSourceFile(baseName(file.name), file.bytes, maxBytes);
      } catch (error) {
        if (error instanceof ImportRefusal) throw new ApiError('bad_request', error.message);
        throw error;
      }
      const next = toNewSource(file, imported, current.marking);
      const result = writeTransaction(db, () => {
        const clash = sources.findByHash(next.contentHash);
        if (clash && clash.id !== id)
          throw new ApiError(
            'conflict',
            `That text is already in the library as source ${clash.id}.`,
          );
        sources.replaceContent(id, next);
        return excerpts.reanchorSource(id);
      })();
      return { source: sources.summary(id), ...result };
    },
  };
  return service;
}

export type ImportService = ReturnType<typeof createImportService>;
