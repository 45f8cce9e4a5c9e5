import type { Migration } from './types';
import { notesMigration } from './001_notes';
import { libraryMigration } from './002_library';
import { noteHistoryMigration } from './003_note_history';
import { noteExportsMigration } from './004_note_exports';
import { retiredIdsMigration } from './005_retired_ids';
import { compressedOriginalsMigration } from './006_compressed_originals';
import { sourceDetailsMigration } from './007_source_details';
import { sourceVersionsMigration } from './008_source_versions';
import { icd203GradingMigration } from './009_icd203_grading';
import { noteRevisionNumbersMigration } from './010_note_revision_numbers';
import { leanerSearchIndexMigration } from './011_leaner_search_index';
import { maintainedCountsMigration } from './012_maintained_counts';
import { searchIndexMergingMigration } from './013_search_index_merging';
import { originalFileHashesMigration } from './014_original_file_hashes';
import { searchIndexTidyingMigration } from './015_search_index_tidying';

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  notesMigration,
  libraryMigration,
  noteHistoryMigration,
  noteExportsMigration,
  retiredIdsMigration,
  compressedOriginalsMigration,
  sourceDetailsMigration,
  sourceVersionsMigration,
  icd203GradingMigration,
  noteRevisionNumbersMigration,
  leanerSearchIndexMigration,
  maintainedCountsMigration,
  searchIndexMergingMigration,
  originalFileHashesMigration,
  searchIndexTidyingMigration,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
