/** Domain types shared by core and renderer. Ids are SQLite integer row ids. */

export interface AppInfo {
  name: 'Briefwright';
  version: string;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  counts: LibraryCounts;
  /** The log file where errors nobody saw are written (rotated beside it). */
  logPath: string;
  /** What this build runs on; `electron` and `chrome` only inside the desktop app. */
  versions: { node: string; electron?: string; chrome?: string };
}

export interface LibraryCounts {
  notes: number;
  sources: number;
  excerpts: number;
  claims: number;
  tags: number;
}

export interface NoteSummary {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the note is in the trash; null otherwise. */
  deletedAt: string | null;
  /** Counts the note's content saves; a save names the one it was based on. */
  revision: number;
}

/** What a save did: the note now, and the other version it kept when the save met a newer one. */
export interface NoteSaveResult extends NoteSummary {
  /** Set when someone else saved this note after the version this save was based on. */
  keptOther?: NoteRevisionSummary;
}

export interface Note extends NoteSummary {
  /** Serialized Lexical editor state (JSON text). */
  content: string;
}

import type { NoteRevisionSummary } from './model/notes';

export * from './model/library';
export * from './model/notes';
export * from './model/integrity';
