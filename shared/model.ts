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

/**
 * A mark that moves whenever another process (the CLI, the browser host, the desktop app) commits
 * to the library. Compare it with the last one seen; this process's own writes do not move it.
 */
export interface LibraryChangeMark {
  version: number;
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
}

export interface Note extends NoteSummary {
  /** Serialized Lexical editor state (JSON text). */
  content: string;
}

export * from './model/library';
export * from './model/notes';
export * from './model/integrity';
