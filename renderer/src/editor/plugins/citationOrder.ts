import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isCitationNode } from '../nodes/CitationNode';
import { $isClaimNode } from '../nodes/ClaimNode';
import { $isExcerptNode } from '../nodes/ExcerptNode';

/** Source ids a node cites, in order: the same rule as shared/citations/numbering.ts. */
function $citedSourceIds(node: LexicalNode): number[] {
  if ($isExcerptNode(node) || $isCitationNode(node)) return [node.getSnapshot().source.sourceId];
  if ($isClaimNode(node)) return node.getSnapshot().evidence.map((e) => e.source.sourceId);
  return [];
}

/**
 * Numbers sources in reading order (depth first): the first cited is 1 and a source cited again
 * keeps its first number. Must agree with `numberCitations` on the saved JSON (tested).
 */
export function $numberSources(): Map<number, number> {
  const numbers = new Map<number, number>();
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const id of $citedSourceIds(node)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return numbers;
}

/** Every cited node in the note, in reading order. */
export function $citedNodes(): LexicalNode[] {
  const found: LexicalNode[] = [];
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isExcerptNode(node) || $isCitationNode(node) || $isClaimNode(node)) found.push(node);
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}
