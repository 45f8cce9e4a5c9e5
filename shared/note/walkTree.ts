import type { JsonNode } from './nodes/descriptor';

/**
 * Deeper than any note a person writes (the editor's own limit is far lower); a saved note
 * nested past it is refused by export with a clear message instead of overflowing the stack.
 */
export const MAX_NOTE_DEPTH = 200;

export interface TreeVisitor {
  /** Called before a node's children; return false to skip them. */
  enter(node: JsonNode, depth: number): boolean | void;
  /** Called after a node's children (only for nodes whose children were walked). */
  exit?(node: JsonNode, depth: number): void;
}

const isNode = (value: unknown): value is JsonNode =>
  typeof value === 'object' && value !== null && typeof (value as JsonNode).type === 'string';

/**
 * Walks a saved editor tree depth-first in reading order with an explicit stack, so a tree
 * thousands of levels deep costs memory, never call stack. Malformed children are skipped.
 */
export function walkTree(root: unknown, visitor: TreeVisitor): void {
  if (!isNode(root)) return;
  const stack: { node: JsonNode; depth: number; exiting: boolean }[] = [
    { node: root, depth: 0, exiting: false },
  ];
  while (stack.length) {
    const { node, depth, exiting } = stack.pop()!;
    if (exiting) {
      visitor.exit?.(node, depth);
      continue;
    }
    if (visitor.enter(node, depth) === false) continue;
    const children = Array.isArray(node.children) ? node.children : [];
    if (visitor.exit) stack.push({ node, depth, exiting: true });
    for (let i = children.length - 1; i >= 0; i--) {
      const child: unknown = children[i];
      if (isNode(child)) stack.push({ node: child, depth: depth + 1, exiting: false });
    }
  }
}

/** How deep a tree nests (the root is 0), stopping early once past `stopAt`. */
export function treeDepth(root: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  walkTree(root, {
    enter(_node, depth) {
      if (depth > deepest) deepest = depth;
      return deepest <= stopAt;
    },
  });
  return deepest;
}
