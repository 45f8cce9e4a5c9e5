import { citedItemsOf, type CitedItem, type JsonNode } from '../../../shared/note/nodes';

export type { CitedEvidence, CitedItem, CitedQuote } from '../../../shared/note/nodes';

const isNode = (v: unknown): v is JsonNode =>
  typeof v === 'object' && v !== null && typeof (v as JsonNode).type === 'string';

/**
 * Every cited item in a serialized editor state (its `root`), in reading order, one per node,
 * read through each node type's descriptor. Malformed nodes are skipped.
 */
export function citedItems(root: unknown): CitedItem[] {
  const out: CitedItem[] = [];
  // Iterative, so a deeply nested note cannot exhaust the stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    out.push(...citedItemsOf(node));
    if (Array.isArray(node.children))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The `root` of a note's saved content, or null when it is not readable JSON. */
export function noteRoot(content: string): unknown {
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null
      ? ((parsed as { root?: unknown }).root ?? null)
      : null;
  } catch {
    return null;
  }
}
