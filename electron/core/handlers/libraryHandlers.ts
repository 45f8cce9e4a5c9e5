import { readFile } from 'node:fs/promises';
import type { libraryApi } from '../../../shared/api/library';
import { ApiError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { backupDirFor, fileSize, writeBackup } from '../db/backup';
import { checkLibrary } from '../library/checkLibrary';
import { join } from 'node:path';
import type { HostServices } from '../host';
import type { HandlersFor } from './types';
import { writeTransaction } from '../db/writeTransaction';
import type { SkippedPath } from '../importers/walkImportPaths';
import type { ImportFileResult, ImportReport } from '../../../shared/model';

const decodeUpload = (dataBase64: string): Buffer => {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(dataBase64.replace(/\s+/g, '')))
    throw new ApiError('bad_request', 'A file upload is not valid base64.');
  return Buffer.from(dataBase64, 'base64');
};

/** Files of a chosen folder read and imported together; their bytes are let go after each group. */
const CHOSEN_GROUP_FILES = 100;

function* groupsOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/** Entries the folder walk did not follow are reported as failed files, each with its reason. */
function withSkipped(report: ImportReport, skipped: readonly SkippedPath[]): ImportReport {
  if (skipped.length === 0) return report;
  const results: ImportFileResult[] = [
    ...report.results,
    ...skipped.map((s) => ({ name: s.path, status: 'failed' as const, reason: s.reason })),
  ];
  return { ...report, results, failed: report.failed + skipped.length };
}

export function libraryHandlers(
  ctx: CoreContext,
  host: HostServices,
): HandlersFor<keyof typeof libraryApi> {
  const { sources, excerpts, claims, tags, markings, importer, search, trash } = ctx.library;
  return {
    'library.search': (query) => search.search(query),
    'library.check': () => checkLibrary(ctx.db),
    'library.backup': async () => {
      const stamp = new Date()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      const path = await writeBackup(
        ctx.db,
        join(backupDirFor(ctx.databasePath), `library-${stamp}.sqlite`),
      );
      return { path, bytes: fileSize(path) };
    },

    'sources.list': ({ limit, offset, tags: tagFilter }) => sources.list(limit, offset, tagFilter),
    'sources.get': ({ id }) => sources.get(id),
    'sources.import': ({ files, tags: tagNames, marking, updateExisting }) =>
      importer.importFiles(
        files.map((f) => ({ name: f.name, bytes: decodeUpload(f.dataBase64) })),
        { tags: tagNames, marking, updateExisting },
      ),
    'sources.importChosen': async ({ tags: tagNames, marking }) => {
      if (!host.chooseImportPaths)
        throw new ApiError(
          'unsupported',
          'This host has no file dialog; upload the files instead.',
        );
      const chosen = await host.chooseImportPaths();
      if (!chosen) return null;
      // Read a group at a time, so a folder of thousands of files is never in memory at once.
      const reports: ImportReport[] = [];
      for (const group of groupsOf(chosen.files, CHOSEN_GROUP_FILES)) {
        const files = [];
        for (const path of group) {
          try {
            files.push({ name: path, bytes: await readFile(path) });
          } catch (error) {
            files.push({ name: path, bytes: Buffer.alloc(0), readError: (error as Error).message });
          }
        }
        reports.push(await importer.importFiles(files, { tags: tagNames, marking }));
      }
      const report: ImportReport = {
        results: reports.flatMap((r) => r.results),
        imported: reports.reduce((n, r) => n + r.imported, 0),
        duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
        failed: reports.reduce((n, r) => n + r.failed, 0),
      };
      return withSkipped(report, chosen.skipped);
    },
    'sources.reimport': ({ id, file }) =>
      importer.reimport(id, { name: file.name, bytes: decodeUpload(file.dataBase64) }),
    'sources.versions': ({ id }) => sources.versions(id),
    'sources.versionText': ({ id, version }) => sources.versionText(id, version),
    'sources.update': ({ id, tags: tagNames, marking, ...fields }) => {
      writeTransaction(ctx.db, () => {
        sources.update(id, {
          ...fields,
          ...(marking !== undefined ? { marking: markings.normalize(marking) } : {}),
        });
        if (tagNames) {
          sources.summary(id);
          tags.setFor('source', id, tagNames);
        }
      })();
      return sources.summary(id);
    },
    'sources.deleteImpact': ({ id }) => trash.impact(id),
    'sources.delete': ({ id }) => ({ deleted: true, restore: trash.delete(id) }),
    'sources.restore': ({ id }) => sources.get(trash.restore(id)),

    'excerpts.create': (input) => excerpts.get(excerpts.create(input)),
    'excerpts.get': ({ id }) => excerpts.get(id),
    'excerpts.listForSource': ({ sourceId }) => excerpts.listForSource(sourceId),
    'excerpts.update': ({ id, ...fields }) => {
      excerpts.update(id, fields);
      return excerpts.get(id);
    },
    'excerpts.delete': ({ id }) => ({ deleted: true, restore: excerpts.delete(id) }),
    'excerpts.restore': (deleted) => excerpts.get(excerpts.restore(deleted)),
    'excerpts.acceptProposal': ({ id }) => {
      excerpts.acceptProposal(id);
      return excerpts.get(id);
    },
    'excerpts.rejectProposal': ({ id }) => {
      excerpts.rejectProposal(id);
      return excerpts.get(id);
    },

    'claims.create': (input) => claims.get(claims.create(input)),
    'claims.get': ({ id }) => claims.get(id),
    'claims.list': ({ limit, offset, tags: tagFilter, excerptId }) =>
      claims.list(limit, offset, { tags: tagFilter, excerptId }),
    'claims.update': ({ id, ...fields }) => {
      claims.update(id, fields);
      return claims.get(id);
    },
    'claims.delete': ({ id }) => ({ deleted: true, restore: claims.delete(id) }),
    'claims.restore': (deleted) => claims.get(claims.restore(deleted)),

    'tags.list': () => tags.list(),
    'tags.rename': ({ from, to }) => {
      tags.rename(from, to);
      return tags.list();
    },
    'tags.merge': ({ from, into }) => {
      tags.merge(from, into);
      return tags.list();
    },
    'tags.delete': ({ name }) => {
      tags.delete(name);
      return tags.list();
    },

    'markings.get': () => markings.info(),
    'markings.setScheme': (input) =>
      'custom' in input ? markings.setCustomScheme(input.custom) : markings.setScheme(input.id),
  };
}
