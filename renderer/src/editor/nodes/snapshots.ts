import { isCredibility, isReliability } from '../../../../shared/admiralty';
import type {
  ClaimEvidenceSnapshot,
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

export { readClaimJudgments as readJudgments } from '../../../../shared/icd203/claimJudgments';

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
