import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { CitationNode } from '../nodes/CitationNode';
import { ClaimNode } from '../nodes/ClaimNode';
import { ExcerptNode } from '../nodes/ExcerptNode';
import { useNoteStores } from '../noteStores';
import { $numberSources } from './citationOrder';

const sameNumbers = (a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>) =>
  a.size === b.size && [...a].every(([id, n]) => b.get(id) === n);

/**
 * Keeps citation numbers live: renumbers only when a cited node is created, moved or removed
 * (mutation listeners) or top-level blocks change, so ordinary typing never walks the document.
 */
export function CitationNumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  const { numbers } = useNoteStores();

  useEffect(() => {
    if (!editor.hasNodes([ExcerptNode, CitationNode, ClaimNode]))
      throw new Error('CitationNumberingPlugin: citation nodes are not registered');
    const renumber = () => {
      const next = editor.getEditorState().read($numberSources);
      if (!sameNumbers(next, numbers.get())) numbers.set(next);
    };
    renumber();
    const options = { skipInitialization: true };
    return mergeRegister(
      editor.registerMutationListener(ExcerptNode, renumber, options),
      editor.registerMutationListener(CitationNode, renumber, options),
      editor.registerMutationListener(ClaimNode, renumber, options),
      // Blocks moved or removed at the top level can carry citations with them.
      editor.registerUpdateListener(({ dirtyElements }) => {
        if (dirtyElements.get('root') === true) renumber();
      }),
    );
  }, [editor, numbers]);

  return null;
}
