import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An emoji: a pictograph with its modifiers and joined parts, or a pair of regional indicators. */
const EMOJI_SEQUENCE =
  /\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*|\p{Regional_Indicator}{2}/gu;
const PRESENTATION = /[\uFE0E\uFE0F\u200D]|\p{Emoji_Modifier}/gu;

export type EmojiNames = Record<string, string>;

export function loadEmojiNames(resourcesDir: string): EmojiNames {
  return JSON.parse(readFileSync(join(resourcesDir, 'emoji', 'names.json'), 'utf8')) as EmojiNames;
}

function nameOf(sequence: string, names: EmojiNames): string {
  const cps = [...sequence].map((c) => c.codePointAt(0)!);
  if (cps.length === 2 && cps.every((cp) => cp >= 0x1f1e6 && cp <= 0x1f1ff))
    return `flag ${cps.map((cp) => String.fromCharCode(65 + cp - 0x1f1e6)).join('')}`;
  return [...sequence.replace(PRESENTATION, '')]
    .map(
      (c) =>
        names[c.codePointAt(0)!.toString(16).toUpperCase()] ??
        `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`,
    )
    .join(' + ');
}

/**
 * Emoji the fonts can draw in one glyph keep it (variation selectors dropped); any other emoji is
 * printed by name, e.g. "[grinning face]", and reported.
 */
export function nameUndrawableEmoji(
  text: string,
  canDraw: (codePoint: number) => boolean,
  names: EmojiNames,
): { text: string; named: string[] } {
  const named: string[] = [];
  const replaced = text.replace(EMOJI_SEQUENCE, (sequence) => {
    const bare = sequence.replace(/[\uFE0E\uFE0F]/g, '');
    const cps = [...bare];
    if (cps.length === 1 && canDraw(cps[0]!.codePointAt(0)!)) return bare;
    const label = `[${nameOf(sequence, names)}]`;
    named.push(`${sequence} ${label}`);
    return label;
  });
  return { text: replaced, named };
}
