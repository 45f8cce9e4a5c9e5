import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  type SerializedCitationNode,
  type SerializedClaimNode,
  type SerializedExcerptNode,
} from './serializedNodes';

/** One thing a note cites: an excerpt, a claim or a whole source (plain ids, never joined). */
export interface CitationRef {
  excerptId: number | null;
  claimId: number | null;
  sourceId: number | null;
}

interface JsonLike {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/**
 * Every citation in a serialized editor state, in reading order, one row per node (a claim adds a
 * row for itself and one per evidence excerpt). Malformed nodes are skipped, never thrown on.
 */
export function citationRefs(root: unknown): CitationRef[] {
  const refs: CitationRef[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 500) return;
    const node = value as JsonLike;
    if (node.type === EXCERPT_NODE_TYPE) {
      const n = node as unknown as SerializedExcerptNode;
      if (isId(n.excerptId))
        refs.push({
          excerptId: n.excerptId,
          claimId: null,
          sourceId: isId(n.source?.sourceId) ? n.source.sourceId : null,
        });
    } else if (node.type === CITATION_NODE_TYPE) {
      const n = node as unknown as SerializedCitationNode;
      const sourceId = isId(n.source?.sourceId) ? n.source.sourceId : null;
      const excerptId = isId(n.excerptId) ? n.excerptId : null;
      if (sourceId !== null || excerptId !== null)
        refs.push({ excerptId, claimId: null, sourceId });
    } else if (node.type === CLAIM_NODE_TYPE) {
      const n = node as unknown as SerializedClaimNode;
      if (isId(n.claimId)) refs.push({ excerptId: null, claimId: n.claimId, sourceId: null });
      for (const e of Array.isArray(n.evidence) ? n.evidence : [])
        if (isId(e?.excerptId))
          refs.push({
            excerptId: e.excerptId,
            claimId: null,
            sourceId: isId(e.source?.sourceId) ? e.source.sourceId : null,
          });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return refs;
}

/** Citations of a note's saved content (JSON text with a `root`); [] when it cannot be read. */
export function citationRefsOfContent(content: string): CitationRef[] {
  try {
    return citationRefs((JSON.parse(content) as { root?: unknown }).root);
  } catch {
    return [];
  }
}
