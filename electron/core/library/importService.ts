import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/errors';
import type { ImportFileResult, ImportReport, ReimportReport } from '../../../shared/model';
import { ImportRefusal } from '../importers';
import { sharedImportPool } from '../importers/importPool';
import { inlineSmallText, type SourceReader } from './importReader';
import type { ImportedSource } from '../importers/types';
import type { ExcerptsRepository } from './excerptsRepository';
import { normalizeTagName } from './tagNames';
import type { MarkingsRepository } from './markingsRepository';
import { originalFileHash } from './originalFileHash';
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

/**
 * Files written per transaction: large enough that commits (and the full-text index segment each
 * one writes out) stop mattering, small enough to keep the memory of a batch's texts and the write
 * lock's hold short (about half a second for 500 articles).
 */
const BATCH_FILES = 500;
/**
 * …and at most this many bytes of files read ahead of their batch's transaction: 500 articles
 * of text fit, while saved web pages (tens of KB of markup each, parsed side by side) stop at
 * about 100 a batch, which keeps the memory of importing them flat.
 */
const BATCH_BYTES = 8 * 1024 * 1024;

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
  reader: SourceReader = inlineSmallText(sharedImportPool()),
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

  /** A file that cannot be imported, and why. */
  interface Failed {
    name: string;
    failed: ImportFileResult;
    known?: undefined;
  }
  /** A file read and ready to write. */
  interface Read {
    name: string;
    failed?: undefined;
    known?: undefined;
    source: NewSource;
    tagNames: string[];
    update: ExistingUpdate | null;
    warnings: string[];
    found: ImportedSource['found'];
  }
  /** A file whose bytes a source has already (`known` is their hash): not read at all. */
  interface Known {
    name: string;
    failed?: undefined;
    known: string;
    update: ExistingUpdate | null;
    /** Reads the file after all, should that source be gone by the time the batch is written. */
    reread: () => Promise<Prepared>;
  }
  type Prepared = Failed | Read | Known;
  /** A batch's results in order; none yet for a known file whose source has gone. */
  type Written = (ImportFileResult | undefined)[];

  const failure = (name: string, error: unknown): ImportFileResult => {
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
  };

  /** The hash a file is looked up by; none for a file that was not read or is too large. */
  const bytesHash = (file: ImportFile): string | null =>
    file.readError || file.bytes.length > maxBytes ? null : originalFileHash(file.bytes);

  /**
   * Reads and checks one file; nothing is written yet. A file whose bytes (`hash`) are a
   * source's original already is not read: it can only be that source again.
   */
  const prepare = async (
    file: ImportFile,
    options: ImportOptions,
    hash: string | null = bytesHash(file),
  ): Promise<Prepared> => {
    const name = baseName(file.name);
    if (file.readError)
      return {
        name,
        failed: {
          name,
          status: 'failed',
          reason: `The file could not be read (${file.readError}).`,
        },
      };
    try {
      const chosenMarking = markings.normalize(options.marking);
      const update: ExistingUpdate | null = options.updateExisting
        ? {
            ...(chosenMarking !== null ? { marking: chosenMarking } : {}),
            tags: (options.tags ?? []).map(normalizeTagName),
          }
        : null;
      if (hash !== null && sources.findByFileHash(hash))
        return { name, known: hash, update, reread: () => prepare(file, options, null) };
      const imported = await reader.read(name, file.bytes, maxBytes);
      const { marking, warning } = markingFor(imported, chosenMarking);
      const tagNames = [...(options.tags ?? []), ...imported.tags].map(normalizeTagName);
      const checked = checkedText(imported.text);
      return {
        name,
        source: toNewSource(file, { ...imported, text: checked.text }, marking),
        tagNames: [...new Set(tagNames)],
        update,
        warnings: [...checked.warnings, ...imported.warnings, ...(warning ? [warning] : [])],
        found: imported.found,
      };
    } catch (error) {
      return { name, failed: failure(name, error) };
    }
  };

  /** Another file with the bytes of one prepared already: its outcome, under its own name. */
  const sameBytesAs = (first: Prepared, file: ImportFile, options: ImportOptions): Prepared => {
    const name = baseName(file.name);
    if (first.failed) return { name, failed: { ...first.failed, name } };
    if (first.known !== undefined)
      return { ...first, name, reread: () => prepare(file, options, null) };
    return { ...first, name, source: { ...first.source, fileName: name } };
  };

  /** Prepares files side by side; a file whose bytes came earlier in the batch is read once. */
  const prepareBatch = (files: readonly ImportFile[], options: ImportOptions) => {
    const firstWith = new Map<string, Promise<Prepared>>();
    return Promise.all(
      files.map((file) => {
        const hash = bytesHash(file);
        if (hash === null) return prepare(file, options, null);
        const first = firstWith.get(hash);
        if (first) return first.then((prepared) => sameBytesAs(prepared, file, options));
        const prepared = prepare(file, options, hash);
        firstWith.set(hash, prepared);
        return prepared;
      }),
    );
  };

  /**
   * Writes a batch in one transaction, its new sources in one statement (see
   * `SourcesRepository.insertMany`), and no savepoint per file: FTS5 writes its pending index out
   * at every savepoint, which would make each file a segment of its own. A file that fails the batch is rare (reading has refused the bad
   * ones already): the batch is then rolled back and written again a file per transaction, so
   * the failure stays with its file. A busy library is waited for (the whole batch is retried).
   * A file known by its bytes whose source has been deleted since it was prepared is left without
   * a result, to be read after all.
   */
  const writeBatch = writeTransaction(db, (batch: readonly Prepared[]): Written => {
    const done = (
      item: { name: string; warnings?: string[]; found?: ImportedSource['found'] },
      id: number,
      title: string,
      duplicate: boolean,
      updated = false,
    ): ImportFileResult => {
      const { warnings = [] } = item;
      return {
        name: item.name,
        status: duplicate ? ('duplicate' as const) : ('imported' as const),
        sourceId: id,
        title,
        ...(item.found ? { found: item.found } : {}),
        ...(warnings.length ? { warnings } : {}),
        ...(duplicate ? { reason: `Already in the library as source ${id}.`, updated } : {}),
      };
    };
    const results: Written = batch.map(() => undefined);
    // New sources, and files whose text is one of them (the same text twice in one batch).
    const fresh: { at: number; item: Read }[] = [];
    const repeats: { at: number; item: Read; of: number }[] = [];
    const known: { at: number; item: Known }[] = [];
    const freshByHash = new Map<string, number>();
    batch.forEach((item, at) => {
      if (item.failed) {
        results[at] = item.failed;
        return;
      }
      if (item.known !== undefined) {
        known.push({ at, item });
        return;
      }
      const hash = item.source.contentHash;
      const earlier = freshByHash.get(hash);
      if (earlier !== undefined) {
        repeats.push({ at, item, of: earlier });
        return;
      }
      const existing = sources.findByHash(hash);
      if (existing) {
        const updated = item.update ? updateExisting(existing.id, item.update) : false;
        results[at] = done(item, existing.id, existing.title, true, updated);
        return;
      }
      freshByHash.set(hash, fresh.length);
      fresh.push({ at, item });
    });
    const ids = sources.insertMany(
      fresh.map(({ item }) => ({ source: item.source, tagNames: item.tagNames })),
    );
    fresh.forEach(
      ({ at, item }, i) => (results[at] = done(item, ids[i]!, item.source.title, false)),
    );
    for (const { at, item, of } of repeats) {
      const id = ids[of]!;
      const updated = item.update ? updateExisting(id, item.update) : false;
      results[at] = done(item, id, fresh[of]!.item.source.title, true, updated);
    }
    for (const { at, item } of known) {
      const existing = sources.findByFileHash(item.known);
      if (!existing) continue;
      const updated = item.update ? updateExisting(existing.id, item.update) : false;
      results[at] = done(item, existing.id, existing.title, true, updated);
    }
    return results;
  });

  const writeOrSplit = async (batch: readonly Prepared[]): Promise<Written> => {
    try {
      return await retryBusy(() => writeBatch(batch));
    } catch (error) {
      const writing = batch.filter((item) => !item.failed).length;
      if (writing > 1 && !(error instanceof ApiError && error.code === 'busy')) {
        const results: Written = [];
        for (const item of batch) results.push(...(await writeOrSplit([item])));
        return results;
      }
      return batch.map((item) => item.failed ?? failure(item.name, error));
    }
  };

  const write = async (batch: readonly Prepared[]): Promise<ImportFileResult[]> => {
    const results = await writeOrSplit(batch);
    const gone = batch.flatMap((item, at) => (results[at] || !item.known ? [] : [item]));
    if (gone.length) {
      const again = await write(await Promise.all(gone.map((item) => item.reread())));
      let next = 0;
      results.forEach((result, at) => {
        if (!result) results[at] = again[next++];
      });
    }
    return results as ImportFileResult[];
  };

  const service = {
    maxBytes,
    /** One file, in its own transaction; a failure is a result, never an exception. */
    async importFile(file: ImportFile, options: ImportOptions = {}): Promise<ImportFileResult> {
      return (await write([await prepare(file, options)]))[0]!;
    },
    /**
     * Files in batches: each batch is read (plain text in place, other formats on the worker
     * pool, in parallel) and then written in one transaction, so a library of thousands of files
     * is not thousands of commits. `onResult` hears of each file as its batch is written.
     */
    async importFiles(
      files: readonly ImportFile[],
      options: ImportOptions = {},
      onResult?: (result: ImportFileResult, index: number) => void,
    ): Promise<ImportReport> {
      const results: ImportFileResult[] = [];
      for (let at = 0; at < files.length;) {
        let end = at;
        let bytes = 0;
        while (end < files.length && end - at < BATCH_FILES && bytes < BATCH_BYTES)
          bytes += files[end++]!.bytes.length;
        const prepared = await prepareBatch(files.slice(at, end), options);
        for (const result of await write(prepared)) {
          onResult?.(result, results.length);
          results.push(result);
        }
        at = end;
      }
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
