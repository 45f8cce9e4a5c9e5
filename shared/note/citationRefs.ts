import { citationRefsOf, type CitationRef } from './nodes';
import { walkTree } from './walkTree';

export type { CitationRef } from './nodes';

/**
 * Every citation in a serialized editor state, in reading order, one row per node (a claim adds a
 * row for itself and one per evidence excerpt). Malformed nodes are skipped, never thrown on.
 */
export function citationRefs(root: unknown): CitationRef[] {
  const refs: CitationRef[] = [];
  walkTree(root, {
    enter(node) {
      refs.push(...citationRefsOf(node));
    },
  });
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
