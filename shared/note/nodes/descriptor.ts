import type { SourceSnapshot } from '../serializedNodes';
import type { CitedItem } from './citedItem';

/** The smallest view of a serialized Lexical node a walker needs. */
export interface JsonNode {
  type: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

/** One thing a note cites: an excerpt, a claim or a whole source (plain ids, never joined). */
export interface CitationRef {
  excerptId: number | null;
  claimId: number | null;
  sourceId: number | null;
}

/**
 * Everything the walkers (numbering, citation index, marking roll-up, plain text, briefing model)
 * need to know about one of Briefwright's own node types. A new node type is one descriptor.
 */
export interface NodeDescriptor<T> {
  /** Lexical's type name, as saved in `type`. */
  readonly type: string;
  /** Whether the node sits in running text (a citation) or stands as a block (a quote, a claim). */
  readonly placement: 'inline' | 'block';
  /** The saved node in its typed shape, or null when it is too damaged to use. */
  read(json: JsonNode): T | null;
  /** Sources the node cites, in reading order (duplicates kept: each is one citation). */
  citedSources(node: T): SourceSnapshot[];
  /** Library rows the node points at, for the note's citation index. */
  citationRefs(node: T): CitationRef[];
  /** Every marking the node carries itself (its own, its source's, its evidence's). */
  markings(node: T): (string | null)[];
  /** The words the node prints, for headings, contents and plain-text views. */
  plainText(node: T): string;
  /** The words the notes search should find it by (defaults to plainText). */
  searchText?(node: T): string;
  /** What the integrity check compares with the library (see integrity/checkIntegrity.ts). */
  citedItems(node: T): CitedItem[];
}

export const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** A source snapshot's id when it is a real id, else null. */
export const sourceIdOf = (source: SourceSnapshot | null | undefined): number | null =>
  isId(source?.sourceId) ? source.sourceId : null;
