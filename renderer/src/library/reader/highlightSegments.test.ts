import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';

describe('highlightSegments', () => {
  it('covers every character exactly once, with overlapping excerpts split into runs', () => {
    const segments = highlightSegments(20, [
      { id: 1, start: 2, end: 10 },
      { id: 2, start: 5, end: 15 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: [1] },
      { start: 5, end: 10, ids: [1, 2] },
      { start: 10, end: 15, ids: [2] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('puts the innermost excerpt first and ignores ranges outside the text', () => {
    const segments = highlightSegments(10, [
      { id: 7, start: 0, end: 10 },
      { id: 8, start: 3, end: 4 },
      { id: 9, start: 8, end: 30 },
    ]);
    expect(segments.find((s) => s.start === 3)!.ids).toEqual([8, 7]);
    expect(segments.flatMap((s) => s.ids)).not.toContain(9);
  });

  it('is one plain run when there are no excerpts', () => {
    expect(highlightSegments(5, [])).toEqual([{ start: 0, end: 5, ids: [] }]);
  });
});
