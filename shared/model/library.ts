/** Library domain types: sources, excerpts, claims, tags, search. Ids are SQLite row ids. */
import type { InformationCredibility, SourceReliability } from '../admiralty';
import type { AnalyticConfidence, Likelihood } from '../icd203/scale';
import type { MarkingScheme } from '../markings';
import type { Creator } from '../source/creators';
import type { SourceType } from '../source/sourceFields';
import type {
  ClaimEvidenceSnapshot,
  EvidenceRelation,
  SourceSnapshot,
} from '../note/serializedNodes';

export type { AnalyticConfidence, EvidenceRelation, Likelihood, SourceSnapshot };
export type { Creator, OrganisationCreator, PersonCreator } from '../source/creators';
export { SOURCE_TYPES, type SourceType } from '../source/sourceFields';

/** Admiralty grading fields, each optional. */
export interface Graded {
  reliability: SourceReliability | null;
  credibility: InformationCredibility | null;
}

export const SOURCE_KINDS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceSummary extends Graded {
  id: number;
  kind: SourceKind;
  title: string;
  /** The creators as a line ("Family, Given; Organisation"), derived from `creators`. */
  author: string | null;
  /** People (family, given) and organisations (literal), in the order the source names them. */
  creators: Creator[];
  /** Outlet or publisher. */
  outlet: string | null;
  /** ISO year, year-month, date or timestamp, as the source gave it; null when unknown. */
  publishedAt: string | null;
  url: string | null;
  /** What kind of thing the source is, when someone said so. */
  sourceType: SourceType | null;
  /** BCP 47 language tag, e.g. "en". */
  language: string | null;
  /** The analyst's own note about the source. */
  note: string;
  importedAt: string;
  /** The source's own handling marking (a level of the active scheme), or null. */
  marking: string | null;
  tags: string[];
  fileName: string;
  mime: string;
  /** Length of the normalized text in UTF-16 code units (the anchor coordinate space). */
  textLength: number;
  excerptCount: number;
  /** Which version of the source's text is current: 1 at import, +1 per re-import. */
  version: number;
  /** When the current version was imported. */
  versionImportedAt: string;
}

/** An earlier text of a source, kept when a re-import replaced it. */
export interface SourceVersion {
  version: number;
  fileName: string;
  importedAt: string;
  replacedAt: string;
  textLength: number;
}

export interface SourceVersionText extends SourceVersion {
  text: string;
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

/** Details an importer can read from a file (reported per file as what it found). */
export type FoundField =
  | 'title'
  | 'creators'
  | 'outlet'
  | 'publishedAt'
  | 'url'
  | 'marking'
  | 'tags'
  | 'language'
  | 'notes';

export interface ImportFileResult {
  name: string;
  status: ImportStatus;
  /** The new source (imported) or the existing one with the same content (duplicate). */
  sourceId?: number;
  title?: string;
  /** Why a file failed, in words a user can act on. */
  reason?: string;
  /** The details the importer read from the file itself (never guessed). */
  found?: FoundField[];
  /** Things the user should know, e.g. that no article was found and the whole page was kept. */
  warnings?: string[];
  /** For a duplicate imported with `updateExisting`: the marking and tags were applied to it. */
  updated?: boolean;
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
  /** Similar words where the excerpt's context says it was, for the analyst to accept or reject. */
  proposal: ExcerptProposal | null;
}

export interface ReimportReport {
  source: SourceSummary;
  /** Excerpts whose quote was found verbatim in the new text. */
  reanchored: number;
  unplaced: UnplacedExcerpt[];
}

/** A place in the current text that re-import proposes for an excerpt it could not find verbatim. */
export interface ExcerptProposal {
  start: number;
  end: number;
  /** The current text at that place (it differs from the excerpt's quote). */
  quote: string;
  prefix: string;
  suffix: string;
  /** 0–1, how closely quote and context match. */
  score: number;
}

export interface Excerpt extends Graded {
  id: number;
  sourceId: number;
  /**
   * Offsets into the source's current normalized text (UTF-16 code units, end exclusive); null
   * when the excerpt has no place in the current version (`anchored` false).
   */
  start: number | null;
  end: number | null;
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
  /** False when a re-import could not find the quote verbatim in the new text. */
  anchored: boolean;
  /** The grading the excerpt carries: each half its own, else its source's. */
  effectiveGrading: Graded;
  /** The version of the source's text the excerpt was taken from. */
  sourceVersion: number;
  /** For an unplaced excerpt: where re-import proposes it now sits, or null. */
  proposal: ExcerptProposal | null;
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
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
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
  reliability?: SourceReliability | null;
  credibility?: InformationCredibility | null;
  /** The version of the source's text it was taken from (absent in undo data from before). */
  sourceVersion?: number;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  /** The claims it was evidence for, with the relation and its place in their evidence list. */
  evidenceFor: { claimId: number; relation: EvidenceRelation; position: number }[];
}

/** What deleting a source takes with it: shown in the confirmation before it happens. */
export interface SourceDeleteImpact {
  id: number;
  title: string;
  /** Notes (not in the trash) that cite the source or one of its excerpts. */
  citingNotes: number;
  /** Excerpts deleted with it. */
  excerpts: number;
  /** Claims that lose evidence links with them (the claims themselves stay). */
  claims: number;
}

/** A deleted source: `sources.restore` with its id brings it back with the same ids (undo). */
export interface DeletedSource extends SourceDeleteImpact {
  deletedAt: string;
}

/** A deleted claim as it was (undo): `claims.delete` returns it, `claims.restore` takes it back. */
export interface DeletedClaim {
  id: number;
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
  status: ClaimStatus;
  createdAt: string;
  updatedAt: string;
  tags: string[];
  evidence: { excerptId: number; relation: EvidenceRelation; position: number }[];
}

export interface ClaimSummary {
  id: number;
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
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
  /** A claim's likelihood and confidence as ICD 203 writes them ("Likely (55–80%); …"). */
  assessment?: string;
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
