import {
  $createNodeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  type LexicalNode,
  type NodeKey,
  type PointType,
} from 'lexical';

/** Where library blocks go when a drop named the place; otherwise the caret decides. */
export interface BlockTarget {
  key: NodeKey;
  place: 'before' | 'after';
}

function $isAtStartOf(top: LexicalNode, point: PointType): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  if (node.is(top)) return true;
  const first = $isElementNode(top) ? top.getFirstDescendant() : null;
  return !!first && (node.is(first) || (first.getParent()?.is(node) ?? false));
}

const $isEmptyParagraph = (node: LexicalNode) =>
  $isParagraphNode(node) && node.getChildrenSize() === 0;

/** The block place the caret stands for: after its block, or before it when at its very start. */
function $caretTarget(): { top: LexicalNode; before: boolean } | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    const nodes = selection.getNodes();
    const last = nodes[nodes.length - 1];
    const top = last?.getTopLevelElement() ?? last;
    return top ? { top, before: false } : null;
  }
  if (!$isRangeSelection(selection)) return null;
  const point = selection.isBackward() ? selection.anchor : selection.focus;
  const node = point.getNode();
  if (node.getKey() === 'root') {
    const root = $getRoot();
    const at = root.getChildAtIndex(point.offset);
    if (at) return { top: at, before: true };
    const last = root.getLastChild();
    return last ? { top: last, before: false } : null;
  }
  const top = node.getTopLevelElement();
  if (!top) return null;
  return { top, before: $isAtStartOf(top, selection.anchor) && top.getTextContentSize() > 0 };
}

/**
 * Inserts blocks (quotes, claims) between the note's blocks, never inside one: before or after the
 * target block, or in place of an empty paragraph. A sentence is never split and no empty
 * paragraph is left behind. The last block inserted is selected, so Alt+Shift+↑/↓ moves it.
 */
export function $insertBlocks(nodes: LexicalNode[], target?: BlockTarget): void {
  if (nodes.length === 0) return;
  let anchor: LexicalNode | null = null;
  let before = false;
  if (target) {
    anchor = $getNodeByKey(target.key);
    before = target.place === 'before';
  }
  if (!anchor) {
    const caret = $caretTarget();
    anchor = caret?.top ?? null;
    before = caret?.before ?? false;
  }
  const root = $getRoot();
  if (!anchor || !anchor.isAttached()) {
    for (const node of nodes) root.append(node);
  } else if ($isEmptyParagraph(anchor)) {
    let prev = anchor.replace(nodes[0]!);
    for (const node of nodes.slice(1)) prev = prev.insertAfter(node);
  } else if (before) {
    for (const node of nodes) anchor.insertBefore(node);
  } else {
    let prev = anchor;
    for (const node of nodes) prev = prev.insertAfter(node);
  }
  const selection = $createNodeSelection();
  selection.add(nodes[nodes.length - 1]!.getKey());
  $setSelection(selection);
}
