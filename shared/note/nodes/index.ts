import type { SourceSnapshot } from '../serializedNodes';
import { citationNode } from './citationNode';
import { claimNode } from './claimNode';
import type { CitedItem } from './citedItem';
import type { CitationRef, JsonNode, NodeDescriptor } from './descriptor';
import { excerptNode } from './excerptNode';

export type { CitationRef, JsonNode, NodeDescriptor } from './descriptor';
export type { CitedEvidence, CitedItem, CitedQuote } from './citedItem';
export { citationNode, claimNode, excerptNode };

/** Every Briefwright node type, once. Walkers read these instead of switching on type names. */
export const NODE_DESCRIPTORS: readonly NodeDescriptor<unknown>[] = [
  excerptNode as NodeDescriptor<unknown>,
  citationNode as NodeDescriptor<unknown>,
  claimNode as NodeDescriptor<unknown>,
];

const BY_TYPE = new Map(NODE_DESCRIPTORS.map((d) => [d.type, d]));

/** A node of one of our own types, read through its descriptor. */
export interface KnownNode {
  descriptor: NodeDescriptor<unknown>;
  value: unknown;
}

/** The descriptor and typed value for a saved node of our own, or null for any other node. */
export function known(json: JsonNode): KnownNode | null {
  const descriptor = BY_TYPE.get(json.type);
  if (!descriptor) return null;
  const value = descriptor.read(json);
  return value === null ? null : { descriptor, value };
}

export function isBriefwrightType(type: string): boolean {
  return BY_TYPE.has(type);
}

/** Sources a saved node cites itself (not its children), in order. */
export function citedSourcesOf(json: JsonNode): SourceSnapshot[] {
  const k = known(json);
  return k ? k.descriptor.citedSources(k.value) : [];
}

export function citationRefsOf(json: JsonNode): CitationRef[] {
  const k = known(json);
  return k ? k.descriptor.citationRefs(k.value) : [];
}

/** What the integrity check compares for one of our own nodes (not its children). */
export function citedItemsOf(json: JsonNode): CitedItem[] {
  const k = known(json);
  return k ? k.descriptor.citedItems(k.value) : [];
}

export function markingsOf(json: JsonNode): (string | null)[] {
  const k = known(json);
  return k ? k.descriptor.markings(k.value) : [];
}

/** The printed words of one of our own nodes, or null for any other node. */
export function ownText(json: JsonNode): string | null {
  const k = known(json);
  return k ? k.descriptor.plainText(k.value) : null;
}

/** The words the notes search finds one of our own nodes by, or null for any other node. */
export function searchTextOf(json: JsonNode): string | null {
  const k = known(json);
  if (!k) return null;
  return (k.descriptor.searchText ?? k.descriptor.plainText)(k.value);
}
