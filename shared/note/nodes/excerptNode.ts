import { EXCERPT_NODE_TYPE, type SerializedExcerptNode } from '../serializedNodes';
import { readCitedQuote } from './citedItem';
import { isId, sourceIdOf, type JsonNode, type NodeDescriptor } from './descriptor';

/** A block quote of a library excerpt (`bw-excerpt`). */
export const excerptNode: NodeDescriptor<SerializedExcerptNode> = {
  type: EXCERPT_NODE_TYPE,
  placement: 'block',
  read: (json: JsonNode) =>
    json.type === EXCERPT_NODE_TYPE ? (json as unknown as SerializedExcerptNode) : null,
  citedSources: (node) => (node.source ? [node.source] : []),
  citationRefs: (node) =>
    isId(node.excerptId)
      ? [{ excerptId: node.excerptId, claimId: null, sourceId: sourceIdOf(node.source) }]
      : [],
  markings: (node) => [node.marking, node.source?.marking ?? null],
  plainText: (node) => node.quote ?? '',
  citedItems: (node) => {
    const quote = readCitedQuote(node);
    return quote ? [{ kind: 'excerpt', ...quote }] : [];
  },
};
