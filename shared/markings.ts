/**
 * Handling markings: ordered schemes, least to most restrictive. A library uses one scheme; an
 * excerpt inherits its source's marking unless given a stricter one, and an export's banner
 * defaults to the strictest marking among what it cites.
 */
export interface MarkingScheme {
  id: string;
  name: string;
  /** Least restrictive first. */
  levels: readonly string[];
}

export const TLP_SCHEME: MarkingScheme = {
  id: 'tlp',
  name: 'Traffic Light Protocol 2.0',
  levels: ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'],
};

export const CLASSIFICATION_SCHEME: MarkingScheme = {
  id: 'classification',
  name: 'Classification',
  levels: ['UNCLASSIFIED', 'CUI', 'CONFIDENTIAL', 'SECRET'],
};

export const BUILT_IN_SCHEMES: readonly MarkingScheme[] = [TLP_SCHEME, CLASSIFICATION_SCHEME];
export const DEFAULT_SCHEME = TLP_SCHEME;

/** Position of a marking in its scheme, or -1 when it is not one of the scheme's levels. */
export function markingRank(scheme: MarkingScheme, marking: string | null | undefined): number {
  if (!marking) return -1;
  return scheme.levels.indexOf(marking.trim().toUpperCase());
}

/** The most restrictive of the given markings (null when none is in the scheme). */
export function strictestMarking(
  scheme: MarkingScheme,
  markings: Iterable<string | null | undefined>,
): string | null {
  let best: string | null = null;
  let bestRank = -1;
  for (const marking of markings) {
    const rank = markingRank(scheme, marking);
    if (rank > bestRank) {
      bestRank = rank;
      best = scheme.levels[rank]!;
    }
  }
  return best;
}

/** An excerpt's effective marking: its own when stricter than its source's, else the source's. */
export function effectiveMarking(
  scheme: MarkingScheme,
  sourceMarking: string | null,
  ownMarking: string | null,
): string | null {
  return strictestMarking(scheme, [sourceMarking, ownMarking]);
}

/** The short form used for portion marks, e.g. "(TLP:AMBER)" or "(U)". */
export function portionMark(marking: string): string {
  const short: Record<string, string> = { UNCLASSIFIED: 'U', CONFIDENTIAL: 'C', SECRET: 'S' };
  return `(${short[marking] ?? marking})`;
}
