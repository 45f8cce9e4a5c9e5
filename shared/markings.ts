/**
 * Handling markings: ordered schemes, least to most restrictive. A library uses one scheme; an
 * excerpt inherits its source's marking unless given a stricter one, and an export's banner
 * defaults to the strictest marking among what it cites.
 */
import { z } from 'zod';

/** How a marking is printed: its label's colour on its background (hex, `#RRGGBB`). */
export interface MarkingColors {
  text: string;
  background: string;
}

export interface MarkingScheme {
  id: string;
  name: string;
  /** Least restrictive first. */
  levels: readonly string[];
  /** Each level's banner colours; a level without an entry prints as `FALLBACK_COLORS`. */
  colors: Readonly<Record<string, MarkingColors>>;
}

const ON_BLACK = (text: string): MarkingColors => ({ text, background: '#000000' });

/** FIRST TLP 2.0: each label in its colour on black. */
export const TLP_SCHEME: MarkingScheme = {
  id: 'tlp',
  name: 'Traffic Light Protocol 2.0',
  levels: ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'],
  colors: {
    'TLP:CLEAR': ON_BLACK('#FFFFFF'),
    'TLP:GREEN': ON_BLACK('#33FF00'),
    'TLP:AMBER': ON_BLACK('#FFC000'),
    'TLP:AMBER+STRICT': ON_BLACK('#FFC000'),
    'TLP:RED': ON_BLACK('#FF2B2B'),
  },
};

/** US classification banners in the colours of the ISOO marking guide. */
export const CLASSIFICATION_SCHEME: MarkingScheme = {
  id: 'classification',
  name: 'US classification',
  levels: ['UNCLASSIFIED', 'CUI', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
  colors: {
    UNCLASSIFIED: { text: '#FFFFFF', background: '#007A33' },
    CUI: { text: '#FFFFFF', background: '#502B85' },
    CONFIDENTIAL: { text: '#FFFFFF', background: '#0033A0' },
    SECRET: { text: '#FFFFFF', background: '#C8102E' },
    'TOP SECRET': { text: '#FFFFFF', background: '#FF8C00' },
  },
};

export const FALLBACK_COLORS: MarkingColors = ON_BLACK('#FFFFFF');

const hex = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #RRGGBB')
  .transform((c) => c.toUpperCase());

/** A library's own scheme: its levels, least restrictive first, each with banner colours. */
export const customSchemeInput = z
  .object({
    name: z.string().trim().min(1).max(100).default('Custom'),
    levels: z
      .array(
        z
          .object({
            label: z.string().trim().min(1).max(40),
            text: hex.default('#FFFFFF'),
            background: hex.default('#000000'),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict()
  .transform((v, ctx) => {
    const labels = v.levels.map((l) => markingLabel(l.label));
    if (new Set(labels).size !== labels.length)
      ctx.addIssue({ code: 'custom', message: 'two levels have the same label' });
    return v;
  });
export type CustomSchemeInput = z.input<typeof customSchemeInput>;

/** Builds the custom scheme from its validated input. */
export function customScheme(input: z.output<typeof customSchemeInput>): MarkingScheme {
  const levels = input.levels.map((l) => markingLabel(l.label));
  return {
    id: 'custom',
    name: input.name,
    levels,
    colors: Object.fromEntries(
      input.levels.map((l, i) => [levels[i]!, { text: l.text, background: l.background }]),
    ),
  };
}

/** Labels are written in capitals without spaces around their separators ("TLP:AMBER+STRICT"). */
export function markingLabel(marking: string): string {
  return marking
    .trim()
    .toUpperCase()
    .replace(/\s*([:+/])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}

/**
 * The colours a marking prints in (banners and portion marks): its scheme's for it. A free-text
 * banner that names levels ("TLP:AMBER // INTERNAL") takes the strictest level it names; anything
 * else prints white on black.
 */
export function markingColors(scheme: MarkingScheme, marking: string): MarkingColors {
  let rank = markingRank(scheme, marking);
  if (rank < 0) {
    const label = markingLabel(marking).replace(/^\(|\)$/g, '');
    const named = (level: string) =>
      new RegExp(`(^|[^A-Z+])${level.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Z+])`).test(
        label,
      );
    rank = scheme.levels.reduce((best, level, i) => (named(level) ? i : best), -1);
  }
  return rank < 0 ? FALLBACK_COLORS : (scheme.colors[scheme.levels[rank]!] ?? FALLBACK_COLORS);
}

/** The least restrictive level of a scheme: what an unmarked portion carries when all are marked. */
export function lowestMarking(scheme: MarkingScheme): string {
  return scheme.levels[0]!;
}

export const BUILT_IN_SCHEMES: readonly MarkingScheme[] = [TLP_SCHEME, CLASSIFICATION_SCHEME];
export const DEFAULT_SCHEME = TLP_SCHEME;

/** Position of a marking in its scheme, or -1 when it is not one of the scheme's levels. */
export function markingRank(scheme: MarkingScheme, marking: string | null | undefined): number {
  if (!marking) return -1;
  return scheme.levels.indexOf(markingLabel(marking));
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
  const short: Record<string, string> = {
    UNCLASSIFIED: 'U',
    CONFIDENTIAL: 'C',
    SECRET: 'S',
    'TOP SECRET': 'TS',
  };
  return `(${short[marking] ?? marking})`;
}
