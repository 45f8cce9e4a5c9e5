import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TextNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Pasted web and Word content keeps its structure (headings, lists, links, emphasis: Lexical maps
 * those) but not its looks: inline styles carried over on text are cleared. Scripts, style sheets,
 * images and tracking pixels never become nodes, since the note has no node type for them.
 */
export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        if (node.getStyle() !== '') node.setStyle('');
      }),
    [editor],
  );
  return null;
}
