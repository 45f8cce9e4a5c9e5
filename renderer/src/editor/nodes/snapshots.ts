import { isCredibility, isReliability } from '../../../../shared/admiralty';
import { isAnalyticConfidence, isLikelihood } from '../../../../shared/icd203/scale';
import type {
  AnalyticConfidence,
  ClaimEvidenceSnapshot,
  Likelihood,
  SourceSnapshot,
} from '../../../../shared/note/serializedNodes';

/** Defensive readers for snapshots in saved or pasted JSON: wrong types become null/empty. */
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const id = (v: unknown): number => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : 0);

export function readSource(value: unknown): SourceSnapshot {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    sourceId: id(v.sourceId),
    title: str(v.title) ?? 'Untitled source',
    author: str(v.author),
    outlet: str(v.outlet),
    publishedAt: str(v.publishedAt),
    url: str(v.url),
    marking: str(v.marking),
  };
}

/**
 * A claim node's likelihood and confidence. Version 1 nodes kept the likelihood term in
 * `confidence`; any likelihood found there is read as the likelihood.
 */
export function readJudgments(json: Record<string, unknown>): {
  likelihood: Likelihood | null;
  confidence: AnalyticConfidence | null;
} {
  const likelihood = isLikelihood(json.likelihood)
    ? json.likelihood
    : isLikelihood(json.confidence)
      ? json.confidence
      : null;
  return {
    likelihood,
    confidence: isAnalyticConfidence(json.confidence) ? json.confidence : null,
  };
}

export function readEvidence(value: unknown): ClaimEvidenceSnapshot[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      excerptId: id(e.excerptId),
      relation: e.relation === 'contradicts' ? 'contradicts' : 'supports',
      quote: str(e.quote) ?? '',
      locator: str(e.locator),
      marking: str(e.marking),
      source: readSource(e.source),
      reliability: isReliability(e.reliability) ? e.reliability : null,
      credibility: isCredibility(e.credibility) ? e.credibility : null,
    }));
}

export { str as readString, id as readId };

/** Parses JSON carried in a data-* attribute of pasted HTML; null when it is not an object. */
export function parseDataAttribute(
  element: HTMLElement,
  name: string,
): Record<string, unknown> | null {
  const raw = element.getAttribute(name);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
