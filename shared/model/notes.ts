/** Notes domain types beyond the basic Note: trash, revisions, citation status. */
import type {
  AnalyticConfidence,
  ClaimEvidenceSnapshot,
  Likelihood,
  SourceSnapshot,
} from '../note/serializedNodes';

export const NOTE_TEMPLATES = ['blank', 'bluf', 'sitrep'] as const;
export type NoteTemplate = (typeof NOTE_TEMPLATES)[number];

export const REVISION_REASONS = ['edit', 'export', 'restore', 'manual'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface NoteRevisionSummary {
  id: number;
  noteId: number;
  title: string;
  reason: RevisionReason;
  createdAt: string;
  /** Kept because another save landed on top of it (from another window or process). */
  keptFromConflict: boolean;
}

export interface NoteRevision extends NoteRevisionSummary {
  /** Serialized editor state as it was. */
  content: string;
}

/** What the library holds now for an excerpt a note cites (null entries: deleted). */
export interface ExcerptLookup {
  quote: string;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}

export interface ClaimLookup {
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
  evidence: ClaimEvidenceSnapshot[];
}

/** Current library copies of what a note cites, keyed by id; null when it no longer exists. */
export interface CitationLookup {
  excerpts: Record<number, ExcerptLookup | null>;
  claims: Record<number, ClaimLookup | null>;
  sources: Record<number, SourceSnapshot | null>;
}
