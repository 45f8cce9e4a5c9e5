import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $getSelection,
  $setSelection,
  type BaseSelection,
  SELECTION_CHANGE_COMMAND,
  $isDecoratorNode,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  KEY_ENTER_COMMAND,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { useAppCommand } from '../../app/commands';
import { OPEN_CITATION_PALETTE_COMMAND } from '../commands';

/** The top-level blocks the selection touches, first to last. */
function $selectedBlocks(): LexicalNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isNodeSelection(selection)) return [];
  const blocks: LexicalNode[] = [];
  for (const node of selection.getNodes()) {
    const top = node.getTopLevelElement() ?? (node.getParent()?.getKey() === 'root' ? node : null);
    if (top && !blocks.some((b) => b.is(top))) blocks.push(top);
  }
  if (blocks.length === 0 && $isRangeSelection(selection)) {
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
    if (top) blocks.push(top);
  }
  return blocks.sort((a, b) => a.getIndexWithinParent() - b.getIndexWithinParent());
}

/** Moves the selected block(s) one place up or down, keeping the caret where it was. */
export function $moveSelectedBlocks(direction: -1 | 1): boolean {
  const blocks = $selectedBlocks();
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last) return false;
  if (direction < 0) {
    const before = first.getPreviousSibling();
    if (!before) return false;
    last.insertAfter(before);
  } else {
    const after = last.getNextSibling();
    if (!after) return false;
    first.insertBefore(after);
  }
  return true;
}

/** Binds the app-level note commands (palette, shortcuts, menu) to this editor. */
export function AppCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const focused = () => {
    const root = editor.getRootElement();
    return !!root && root.contains(document.activeElement);
  };
  // Where the writer was: "Go to the note" and inserting from elsewhere come back to it.
  const lastSelection = useRef<BaseSelection | null>(null);
  useEffect(
    () =>
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          const selection = $getSelection();
          if (selection) lastSelection.current = selection.clone();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  const $restoreSelection = () => {
    const last = lastSelection.current;
    if ($getSelection() || !last) return;
    try {
      if (last.getNodes().every((n) => n.isAttached())) $setSelection(last.clone());
    } catch {
      // The remembered nodes are gone; Lexical's focus picks a place.
    }
  };

  // Enter on a selected quote or claim opens a paragraph after it, to write on.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isNodeSelection(selection)) return false;
          const nodes = selection.getNodes();
          const last = nodes[nodes.length - 1];
          if (!$isDecoratorNode(last) || last.isInline()) return false;
          event?.preventDefault();
          const paragraph = $createParagraphNode();
          last.insertAfter(paragraph);
          paragraph.select();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  useAppCommand('editor.insertCitation', () => {
    editor.update($restoreSelection, { discrete: true });
    editor.dispatchCommand(OPEN_CITATION_PALETTE_COMMAND, undefined);
  });
  useAppCommand('editor.focus', () => {
    editor.update($restoreSelection, { discrete: true });
    editor.focus();
  });
  useAppCommand(
    'editor.moveBlockUp',
    () => editor.update(() => void $moveSelectedBlocks(-1)),
    focused,
  );
  useAppCommand(
    'editor.moveBlockDown',
    () => editor.update(() => void $moveSelectedBlocks(1)),
    focused,
  );
  return null;
}
