/** Library domain types: sources, excerpts, claims, tags, search. Ids are SQLite row ids. */
import type { MarkingScheme } from '../markings';
import type {
  ClaimEvidenceSnapshot,
  Confidence,
  EvidenceRelation,
  SourceSnapshot,
} from '../note/serializedNodes';

export type { Confidence, EvidenceRelation, SourceSnapshot };

export const SOURCE_KINDS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceSummary {
  id: number;
  kind: SourceKind;
  title: string;
  author: string | null;
  outlet: string | null;
  /** ISO date or timestamp, as the source gave it; null when unknown. */
  publishedAt: string | null;
  url: string | null;
  importedAt: string;
  /** The source's own handling marking (a level of the active scheme), or null. */
  marking: string | null;
  tags: string[];
  fileName: string;
  mime: string;
  /** Length of the normalized text in UTF-16 code units (the anchor coordinate space). */
  textLength: number;
  excerptCount: number;
}

export interface Source extends SourceSummary {
  /** Normalized plain text: every excerpt offset points into this string. */
  text: string;
  /** For PDFs: the offset in `text` where each page starts (page 1 first); null otherwise. */
  pageOffsets: number[] | null;
}

export interface SourcePage {
  items: SourceSummary[];
  total: number;
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportFileResult {
  name: string;
  status: ImportStatus;
  /** The new source (imported) or the existing one with the same content (duplicate). */
  sourceId?: number;
  title?: string;
  /** Why a file failed, in words a user can act on. */
  reason?: string;
  /** What was imported but not exactly as it was (e.g. characters that could not be decoded). */
  warnings?: string[];
}

export interface ImportReport {
  results: ImportFileResult[];
  imported: number;
  duplicates: number;
  failed: number;
}

/** An excerpt that re-import could not place in the new text; it is kept, marked unanchored. */
export interface UnplacedExcerpt {
  excerptId: number;
  quote: string;
}

export interface ReimportReport {
  source: SourceSummary;
  reanchored: number;
  unplaced: UnplacedExcerpt[];
}

export interface Excerpt {
  id: number;
  sourceId: number;
  /** Offsets into the source's normalized text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  quote: string;
  /** Up to 32 characters before and after the quote (W3C TextQuoteSelector context). */
  prefix: string;
  suffix: string;
  /** Where in the source, e.g. "p. 4" or "para. 12". */
  locator: string | null;
  comment: string;
  /** The excerpt's own marking (only kept when stricter than its source's). */
  marking: string | null;
  /** What the excerpt carries: its own marking if stricter, else its source's. */
  effectiveMarking: string | null;
  /** False when a re-import could not find the quote in the new text. */
  anchored: boolean;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  /** Everything an editor node or export needs about the source. */
  source: SourceSnapshot;
}

export const CLAIM_STATUSES = ['open', 'assessed', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface Claim {
  id: number;
  text: string;
  confidence: Confidence | null;
  status: ClaimStatus;
  tags: string[];
  /** Each linked excerpt with a snapshot ready for a claim node. */
  evidence: ClaimEvidenceSnapshot[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Everything needed to bring a deleted excerpt back exactly as it was (undo): `excerpts.delete`
 * returns it and `excerpts.restore` takes it back, so notes citing the id find it again.
 */
export interface DeletedExcerpt {
  id: number;
  sourceId: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  locator: string | null;
  comment: string;
  marking: string | null;
  anchored: boolean;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  /** The claims it was evidence for, with the relation and its place in their evidence list. */
  evidenceFor: { claimId: number; relation: EvidenceRelation; position: number }[];
}

/** A deleted claim as it was (undo): `claims.delete` returns it, `claims.restore` takes it back. */
export interface DeletedClaim {
  id: number;
  text: string;
  confidence: Confidence | null;
  status: ClaimStatus;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  evidence: { excerptId: number; relation: EvidenceRelation; position: number }[];
}

export interface ClaimSummary {
  id: number;
  text: string;
  confidence: Confidence | null;
  status: ClaimStatus;
  tags: string[];
  evidenceCount: number;
  updatedAt: string;
}

export interface ClaimPage {
  items: ClaimSummary[];
  total: number;
}

export interface TagCount {
  id: number;
  /** Hierarchical, lower case, `/`-separated, e.g. `region/ukraine`. */
  name: string;
  sources: number;
  excerpts: number;
  claims: number;
  total: number;
}

export interface MarkingsInfo {
  active: MarkingScheme;
  schemes: MarkingScheme[];
}

export const SEARCH_TYPES = ['source', 'excerpt', 'claim', 'note'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A piece of a snippet; highlighted pieces are the matched words. Plain text, never HTML. */
export interface SnippetSegment {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: number;
  title: string;
  snippet: SnippetSegment[];
  /** Higher is better (negated bm25). */
  score: number;
  /** The source an excerpt belongs to (and a source's own id). */
  sourceId?: number;
  /** Published date for sources and excerpts, last update for claims and notes. */
  date?: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches per type after filters (counted up to a cap of SEARCH_COUNT_CAP per type). */
  counts: Record<SearchType, number>;
  total: number;
}

export const SEARCH_COUNT_CAP = 5000;

export interface LibraryCheck {
  /** True when nothing is damaged (unanchored excerpts are reported but are not damage). */
  ok: boolean;
  problems: string[];
  /** Excerpts a re-import could not place; they keep their quote and await review. */
  unanchoredExcerpts: number;
  counts: { sources: number; excerpts: number; claims: number; tags: number; notes: number };
}
