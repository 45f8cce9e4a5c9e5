import type { Database } from 'better-sqlite3';
import { DEFAULT_MAX_IMPORT_BYTES } from '../importers';
import { createSearchRepository } from '../search/searchRepository';
import { createClaimsRepository } from './claimsRepository';
import { createExcerptsRepository } from './excerptsRepository';
import { createImportService } from './importService';
import { createMarkingsRepository } from './markingsRepository';
import { createSourceTrash } from './sourceTrash';
import { createSourcesRepository } from './sourcesRepository';
import { createTagsRepository } from './tagsRepository';

export interface LibraryOptions {
  /** Largest file accepted for import (default 50 MB). */
  maxImportBytes?: number;
  now?: () => Date;
}

/** The library's repositories over one database. */
export function createLibrary(db: Database, options: LibraryOptions = {}) {
  const now = options.now ?? (() => new Date());
  // A library of tens of thousands of sources: a bigger page cache keeps search and index merges
  // off the disk. Memory-mapped reads are kept small: every mapped page read counts as the
  // host's resident memory (256 MB of it at 100,000 sources), and searches were no faster with
  // 256 MB mapped than with none (the pages are in the system's cache either way).
  db.pragma('cache_size = -32768');
  db.pragma('mmap_size = 67108864');
  db.pragma('temp_store = MEMORY');
  const tags = createTagsRepository(db);
  const markings = createMarkingsRepository(db);
  const sources = createSourcesRepository(db, tags, now);
  const excerpts = createExcerptsRepository(db, sources, tags, markings, now);
  const claims = createClaimsRepository(db, excerpts, tags, markings, now);
  const importer = createImportService(
    db,
    sources,
    excerpts,
    markings,
    tags,
    options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES,
  );
  const search = createSearchRepository(db);
  const trash = createSourceTrash(db, sources, excerpts, tags, now);
  return { tags, markings, sources, excerpts, claims, importer, search, trash };
}

export type Library = ReturnType<typeof createLibrary>;
