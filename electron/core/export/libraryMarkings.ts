import type { JsonNode } from '../../../shared/citations/numbering';
import { strictestMarking, markingRank } from '../../../shared/markings';
import { citationRefs } from '../../../shared/note/citationRefs';
import { MAX_MARKING_CHARS } from '../../../shared/note/registeredNodes';
import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  type SerializedCitationNode,
  type SerializedClaimNode,
  type SerializedExcerptNode,
} from '../../../shared/note/serializedNodes';
import type { CoreContext } from '../context';
import { createCitationLookup } from '../notes/citationLookup';
import { schemeFor, type MarkingRollUp } from './markingRollUp';

export interface LibraryRollUp extends MarkingRollUp {
  /** Strings found where a marking belongs that are not markings: never printed as a banner. */
  refused: string[];
}

const nodesOf = (root: JsonNode): JsonNode[] => {
  const all: JsonNode[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    all.push(node);
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return all;
};

/**
 * The markings a note's export rolls up, taken from the library as it is now: each cited excerpt,
 * source and claim evidence is looked up by id. Only an item deleted from the library falls back
 * to the note's snapshot. Anything that is not a level of the scheme, or is longer than a marking
 * can be, is refused rather than becoming the banner.
 */
export function rollUpFromLibrary(ctx: CoreContext, root: JsonNode): LibraryRollUp {
  const refs = citationRefs(root);
  const ids = (pick: (r: (typeof refs)[number]) => number | null) =>
    refs.map(pick).filter((id): id is number => id !== null);
  const library = createCitationLookup(ctx.db).lookup(
    ids((r) => r.excerptId),
    ids((r) => r.claimId),
    ids((r) => r.sourceId),
  );
  const candidates: (string | null | undefined)[] = [];
  const sourceMarking = (id: number | undefined, snapshot: string | null | undefined) => {
    const current = id === undefined ? undefined : library.sources[id];
    candidates.push(current ? current.marking : snapshot);
  };
  const excerptMarkings = (
    excerptId: number | null,
    snapshot: { marking?: string | null; source?: { sourceId?: number; marking?: string | null } },
  ) => {
    const current = excerptId === null ? undefined : library.excerpts[excerptId];
    if (current) candidates.push(current.marking, current.source.marking);
    else {
      if (excerptId !== null) candidates.push(snapshot.marking);
      sourceMarking(snapshot.source?.sourceId, snapshot.source?.marking);
    }
  };
  for (const node of nodesOf(root)) {
    if (node.type === EXCERPT_NODE_TYPE) {
      const n = node as unknown as SerializedExcerptNode;
      excerptMarkings(n.excerptId, n);
    } else if (node.type === CITATION_NODE_TYPE) {
      const n = node as unknown as SerializedCitationNode;
      excerptMarkings(n.excerptId ?? null, n);
    } else if (node.type === CLAIM_NODE_TYPE) {
      const n = node as unknown as SerializedClaimNode;
      const current = library.claims[n.claimId];
      // The claim's own marking counts as much as its evidence's.
      if (current) {
        candidates.push(current.marking);
        for (const e of current.evidence) candidates.push(e.marking, e.source.marking);
      } else {
        candidates.push(n.marking);
        for (const e of Array.isArray(n.evidence) ? n.evidence : [])
          excerptMarkings(e.excerptId, e);
      }
    }
  }

  const refused = new Set<string>();
  const strings = new Set<string>();
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || !candidate.trim()) continue;
    const marking = candidate.trim();
    if (marking.length > MAX_MARKING_CHARS) refused.add(`${marking.slice(0, 40)}…`);
    else strings.add(marking);
  }
  const scheme = schemeFor([...strings], ctx.library.markings.active());
  const cited: string[] = [];
  for (const marking of strings) {
    const rank = markingRank(scheme, marking);
    if (rank < 0) refused.add(marking);
    else if (!cited.includes(scheme.levels[rank]!)) cited.push(scheme.levels[rank]!);
  }
  cited.sort((a, b) => markingRank(scheme, a) - markingRank(scheme, b));
  return { scheme, strictest: strictestMarking(scheme, cited), cited, refused: [...refused] };
}

/** The export warning for refused markings (none when there are none). */
export function refusedMarkingsWarning(refused: readonly string[]): string[] {
  if (refused.length === 0) return [];
  return [
    `Not used for the banner, because they are not markings of the library's scheme: ${refused
      .slice(0, 5)
      .map((m) => `"${m}"`)
      .join(', ')}${refused.length > 5 ? ` and ${refused.length - 5} more` : ''}.`,
  ];
}
