/** The library shapes the pane works with: the contract's, plus the claim editor's draft. */
import type { Claim, Excerpt, Source } from '../../../shared/model/library';
import type { Confidence, EvidenceRelation } from '../../../shared/note/serializedNodes';

export { CONFIDENCE_LEVELS } from '../../../shared/note/serializedNodes';
export type { EvidenceRelation };

export type SourceView = Source;
export type ExcerptView = Excerpt;
export type ClaimView = Claim;

/** One evidence link as the claim editor shows it. */
export interface EvidenceView {
  excerptId: number;
  relation: EvidenceRelation;
  quote?: string;
  sourceTitle?: string;
}

export interface ClaimDraft {
  text: string;
  confidence: Confidence | null;
  tags: string[];
  evidence: EvidenceView[];
}

export function evidenceFromExcerpt(excerpt: Excerpt, relation: EvidenceRelation): EvidenceView {
  return {
    excerptId: excerpt.id,
    relation,
    quote: excerpt.quote,
    sourceTitle: excerpt.source.title,
  };
}

export function draftFromClaim(claim: Claim): ClaimDraft {
  return {
    text: claim.text,
    confidence: claim.confidence,
    tags: claim.tags,
    evidence: claim.evidence.map((ev) => ({
      excerptId: ev.excerptId,
      relation: ev.relation,
      quote: ev.quote,
      sourceTitle: ev.source.title,
    })),
  };
}
