/**
 * The one marker a drag over the note shows: a line between blocks where a block will land, or a
 * caret where an inline citation will go. Positioned inside `anchor` (the note page).
 */
export interface DropIndicator {
  showLine(y: number): void;
  showCaret(x: number, top: number, height: number): void;
  hide(): void;
  remove(): void;
}

export function createDropIndicator(anchor: HTMLElement): DropIndicator {
  const el = document.createElement('div');
  el.className = 'drop-indicator';
  el.dataset.testid = 'drop-indicator';
  el.setAttribute('aria-hidden', 'true');
  el.hidden = true;
  anchor.appendChild(el);
  // Client pixels to the anchor's own (zoomed) CSS pixels.
  const local = () => {
    const box = anchor.getBoundingClientRect();
    const scale = anchor.offsetWidth ? box.width / anchor.offsetWidth : 1;
    return { box, scale };
  };
  return {
    showLine(y) {
      const { box, scale } = local();
      el.className = 'drop-indicator drop-indicator--line';
      el.style.top = `${(y - box.top) / scale - 1.5}px`;
      el.style.left = '';
      el.style.height = '';
      el.hidden = false;
    },
    showCaret(x, top, height) {
      const { box, scale } = local();
      el.className = 'drop-indicator drop-indicator--caret';
      el.style.top = `${(top - box.top) / scale}px`;
      el.style.left = `${(x - box.left) / scale - 1}px`;
      el.style.height = `${height / scale}px`;
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
    remove() {
      el.remove();
    },
  };
}

interface CaretPositionDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The DOM caret under a screen point (standard API first, WebKit/Blink's older one after). */
export function caretRangeAt(x: number, y: number): Range | null {
  const doc = document as unknown as CaretPositionDocument;
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) {
    const range = document.createRange();
    range.setStart(position.offsetNode, position.offset);
    range.collapse(true);
    return range;
  }
  return doc.caretRangeFromPoint?.(x, y) ?? null;
}
