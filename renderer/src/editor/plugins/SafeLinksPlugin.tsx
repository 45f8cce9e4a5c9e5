import { $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { cleanUrl, isSafeUrl } from '../../../../shared/links';

/**
 * Links only with safe URLs: typed links are validated, and every link that enters the note
 * (pasted from the web or Word included) loses tracking parameters, or is unwrapped to plain text
 * when its URL is unsafe.
 */
export function SafeLinksPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const clean = (node: LinkNode) => {
      if (!$isLinkNode(node)) return;
      const url = cleanUrl(node.getURL());
      if (url === null) {
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
      } else if (url !== node.getURL()) {
        node.setURL(url);
      }
    };
    return mergeRegister(
      editor.registerNodeTransform(LinkNode, clean),
      editor.registerNodeTransform(AutoLinkNode, clean),
    );
  }, [editor]);

  return <LinkPlugin validateUrl={isSafeUrl} />;
}
