/** The library shapes the pane works with: the contract's, plus the claim editor's draft. */
import type { Claim, Excerpt, Source } from '../../../shared/model/library';
import { formatGrading } from '../../../shared/admiralty';
import type {
  AnalyticConfidence,
  EvidenceRelation,
  Likelihood,
} from '../../../shared/note/serializedNodes';

export type { EvidenceRelation };

export type SourceView = Source;
export type ExcerptView = Excerpt;
export type ClaimView = Claim;

/** Text selected in the reader that becomes an excerpt only when the claim citing it is saved. */
export interface PendingSelection {
  sourceId: number;
  start: number;
  end: number;
  quote: string;
  sourceTitle: string;
}

/** One evidence link as the claim editor shows it. */
export interface EvidenceView {
  /** The excerpt's id; negative for a pending selection not saved yet. */
  excerptId: number;
  pending?: PendingSelection;
  relation: EvidenceRelation;
  quote?: string;
  sourceTitle?: string;
  /** The excerpt's Admiralty grading, e.g. "B2" (empty when ungraded). */
  grading?: string;
}

export interface ClaimDraft {
  text: string;
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
  marking: string | null;
  tags: string[];
  evidence: EvidenceView[];
}

export function evidenceFromExcerpt(excerpt: Excerpt, relation: EvidenceRelation): EvidenceView {
  return {
    excerptId: excerpt.id,
    relation,
    quote: excerpt.quote,
    sourceTitle: excerpt.source.title,
    grading: formatGrading(
      excerpt.effectiveGrading.reliability,
      excerpt.effectiveGrading.credibility,
    ),
  };
}

export function evidenceFromSelection(
  selection: PendingSelection,
  relation: EvidenceRelation,
): EvidenceView {
  return {
    excerptId: -1,
    pending: selection,
    relation,
    quote: selection.quote,
    sourceTitle: selection.sourceTitle,
  };
}

export function draftFromClaim(claim: Claim): ClaimDraft {
  return {
    text: claim.text,
    likelihood: claim.likelihood,
    confidence: claim.confidence,
    marking: claim.marking,
    tags: claim.tags,
    evidence: claim.evidence.map((ev) => ({
      excerptId: ev.excerptId,
      relation: ev.relation,
      quote: ev.quote,
      sourceTitle: ev.source.title,
      grading: formatGrading(ev.reliability, ev.credibility),
    })),
  };
}
