import { CLAIM_NODE_TYPE, type SerializedClaimNode } from '../serializedNodes';
import { readCitedClaim } from './citedItem';
import {
  isId,
  sourceIdOf,
  type CitationRef,
  type JsonNode,
  type NodeDescriptor,
} from './descriptor';

const evidenceOf = (node: SerializedClaimNode) =>
  Array.isArray(node.evidence) ? node.evidence : [];

/** A claim with its ICD 203 likelihood and confidence, its marking and evidence (`bw-claim`). */
export const claimNode: NodeDescriptor<SerializedClaimNode> = {
  type: CLAIM_NODE_TYPE,
  placement: 'block',
  read: (json: JsonNode) =>
    json.type === CLAIM_NODE_TYPE ? (json as unknown as SerializedClaimNode) : null,
  citedSources: (node) => evidenceOf(node).flatMap((e) => (e?.source ? [e.source] : [])),
  citationRefs: (node) => {
    const refs: CitationRef[] = [];
    if (isId(node.claimId)) refs.push({ excerptId: null, claimId: node.claimId, sourceId: null });
    for (const e of evidenceOf(node))
      if (isId(e?.excerptId))
        refs.push({ excerptId: e.excerptId, claimId: null, sourceId: sourceIdOf(e.source) });
    return refs;
  },
  markings: (node) => [
    node.marking ?? null,
    ...evidenceOf(node).flatMap((e) => [e.marking, e.source?.marking ?? null]),
  ],
  plainText: (node) => node.text ?? '',
  citedItems: (node) => {
    const claim = readCitedClaim(node);
    return claim ? [claim] : [];
  },
};
