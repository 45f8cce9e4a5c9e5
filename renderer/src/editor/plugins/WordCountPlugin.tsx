import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import { countWords, useWordCountStore, type WordTally } from '../../app/wordCount';
import { $isExcerptNode } from '../nodes/ExcerptNode';

/** Counting waits for a pause in typing: a long note is not walked on every keystroke. */
const PAUSE_MS = 300;

function $noteTally(): WordTally {
  let words = 0;
  let quoted = 0;
  for (const block of $getRoot().getChildren()) {
    if ($isExcerptNode(block)) {
      const n = countWords(block.getSnapshot().quote);
      words += n;
      quoted += n;
    } else words += countWords(block.getTextContent());
  }
  return { words, quoted };
}

function $selectionTally(): WordTally | null {
  // A quote selected as a block (after inserting it) is a place, not a selection of words.
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  let quoted = 0;
  for (const node of selection.getNodes())
    if ($isExcerptNode(node)) quoted += countWords(node.getSnapshot().quote);
  const words = countWords(selection.getTextContent());
  return words === 0 ? null : { words, quoted: Math.min(quoted, words) };
}

/** Keeps the status bar's word count (note or selection, with and without quotes) current. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const store = useWordCountStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () =>
      editor
        .getEditorState()
        .read(() => store.set({ note: $noteTally(), selection: $selectionTally() }));
    count();
    return mergeRegister(
      editor.registerUpdateListener(() => {
        clearTimeout(timer);
        timer = setTimeout(count, PAUSE_MS);
      }),
      () => clearTimeout(timer),
    );
  }, [editor, store]);
  return null;
}
