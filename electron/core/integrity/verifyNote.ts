import type { Database } from 'better-sqlite3';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { checkIntegrity, idsToLookUp } from './checkIntegrity';
import { citedItems, noteRoot } from './citedItems';
import { createLibraryState } from './libraryState';

/** The integrity check of a note's content (saved or not) against the open library. */
export function createIntegrityCheck(db: Database, now: () => Date = () => new Date()) {
  const libraryState = createLibraryState(db);
  return {
    verifyContent(content: string): IntegrityReport {
      const cited = citedItems(noteRoot(content));
      return checkIntegrity(cited, libraryState(idsToLookUp(cited)), now());
    },
  };
}

export type IntegrityCheck = ReturnType<typeof createIntegrityCheck>;
