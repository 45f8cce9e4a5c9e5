import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { citedSourcesOf, isBriefwrightType, type JsonNode } from '../../../../shared/note/nodes';

/** Source ids a node cites, in order: read from its descriptor, as the saved-JSON walkers do. */
function $citedSourceIds(node: LexicalNode): number[] {
  if (!isBriefwrightType(node.getType())) return [];
  return citedSourcesOf(node.exportJSON() as unknown as JsonNode).map((s) => s.sourceId);
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

/** Every node of Briefwright's own types in the note, in reading order. */
export function $citedNodes(): LexicalNode[] {
  const found: LexicalNode[] = [];
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isBriefwrightType(node.getType())) found.push(node);
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}
