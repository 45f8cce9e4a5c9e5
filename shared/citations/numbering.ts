import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  type SerializedCitationNode,
  type SerializedClaimNode,
  type SerializedExcerptNode,
  type SourceSnapshot,
} from '../note/serializedNodes';

/** The smallest view of a serialized Lexical node this needs. */
export interface JsonNode {
  type: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

export interface NumberedSource {
  number: number;
  source: SourceSnapshot;
}

export interface CitationNumbering {
  /** Sources in first-cited order; `number` is 1-based. */
  sources: NumberedSource[];
  numberOf(sourceId: number): number | undefined;
}

/** Source ids a node cites, in the order they appear within it. */
function citedSources(node: JsonNode): SourceSnapshot[] {
  switch (node.type) {
    case EXCERPT_NODE_TYPE:
      return [(node as unknown as SerializedExcerptNode).source];
    case CITATION_NODE_TYPE:
      return [(node as unknown as SerializedCitationNode).source];
    case CLAIM_NODE_TYPE:
      return (node as unknown as SerializedClaimNode).evidence.map((e) => e.source);
    default:
      return [];
  }
}

/**
 * Numbers cited sources in reading order (depth-first through the document): the first source
 * cited is 1, and a source cited again keeps its first number. Editor and PDF export both use
 * this, so the numbers on screen and on paper always agree.
 */
export function numberCitations(root: JsonNode): CitationNumbering {
  const numbers = new Map<number, number>();
  const sources: NumberedSource[] = [];
  const visit = (node: JsonNode) => {
    for (const source of citedSources(node)) {
      if (!numbers.has(source.sourceId)) {
        numbers.set(source.sourceId, sources.length + 1);
        sources.push({ number: sources.length + 1, source });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return { sources, numberOf: (id) => numbers.get(id) };
}
