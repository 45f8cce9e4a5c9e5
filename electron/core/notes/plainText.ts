import { searchTextOf } from '../../../shared/note/nodes';
import { walkTree } from '../../../shared/note/walkTree';

/**
 * The plain text of a serialized Lexical editor state, for the notes search index: text nodes
 * joined, blocks separated by newlines, and the words of Briefwright's own nodes included.
 */
export function notePlainText(content: string): string {
  let root: unknown;
  try {
    root = (JSON.parse(content) as { root?: unknown }).root;
  } catch {
    return '';
  }
  const parts: string[] = [];
  walkTree(root, {
    enter(n) {
      const own = searchTextOf(n);
      if (own !== null) parts.push(own);
      else if (typeof n.text === 'string') parts.push(n.text);
      if (n.type === 'linebreak') parts.push('\n');
    },
    exit(n) {
      if (Array.isArray(n.children)) parts.push('\n');
    },
  });
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
