import { CITATION_NODE_TYPE, type SerializedCitationNode } from '../serializedNodes';
import { readCitedQuote, readCitedSource } from './citedItem';
import { isId, sourceIdOf, type JsonNode, type NodeDescriptor } from './descriptor';

/** An inline citation of an excerpt or a whole source (`bw-citation`). */
export const citationNode: NodeDescriptor<SerializedCitationNode> = {
  type: CITATION_NODE_TYPE,
  placement: 'inline',
  read: (json: JsonNode) =>
    json.type === CITATION_NODE_TYPE ? (json as unknown as SerializedCitationNode) : null,
  citedSources: (node) => (node.source ? [node.source] : []),
  citationRefs: (node) => {
    const sourceId = sourceIdOf(node.source);
    const excerptId = isId(node.excerptId) ? node.excerptId : null;
    return sourceId !== null || excerptId !== null ? [{ excerptId, claimId: null, sourceId }] : [];
  },
  markings: (node) => [node.marking, node.source?.marking ?? null],
  // The marker prints no words of its own; its quote is only a snapshot for hover and search.
  plainText: () => '',
  searchText: (node) => node.quote ?? '',
  citedItems: (node) => {
    if (isId(node.excerptId)) {
      const quote = readCitedQuote(node);
      return quote ? [{ kind: 'excerpt', ...quote }] : [];
    }
    const source = readCitedSource(node.source);
    return source ? [{ kind: 'source', source }] : [];
  },
};
