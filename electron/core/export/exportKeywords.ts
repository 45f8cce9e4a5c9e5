import { citationRefs } from '../../../shared/note/citationRefs';
import type { JsonNode } from '../../../shared/citations/numbering';
import type { CoreContext } from '../context';

const MAX_KEYWORDS = 30;

/**
 * PDF keywords: the tags of the sources, excerpts and claims a note cites, most used first.
 * Items since deleted from the library simply contribute nothing.
 */
export function noteKeywords(ctx: CoreContext, root: JsonNode): string[] {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const add = (kind: 'source' | 'excerpt' | 'claim', id: number | null) => {
    if (id === null || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    for (const tag of ctx.library.tags.namesFor(kind, id)) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  };
  for (const ref of citationRefs(root)) {
    add('source', ref.sourceId);
    add('excerpt', ref.excerptId);
    add('claim', ref.claimId);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_KEYWORDS)
    .map(([tag]) => tag);
}
