import type { CitedKey, IntegrityReport } from '../../../shared/model/integrity';
import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
} from '../../../shared/note/serializedNodes';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

const textNode = (text: string): Json => ({
  type: 'text',
  version: 1,
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
});

const block = (type: 'quote' | 'paragraph', text: string): Json => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [textNode(text)],
});

function keyOf(node: Json): CitedKey | null {
  if (node.type === EXCERPT_NODE_TYPE) return `excerpt:${Number(node.excerptId)}`;
  if (node.type === CLAIM_NODE_TYPE) return `claim:${Number(node.claimId)}`;
  if (node.type === CITATION_NODE_TYPE) {
    if (node.excerptId !== null && node.excerptId !== undefined)
      return `excerpt:${Number(node.excerptId)}`;
    return isObject(node.source) ? `source:${Number(node.source.sourceId)}` : null;
  }
  return null;
}

/**
 * Refresh, on saved content: each cited node whose library copy changed takes the library's
 * copy; a node whose item was removed from the library is unlinked, its words kept as plain text
 * (an excerpt as a quote, a claim as a paragraph; an inline citation mark is dropped). Quotes not
 * in the current version of their source stay as cited: only the analyst can re-place them.
 */
export function refreshContent(content: string, report: IntegrityReport): string {
  const parsed = JSON.parse(content) as Json;
  const byKey = new Map(report.items.map((i) => [i.key, i]));
  const stack: unknown[] = [parsed.root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node) || !Array.isArray(node.children)) continue;
    const children: unknown[] = [];
    for (const child of node.children) {
      const key = isObject(child) ? keyOf(child) : null;
      const item = key ? byKey.get(key) : undefined;
      if (!isObject(child) || !item || item.state === 'verified') {
        children.push(child);
        stack.push(child);
        continue;
      }
      if (item.state === 'removed') {
        if (child.type === EXCERPT_NODE_TYPE) children.push(block('quote', String(child.quote)));
        else if (child.type === CLAIM_NODE_TYPE)
          children.push(block('paragraph', String(child.text)));
        continue;
      }
      if (!item.current || item.changes.length === 0) {
        children.push(child);
        continue;
      }
      const current = item.current as unknown as Json;
      if (child.type === CITATION_NODE_TYPE && item.kind === 'source')
        children.push({ ...child, source: { ...current }, marking: current.marking ?? null });
      else if (child.type === CLAIM_NODE_TYPE) children.push({ ...child, ...current });
      else children.push({ ...child, ...current });
    }
    node.children = children;
  }
  return JSON.stringify(parsed);
}
