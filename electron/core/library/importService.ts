import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import type { ImportFileResult, ImportReport, ReimportReport } from '../../../shared/model';
import { ImportRefusal } from '../importers';
import { IMPORT_WORKERS, sharedImportPool, type ImportPool } from '../importers/importPool';
import type { ImportedSource } from '../importers/types';
import type { ExcerptsRepository } from './excerptsRepository';
import { normalizeTagName } from './tagNames';
import type { MarkingsRepository } from './markingsRepository';
import type { NewSource, SourcesRepository } from './sourcesRepository';
import { retryBusy } from '../db/busy';
import { writeTransaction } from '../db/writeTransaction';
import type { TagsRepository } from './tagsRepository';

export interface ImportOptions {
  tags?: readonly string[];
  marking?: string | null;
  /** When the file is already in the library: apply `marking` and add `tags` to that source. */
  updateExisting?: boolean;
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

interface ExistingUpdate {
  marking?: string | null;
  tags: string[];
}

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
  tags: TagsRepository,
  maxBytes: number,
  reader: Pick<ImportPool, 'read'> = sharedImportPool(),
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

  const insertOne = writeTransaction(
    db,
    (source: NewSource, tagNames: readonly string[], update: ExistingUpdate | null) => {
      const existing = sources.findByHash(source.contentHash);
      if (existing) {
        const updated = update ? updateExisting(existing.id, update) : false;
        return { duplicate: true as const, id: existing.id, title: existing.title, updated };
      }
      return {
        duplicate: false as const,
        id: sources.insert(source, tagNames),
        title: source.title,
        updated: false,
      };
    },
  );

  /** Applies a new marking and adds tags to a source already in the library; true if changed. */
  const updateExisting = (id: number, update: ExistingUpdate): boolean => {
    const current = sources.summary(id);
    let changed = false;
    if (update.marking !== undefined && update.marking !== current.marking) {
      sources.update(id, { marking: update.marking });
      changed = true;
    }
    const added = update.tags.filter((t) => !current.tags.includes(t));
    if (added.length) {
      tags.setFor('source', id, [...current.tags, ...added]);
      changed = true;
    }
    return changed;
  };

  /**
   * The file's own marking applies when the import names none; one the active scheme does not
   * know is reported and left off rather than refusing the file.
   */
  const markingFor = (
    imported: ImportedSource,
    chosen: string | null | undefined,
  ): { marking: string | null; warning?: string } => {
    if (chosen !== undefined && chosen !== null && chosen.trim() !== '')
      return { marking: markings.normalize(chosen) };
    if (!imported.marking) return { marking: null };
    try {
      return { marking: markings.normalize(imported.marking) };
    } catch (error) {
      return {
        marking: null,
        warning: `The file's marking was not applied: ${(error as Error).message}`,
      };
    }
  };

  /**
   * Files are read side by side on the worker pool but written in the order their imports began,
   * so when two files hold the same text the first one named is the one imported.
   */
  let lastWrite: Promise<void> = Promise.resolve();
  const writeTurn = () => {
    const previous = lastWrite;
    let finish!: () => void;
    const mine = new Promise<void>((resolve) => (finish = resolve));
    lastWrite = previous.then(() => mine);
    return { ready: previous, finish };
  };

  /** One file; its write waits for `ready`, the end of the writes of the files begun before it. */
  const importInTurn = async (
    file: ImportFile,
    options: ImportOptions,
    ready: Promise<void>,
  ): Promise<ImportFileResult> => {
    const name = baseName(file.name);
    if (file.readError)
      return {
        name,
        status: 'failed',
        reason: `The file could not be read (${file.readError}).`,
      };
    try {
      const chosenMarking = markings.normalize(options.marking);
      const imported = await reader.read(name, file.bytes, maxBytes);
      const { marking, warning } = markingFor(imported, chosenMarking);
      const tagNames = [...(options.tags ?? []), ...imported.tags].map(normalizeTagName);
      const update: ExistingUpdate | null = options.updateExisting
        ? {
            ...(chosenMarking !== null ? { marking: chosenMarking } : {}),
            tags: (options.tags ?? []).map(normalizeTagName),
          }
        : null;
      // Every write is one transaction; a busy library is waited for, not reported as a failure.
      const checked = checkedText(imported.text);
      await ready;
      const outcome = await retryBusy(() =>
        insertOne(
          toNewSource(file, { ...imported, text: checked.text }, marking),
          [...new Set(tagNames)],
          update,
        ),
      );
      const warnings = [...checked.warnings, ...imported.warnings, ...(warning ? [warning] : [])];
      return {
        name,
        status: outcome.duplicate ? 'duplicate' : 'imported',
        sourceId: outcome.id,
        title: outcome.title,
        found: imported.found,
        ...(warnings.length ? { warnings } : {}),
        ...(outcome.duplicate
          ? {
              reason: `Already in the library as source ${outcome.id}.`,
              updated: outcome.updated,
            }
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
  };

  const service = {
    maxBytes,
    /** One file, in its own transaction; a failure is a result, never an exception. */
    async importFile(file: ImportFile, options: ImportOptions = {}): Promise<ImportFileResult> {
      const turn = writeTurn();
      try {
        return await importInTurn(file, options, turn.ready);
      } finally {
        turn.finish();
      }
    },
    async importFiles(
      files: readonly ImportFile[],
      options: ImportOptions = {},
    ): Promise<ImportReport> {
      const results: ImportFileResult[] = [];
      // Enough files under way to keep every worker busy; results keep the files' order.
      const inFlight: Promise<ImportFileResult>[] = [];
      for (const file of files) {
        inFlight.push(service.importFile(file, options));
        if (inFlight.length > IMPORT_WORKERS) results.push(await inFlight.shift()!);
      }
      results.push(...(await Promise.all(inFlight)));
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
        imported = await reader.read(baseName(file.name), file.bytes, maxBytes);
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
