import { $getRoot, $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import type { ClusterInput } from '../../../../shared/citations/cslEngine';
import { $isCitationNode } from '../nodes/CitationNode';
import { $isClaimNode } from '../nodes/ClaimNode';
import { $isExcerptNode } from '../nodes/ExcerptNode';

/** Where a cited node's citation sits among the note's clusters. */
export interface NodeCluster {
  /** The cluster's index; a claim has one per relation (supports, contradicts). */
  clusters: number[];
  /** Set for the second and later markers of a cluster: the first one prints it. */
  continuation: boolean;
}

/**
 * The note's citation clusters in reading order, grouped as the export groups them (markers side
 * by side are one cluster; an excerpt is one; a claim has one per relation), so the editor shows
 * each citation as the export will print it.
 */
export function $citationClusters(): {
  clusters: ClusterInput[];
  byKey: Map<NodeKey, NodeCluster>;
} {
  const clusters: ClusterInput[] = [];
  const byKey = new Map<NodeKey, NodeCluster>();
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isCitationNode(node)) {
      const s = node.getSnapshot();
      const previous = node.getPreviousSibling();
      const joined = $isCitationNode(previous) && byKey.has(previous.getKey());
      if (joined) {
        const index = byKey.get(previous.getKey())!.clusters[0]!;
        clusters[index]!.items.push({ source: s.source, locator: s.locator });
        byKey.set(node.getKey(), { clusters: [index], continuation: true });
      } else {
        clusters.push({ items: [{ source: s.source, locator: s.locator }] });
        byKey.set(node.getKey(), { clusters: [clusters.length - 1], continuation: false });
      }
    } else if ($isExcerptNode(node)) {
      const s = node.getSnapshot();
      clusters.push({ items: [{ source: s.source, locator: s.locator }] });
      byKey.set(node.getKey(), { clusters: [clusters.length - 1], continuation: false });
    } else if ($isClaimNode(node)) {
      const indexes: number[] = [];
      for (const relation of ['supports', 'contradicts'] as const) {
        const items = node
          .getSnapshot()
          .evidence.filter((e) => e.relation === relation)
          .map((e) => ({ source: e.source, locator: e.locator }));
        if (items.length === 0) continue;
        clusters.push({ items });
        indexes.push(clusters.length - 1);
      }
      byKey.set(node.getKey(), { clusters: indexes, continuation: false });
    }
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return { clusters, byKey };
}
