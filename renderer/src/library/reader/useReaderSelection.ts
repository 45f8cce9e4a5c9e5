import { useEffect, useState, type RefObject } from 'react';
import { rangeToOffsets, type TextRange } from './selectionOffsets';

export interface ReaderSelection extends TextRange {
  /** Where to place the toolbar, relative to `anchor`. */
  top: number;
  left: number;
}

/** Follows the document selection and reports the part of it that lies in the reader's text. */
export function useReaderSelection(
  textRef: RefObject<HTMLElement | null>,
  anchorRef: RefObject<HTMLElement | null>,
  text: string,
  frozen: boolean,
): [ReaderSelection | null, () => void] {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);

  useEffect(() => {
    if (frozen) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = textRef.current;
        const anchor = anchorRef.current;
        const sel = window.getSelection();
        if (!root || !anchor || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
          setSelection(null);
          return;
        }
        const range = sel.getRangeAt(0);
        if (!range.intersectsNode(root)) {
          setSelection(null);
          return;
        }
        const offsets = rangeToOffsets(root, range, text);
        if (!offsets) {
          setSelection(null);
          return;
        }
        const rect = range.getBoundingClientRect();
        const box = anchor.getBoundingClientRect();
        setSelection({
          ...offsets,
          top: rect.bottom - box.top + anchor.scrollTop + 6,
          left: Math.max(0, Math.min(rect.left - box.left, box.width - 320)),
        });
      });
    };
    document.addEventListener('selectionchange', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
    };
  }, [textRef, anchorRef, text, frozen]);

  return [selection, () => setSelection(null)];
}
