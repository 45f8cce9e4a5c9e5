import type { Creator } from '../source/creators';

/**
 * The saved form of Briefwright's own editor nodes. The editor writes these (exportJSON) and the
 * PDF export reads them, so this file is the one agreement between the two. A node carries a
 * snapshot of what it cites, so deleting or changing the library can never blank a note.
 *
 * `version` is the node's own format version; bump it (and keep reading older ones) on change.
 */

import type { InformationCredibility, SourceReliability } from '../admiralty';
import type { AnalyticConfidence, Likelihood } from '../icd203/scale';

export type { AnalyticConfidence, Likelihood };

export const EXCERPT_NODE_TYPE = 'bw-excerpt';
export const CITATION_NODE_TYPE = 'bw-citation';
export const CLAIM_NODE_TYPE = 'bw-claim';

export type { Creator } from '../source/creators';

/** Source metadata as it was when cited. */
export interface SourceSnapshot {
  sourceId: number;
  title: string;
  author: string | null;
  /** Structured creators, when known; older snapshots have only `author`, read as names. */
  creators?: Creator[];
  outlet: string | null;
  /** ISO date (YYYY-MM-DD or full timestamp) or null when unknown. */
  publishedAt: string | null;
  url: string | null;
  /** The source's handling marking, e.g. "TLP:AMBER", when it has one. */
  marking: string | null;
}

/** A block quote of an excerpt from the library. Its quoted words are read-only in the note. */
export interface SerializedExcerptNode {
  type: typeof EXCERPT_NODE_TYPE;
  version: 1;
  excerptId: number;
  quote: string;
  /** Where in the source, e.g. "p. 4" or "para. 12". */
  locator: string | null;
  /** The excerpt's effective marking (its own if stricter, else its source's). */
  marking: string | null;
  source: SourceSnapshot;
}

/** An inline citation marker; rendered as a superscript number in reading order. */
export interface SerializedCitationNode {
  type: typeof CITATION_NODE_TYPE;
  version: 1;
  /** The excerpt this points at, or null for a citation of a whole source. */
  excerptId: number | null;
  /** Snapshot of the excerpt's quote, when it cites one (for hover and the evidence annex). */
  quote: string | null;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}

export type EvidenceRelation = 'supports' | 'contradicts';

export interface ClaimEvidenceSnapshot {
  excerptId: number;
  relation: EvidenceRelation;
  quote: string;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
  /** The excerpt's Admiralty grading (its own, else its source's), when it has one. */
  reliability?: SourceReliability | null;
  credibility?: InformationCredibility | null;
}

/**
 * A claim with its ICD 203 likelihood and analytic confidence and the evidence cited for it.
 * Version 1 had only `confidence`, which held the likelihood term; readers take it as likelihood.
 */
export interface SerializedClaimNode {
  type: typeof CLAIM_NODE_TYPE;
  version: 1 | 2;
  claimId: number;
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  /** The claim's own handling marking. */
  marking?: string | null;
  evidence: ClaimEvidenceSnapshot[];
}

export type SerializedBriefwrightNode =
  SerializedExcerptNode | SerializedCitationNode | SerializedClaimNode;
