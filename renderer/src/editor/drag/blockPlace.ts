import { $getRoot, type LexicalEditor, type NodeKey } from 'lexical';

/** Where a block dropped at a point goes: before or after one top-level block. */
export interface BlockPlace {
  key: NodeKey;
  place: 'before' | 'after';
  /** The drop line's vertical position, in client pixels: the middle of the gap. */
  lineY: number;
}

function lineHeightOf(elem: HTMLElement): number {
  const value = parseFloat(getComputedStyle(elem).lineHeight);
  return Number.isFinite(value) ? value : 24;
}

/** Whether a point on a text block's only line is nearer its end (the caret would be after it). */
function onRightOfSingleLine(elem: HTMLElement, x: number, rect: DOMRect): boolean | null {
  if (rect.height > lineHeightOf(elem) * 1.6) return null;
  const range = document.createRange();
  range.selectNodeContents(elem);
  const text = range.getBoundingClientRect();
  if (text.width === 0) return null;
  return x >= text.left + text.width / 2;
}

/**
 * The block place for a point: before or after the top-level block under it, by its vertical
 * half. On a one-line block the horizontal half decides (a drop near the end of a line is after
 * it). A block is never split, so a drop never cuts a sentence or leaves an empty paragraph.
 */
export function blockPlaceAt(editor: LexicalEditor, x: number, y: number): BlockPlace | null {
  const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys());
  const elems = keys.map((k) => editor.getElementByKey(k));
  if (keys.length === 0) return null;
  const rectOf = (i: number) => elems[i]?.getBoundingClientRect() ?? null;
  // Blocks are laid out top to bottom: find the first whose bottom is below the point.
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rectOf(mid);
    if (r && r.bottom < y) lo = mid + 1;
    else hi = mid;
  }
  const i = lo;
  const rect = rectOf(i);
  const elem = elems[i];
  if (!rect || !elem) return null;
  let after: boolean;
  if (y < rect.top) after = false;
  else if (y > rect.bottom) after = true;
  else {
    const byX = elem.isContentEditable ? onRightOfSingleLine(elem, x, rect) : null;
    after = byX ?? y >= rect.top + rect.height / 2;
  }
  const prev = i > 0 ? rectOf(i - 1) : null;
  const next = i < keys.length - 1 ? rectOf(i + 1) : null;
  const lineY = after
    ? next
      ? (rect.bottom + next.top) / 2
      : rect.bottom + 4
    : prev
      ? (prev.bottom + rect.top) / 2
      : rect.top - 4;
  return { key: keys[i]!, place: after ? 'after' : 'before', lineY };
}
