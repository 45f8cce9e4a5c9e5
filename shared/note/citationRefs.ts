import { citationRefsOf, type CitationRef, type JsonNode } from './nodes';

export type { CitationRef } from './nodes';

/**
 * Every citation in a serialized editor state, in reading order, one row per node (a claim adds a
 * row for itself and one per evidence excerpt). Malformed nodes are skipped, never thrown on.
 */
export function citationRefs(root: unknown): CitationRef[] {
  const refs: CitationRef[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 500) return;
    const node = value as JsonNode;
    if (typeof node.type === 'string') refs.push(...citationRefsOf(node));
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
