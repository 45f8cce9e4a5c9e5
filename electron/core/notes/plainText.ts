/**
 * The plain text of a serialized Lexical editor state, for the notes search index: text nodes
 * joined, blocks separated by newlines, and the quotes/claims of Briefwright's own nodes included.
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
    const n = node as Record<string, unknown>;
    if (typeof n.text === 'string') parts.push(n.text);
    if (typeof n.quote === 'string') parts.push(n.quote);
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
