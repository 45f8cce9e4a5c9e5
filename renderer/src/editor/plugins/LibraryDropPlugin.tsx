import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isDecoratorNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { BRIEFWRIGHT_MIME, decodeDragPayload } from '../../../../shared/note/dragPayload';
import { INSERT_LIBRARY_ITEMS_COMMAND } from '../commands';

interface CaretPositionDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The DOM caret under a screen point (standard API first, WebKit/Blink's older one after). */
function caretRangeAt(x: number, y: number): Range | null {
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

const carriesLibraryItems = (event: DragEvent) =>
  event.dataTransfer?.types.includes(BRIEFWRIGHT_MIME) ?? false;

/**
 * Accepts drags from the library: the caret moves to the drop point, then the items are fetched
 * by id and inserted there through the same command the keyboard palette uses.
 */
export function LibraryDropPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesLibraryItems(event)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!carriesLibraryItems(event)) return false;
            event.preventDefault();
            const payload = decodeDragPayload(event.dataTransfer?.getData(BRIEFWRIGHT_MIME));
            if (!payload) return true;
            const range = caretRangeAt(event.clientX, event.clientY);
            const root = editor.getRootElement();
            const target = event.target instanceof Node ? event.target : null;
            const node = target ? $getNearestNodeFromDOMNode(target) : null;
            if ($isDecoratorNode(node) && !node.isInline()) {
              // Dropped on a quote or claim block: insert after it.
              node.selectNext();
            } else if (range && root?.contains(range.startContainer)) {
              const selection = $createRangeSelection();
              selection.applyDOMRange(range);
              $setSelection(selection);
            } else {
              $getRoot().selectEnd();
            }
            editor.dispatchCommand(INSERT_LIBRARY_ITEMS_COMMAND, payload.items);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );

  return null;
}
