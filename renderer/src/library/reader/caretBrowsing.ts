import type { KeyboardEvent } from 'react';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'sentenceboundary';
type Direction = 'forward' | 'backward';

/** The text a Selection.modify() step would take for a key, or null for keys that are not caret keys. */
function stepFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  mac: boolean,
): { direction: Direction; granularity: Granularity } | null {
  const byWord = mac ? e.altKey : e.ctrlKey;
  switch (e.key) {
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Selection.modify is not in every DOM typing; Chromium and WebKit have it for all content. */
interface ModifiableSelection extends Selection {
  modify(alter: 'move' | 'extend', direction: Direction, granularity: Granularity): void;
}

/** Makes sure the document's caret is inside `root`, starting at `from` (or the text's start). */
export function ensureCaretIn(root: HTMLElement, from?: Node | null): Selection | null {
  const sel = window.getSelection();
  if (!sel) return null;
  if (sel.rangeCount > 0 && root.contains(sel.anchorNode)) return sel;
  const range = document.createRange();
  const start = from && root.contains(from) ? from : root;
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  range.setStart(first ?? start, 0);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
  return sel;
}

/**
 * Caret browsing in read-only text: arrows move a caret, Shift extends the selection, Ctrl (Alt
 * on macOS) goes by word. Returns true when the key was handled.
 */
export function handleCaretKey(
  e: KeyboardEvent,
  root: HTMLElement,
  mac: boolean,
  focused: Node | null,
): boolean {
  if (e.metaKey && !mac) return false;
  const step = stepFor(e, mac);
  if (!step) return false;
  const sel = ensureCaretIn(root, focused) as ModifiableSelection | null;
  if (!sel) return false;
  sel.modify(e.shiftKey ? 'extend' : 'move', step.direction, step.granularity);
  return true;
}

/** Selects the sentence around the caret (the reader's "S"). */
export function selectSentence(root: HTMLElement): boolean {
  const sel = ensureCaretIn(root) as ModifiableSelection | null;
  if (!sel || !sel.focusNode) return false;
  // From the caret (or the selection's start) back to the sentence start, then to its end.
  if (!sel.isCollapsed) sel.collapseToStart();
  sel.modify('move', 'forward', 'character');
  sel.modify('move', 'backward', 'sentenceboundary');
  sel.modify('extend', 'forward', 'sentenceboundary');
  return !sel.isCollapsed;
}

/** Where the collapsed caret is drawn, relative to `box`; null when there is none to draw. */
export function caretBox(
  root: HTMLElement,
  box: HTMLElement,
): { top: number; left: number; height: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !root.contains(sel.anchorNode))
    return null;
  const range = sel.getRangeAt(0);
  let rect = range.getClientRects()[0] ?? null;
  if (!rect || (rect.height === 0 && rect.width === 0)) {
    // A collapsed range at a text node's edge has no box in some engines: measure one character.
    const probe = range.cloneRange();
    const node = probe.startContainer;
    if (node.nodeType === Node.TEXT_NODE && (node.nodeValue ?? '').length > probe.startOffset) {
      probe.setEnd(node, probe.startOffset + 1);
      rect = probe.getClientRects()[0] ?? null;
    }
  }
  if (!rect) return null;
  const outer = box.getBoundingClientRect();
  return {
    top: rect.top - outer.top + box.scrollTop,
    left: rect.left - outer.left + box.scrollLeft,
    height: rect.height,
  };
}
