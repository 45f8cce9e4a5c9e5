/**
 * Splits a source's text into runs for rendering, each run covered by the same set of excerpts,
 * so overlapping excerpts highlight correctly and every character is rendered exactly once.
 */
export interface Span {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the excerpts covering this run, innermost (shortest) first; empty for plain text. */
  ids: number[];
}

export function highlightSegments(textLength: number, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= textLength);
  const cuts = new Set<number>([0, textLength]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id);
    const last = segments.at(-1);
    if (last && last.ids.length === 0 && ids.length === 0) last.end = end;
    else segments.push({ start, end, ids });
  }
  return segments;
}
