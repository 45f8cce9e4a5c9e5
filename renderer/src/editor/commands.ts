import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';
import type {
  AnalyticConfidence,
  ClaimEvidenceSnapshot,
  Likelihood,
  SourceSnapshot,
} from '../../../shared/note/serializedNodes';
import type { DragItem } from '../../../shared/note/dragPayload';
import type { BlockTarget } from './drag/insertBlock';
import type { ExcerptSnapshot } from './nodes/ExcerptNode';

/**
 * Every way of putting library material into a note (toolbar, keyboard palette, drag and drop)
 * dispatches one of these, so all paths insert the same nodes the same way.
 */
export const INSERT_EXCERPT_COMMAND: LexicalCommand<ExcerptSnapshot> =
  createCommand('INSERT_EXCERPT_COMMAND');

export interface CitationInsert {
  excerptId: number | null;
  quote: string | null;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}
export const INSERT_CITATION_COMMAND: LexicalCommand<CitationInsert> =
  createCommand('INSERT_CITATION_COMMAND');

export interface ClaimInsert {
  claimId: number;
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  /** The claim's own handling marking. */
  marking: string | null;
  evidence: ClaimEvidenceSnapshot[];
}
export const INSERT_CLAIM_COMMAND: LexicalCommand<ClaimInsert> =
  createCommand('INSERT_CLAIM_COMMAND');

/**
 * Fetches library items by id (drag payload or palette choice) and inserts them: blocks at `at`
 * (where a drop line showed) or beside the caret's block, citations at the caret.
 */
export interface LibraryItemsInsert {
  items: DragItem[];
  at?: BlockTarget;
}
export const INSERT_LIBRARY_ITEMS_COMMAND: LexicalCommand<LibraryItemsInsert> = createCommand(
  'INSERT_LIBRARY_ITEMS_COMMAND',
);

/** Replaces a node's snapshot with the library's current copy. */
export const REFRESH_CITED_NODE_COMMAND: LexicalCommand<NodeKey> = createCommand(
  'REFRESH_CITED_NODE_COMMAND',
);

/** Opens the "Insert citation…" search palette. */
export const OPEN_CITATION_PALETTE_COMMAND: LexicalCommand<void> = createCommand(
  'OPEN_CITATION_PALETTE_COMMAND',
);

/** Asks the integrity checker to compare the note's citations with the library now. */
export const CHECK_CITATIONS_COMMAND: LexicalCommand<void> =
  createCommand('CHECK_CITATIONS_COMMAND');
