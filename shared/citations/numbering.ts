import { citedSourcesOf, type JsonNode } from '../note/nodes';
import type { SourceSnapshot } from '../note/serializedNodes';
import { walkTree } from '../note/walkTree';

export type { JsonNode } from '../note/nodes';

export interface NumberedSource {
  number: number;
  source: SourceSnapshot;
}

export interface CitationNumbering {
  /** Sources in first-cited order; `number` is 1-based. */
  sources: NumberedSource[];
  numberOf(sourceId: number): number | undefined;
}

/**
 * Numbers cited sources in reading order (depth-first through the document): the first source
 * cited is 1, and a source cited again keeps its first number. Editor and PDF export both use
 * this, so the numbers on screen and on paper always agree.
 */
export function numberCitations(root: JsonNode): CitationNumbering {
  const numbers = new Map<number, number>();
  const sources: NumberedSource[] = [];
  walkTree(root, {
    enter(node) {
      for (const source of citedSourcesOf(node)) {
        if (!numbers.has(source.sourceId)) {
          numbers.set(source.sourceId, sources.length + 1);
          sources.push({ number: sources.length + 1, source });
        }
      }
    },
  });
  return { sources, numberOf: (id) => numbers.get(id) };
}
