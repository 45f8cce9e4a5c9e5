import type { SnippetSegment } from '../../../shared/model';

/** Markers FTS5's snippet() wraps around matched words; control characters never in our text. */
export const HIGHLIGHT_OPEN = '\x02';
export const HIGHLIGHT_CLOSE = '\x03';

/** Splits a marked snippet into plain-text segments; the UI renders them without HTML. */
export function toSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, highlight: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.highlight === highlight) last.text += text;
    else segments.push({ text, highlight });
  };
  let rest = marked.replace(/\s+/g, ' ');
  while (rest.length > 0) {
    const open = rest.indexOf(HIGHLIGHT_OPEN);
    if (open === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const close = rest.indexOf(HIGHLIGHT_CLOSE, open + 1);
    const end = close === -1 ? rest.length : close;
    push(rest.slice(open + 1, end), true);
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return segments;
}

/** A snippet without any match: the start of the text. */
export function leadSegments(text: string, chars = 160): SnippetSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat
    ? [{ text: flat.length > chars ? `${flat.slice(0, chars)}…` : flat, highlight: false }]
    : [];
}
