import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $getRoot, $setSelection } from 'lexical';
import { useEffect } from 'react';
import {
  BRIEFWRIGHT_INLINE_MIME,
  BRIEFWRIGHT_MIME,
  decodeDragPayload,
} from '../../../../shared/note/dragPayload';
import { INSERT_LIBRARY_ITEMS_COMMAND } from '../commands';
import { blockPlaceAt } from '../drag/blockPlace';
import { caretRangeAt, type DropIndicator } from '../drag/dropIndicator';

const types = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []);

/**
 * Accepts drags from the library. While one is over the note, a line shows where a quote or
 * claim will land (between blocks) or a caret where a citation will go; the drop lands exactly
 * there, through the same command the keyboard palette uses.
 */
export function LibraryDropPlugin({
  anchorElem,
  indicator,
}: {
  anchorElem: HTMLElement;
  indicator: DropIndicator;
}) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = () => editor.getRootElement();
    const inlineCaret = (x: number, y: number) => {
      const range = caretRangeAt(x, y);
      const r = root();
      return range && r?.contains(range.startContainer) ? range : null;
    };

    const onDragOver = (event: DragEvent) => {
      if (!types(event).includes(BRIEFWRIGHT_MIME)) return;
      // Captured on the page, before the editor's own drop handling sees it.
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      if (types(event).includes(BRIEFWRIGHT_INLINE_MIME)) {
        const caret = inlineCaret(event.clientX, event.clientY);
        const rect = caret?.getClientRects()[0] ?? caret?.getBoundingClientRect();
        if (rect && rect.height > 0) indicator.showCaret(rect.left, rect.top, rect.height);
        else indicator.hide();
        return;
      }
      const place = blockPlaceAt(editor, event.clientX, event.clientY);
      if (place) indicator.showLine(place.lineY);
      else indicator.hide();
    };

    const onDragLeave = (event: DragEvent) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !anchorElem.contains(to)) indicator.hide();
    };

    const onDrop = (event: DragEvent) => {
      if (!types(event).includes(BRIEFWRIGHT_MIME)) return;
      event.preventDefault();
      event.stopPropagation();
      indicator.hide();
      const payload = decodeDragPayload(event.dataTransfer?.getData(BRIEFWRIGHT_MIME));
      if (!payload) return;
      const inline = types(event).includes(BRIEFWRIGHT_INLINE_MIME);
      const place = inline ? null : blockPlaceAt(editor, event.clientX, event.clientY);
      const caret = inline ? inlineCaret(event.clientX, event.clientY) : null;
      editor.update(() => {
        if (caret) {
          const selection = $createRangeSelection();
          selection.applyDOMRange(caret);
          $setSelection(selection);
        } else if (!place) {
          $getRoot().selectEnd();
        }
        editor.dispatchCommand(INSERT_LIBRARY_ITEMS_COMMAND, {
          items: payload.items,
          at: place ? { key: place.key, place: place.place } : undefined,
        });
      });
    };

    anchorElem.addEventListener('dragover', onDragOver, true);
    anchorElem.addEventListener('dragleave', onDragLeave, true);
    anchorElem.addEventListener('drop', onDrop, true);
    return () => {
      anchorElem.removeEventListener('dragover', onDragOver, true);
      anchorElem.removeEventListener('dragleave', onDragLeave, true);
      anchorElem.removeEventListener('drop', onDrop, true);
    };
  }, [editor, anchorElem, indicator]);

  return null;
}
