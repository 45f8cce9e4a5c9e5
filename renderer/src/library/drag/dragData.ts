import {
  BRIEFWRIGHT_INLINE_MIME,
  BRIEFWRIGHT_MIME,
  encodeDragPayload,
  isInlineDrag,
  type DragItem,
} from '../../../../shared/note/dragPayload';

/**
 * Puts library items on a drag: the custom MIME payload with ids (for the note editor and claim
 * evidence), and plain text for any other drop target.
 */
export function setDragData(
  dataTransfer: DataTransfer,
  items: DragItem[],
  plainText: string,
): void {
  dataTransfer.setData(BRIEFWRIGHT_MIME, encodeDragPayload(items));
  if (isInlineDrag(items)) dataTransfer.setData(BRIEFWRIGHT_INLINE_MIME, '1');
  dataTransfer.setData('text/plain', plainText);
  dataTransfer.effectAllowed = 'copy';
}

export function hasLibraryPayload(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && Array.from(dataTransfer.types).includes(BRIEFWRIGHT_MIME);
}
