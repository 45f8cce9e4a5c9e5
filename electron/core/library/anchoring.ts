/**
 * Excerpt anchors, modelled on the W3C Web Annotation TextPositionSelector (start/end offsets
 * into the normalized text) plus TextQuoteSelector (exact quote with prefix/suffix context),
 * so an excerpt can be found again when its source's text changes.
 */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Every start offset where `quote` occurs exactly (overlapping occurrences included). */
export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Where an offset falls: a page for paginated sources, else a paragraph (non-empty line). */
export function locatorFor(text: string, offset: number, pageOffsets: number[] | null): string {
  if (pageOffsets && pageOffsets.length > 0) {
    let page = 1;
    for (let i = 0; i < pageOffsets.length; i++) if (pageOffsets[i]! <= offset) page = i + 1;
    return `p. ${page}`;
  }
  let paragraph = 1;
  let inBlank = false;
  for (let i = 0; i <= offset && i < text.length; i++) {
    if (text[i] === '\n') inBlank = true;
    else if (inBlank) {
      paragraph++;
      inBlank = false;
    }
  }
  return `para. ${paragraph}`;
}
