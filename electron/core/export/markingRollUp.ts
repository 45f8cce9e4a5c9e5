import type { JsonNode } from '../../../shared/citations/numbering';
import {
  BUILT_IN_SCHEMES,
  DEFAULT_SCHEME,
  markingRank,
  strictestMarking,
  type MarkingScheme,
} from '../../../shared/markings';
import { markingsOf } from '../../../shared/note/nodes';
import { walkTree } from '../../../shared/note/walkTree';
import { MAX_MARKING_CHARS } from '../../../shared/note/registeredNodes';

/** All markings cited anywhere under a node (duplicates removed, in document order). */
export function markingsUnder(node: JsonNode): string[] {
  const found = new Set<string>();
  walkTree(node, {
    enter(n) {
      // A string longer than any marking is not one (snapshots are not trusted as banners).
      for (const m of markingsOf(n))
        if (typeof m === 'string' && m.trim() && m.trim().length <= MAX_MARKING_CHARS)
          found.add(m.trim());
    },
  });
  return [...found];
}

/**
 * The scheme to rank these markings in: the library's active scheme when it knows any of them (or
 * there are none), else the built-in scheme that knows the most (a note may predate a change).
 */
export function schemeFor(
  markings: readonly string[],
  preferred: MarkingScheme = DEFAULT_SCHEME,
): MarkingScheme {
  if (markings.length === 0 || markings.some((m) => markingRank(preferred, m) >= 0)) {
    return preferred;
  }
  let best = preferred;
  let bestCount = 0;
  for (const scheme of BUILT_IN_SCHEMES) {
    const count = markings.filter((m) => markingRank(scheme, m) >= 0).length;
    if (count > bestCount) {
      best = scheme;
      bestCount = count;
    }
  }
  return best;
}

export interface MarkingRollUp {
  scheme: MarkingScheme;
  /** The strictest cited marking, or null when the note cites nothing marked. */
  strictest: string | null;
  /** Cited markings, least strict first (ones outside the scheme last). */
  cited: string[];
}

export function rollUpMarkings(root: JsonNode, preferred?: MarkingScheme): MarkingRollUp {
  const cited = markingsUnder(root);
  const scheme = schemeFor(cited, preferred);
  const rank = (m: string) => {
    const r = markingRank(scheme, m);
    return r < 0 ? Number.MAX_SAFE_INTEGER : r;
  };
  const sorted = [...cited].sort((a, b) => rank(a) - rank(b));
  return { scheme, strictest: strictestMarking(scheme, cited) ?? cited[0] ?? null, cited: sorted };
}

/**
 * Whether printing `chosen` as the banner would under-mark a note whose material is `strictest`.
 * A free-text banner that names the strictest marking (e.g. "TLP:AMBER // INTERNAL") is fine.
 */
export function isLowerMarking(
  scheme: MarkingScheme,
  chosen: string,
  strictest: string | null,
): boolean {
  if (!strictest) return false;
  const normalized = chosen.trim().toUpperCase();
  if (normalized.includes(strictest.toUpperCase())) return false;
  return markingRank(scheme, normalized) < markingRank(scheme, strictest);
}
