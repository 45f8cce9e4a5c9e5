/**
 * Maps a DOM selection inside the reader to offsets into the source's normalized text.
 * The reader renders that text verbatim (white-space: pre-wrap, no added characters), so the
 * number of characters before a point in the reader's text nodes is exactly its offset.
 */
export interface TextRange {
  start: number;
  end: number;
}

/** The offset of a DOM point (node, offset) within `root`'s text, clamped to root's bounds. */
export function offsetOfPoint(root: Node, node: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const before = doc.createRange();
  before.selectNodeContents(root);
  if (!root.contains(node)) {
    // A point outside the reader: before it or after it.
    const position = root.compareDocumentPosition(node);
    return position & Node.DOCUMENT_POSITION_PRECEDING ? 0 : (root.textContent ?? '').length;
  }
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The selected range in `text` (the source's normalized text rendered in `root`), with
 * surrounding whitespace trimmed; null when nothing of the text is selected.
 */
export function rangeToOffsets(root: Node, range: Range, text: string): TextRange | null {
  let start = offsetOfPoint(root, range.startContainer, range.startOffset);
  let end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (end < start) [start, end] = [end, start];
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The DOM range covering [start, end) of the text rendered in `root` (for restoring a selection). */
export function offsetsToRange(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').length;
    if (!startSet && start <= seen + length) {
      range.setStart(node, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
