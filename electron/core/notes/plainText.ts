import { searchTextOf, type JsonNode } from '../../../shared/note/nodes';

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
  const walk = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 200) return;
    const n = node as JsonNode;
    const own = typeof n.type === 'string' ? searchTextOf(n) : null;
    if (own !== null) parts.push(own);
    else if (typeof n.text === 'string') parts.push(n.text);
    if (n.type === 'linebreak') parts.push('\n');
    if (Array.isArray(n.children)) {
      for (const child of n.children) walk(child, depth + 1);
      parts.push('\n');
    }
  };
  walk(root, 0);
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
