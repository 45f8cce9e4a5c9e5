import { describe, expect, it } from 'vitest';
import { buildRows, moveActive } from './resultRows';
import type { SearchHit } from './searchTypes';

const hit = (type: SearchHit['type'], id: number): SearchHit => ({
  type,
  id,
  title: `${type} ${id}`,
  snippet: [{ text: 'x', highlight: false }],
  score: 1,
});

describe('result rows', () => {
  it('groups by type with a header and a "show all" row when a group has more hits', () => {
    const rows = buildRows(
      { source: 1, excerpt: 12, claim: 0 },
      { source: [hit('source', 1)], excerpt: [hit('excerpt', 1), hit('excerpt', 2)] },
      null,
      2,
    );
    expect(rows.map((r) => r.kind)).toEqual(['header', 'hit', 'header', 'hit', 'hit', 'more']);
  });

  it('lists every hit of a single type, with unloaded ones pending', () => {
    const rows = buildRows(
      { excerpt: 100_000 },
      { excerpt: [hit('excerpt', 1)] },
      'excerpt',
      5,
      Infinity,
    );
    expect(rows).toHaveLength(100_001);
    expect(buildRows({ excerpt: 100_000 }, {}, 'excerpt', 5)).toHaveLength(10_001);
    expect(rows[1]!.kind).toBe('hit');
    expect(rows[2]).toEqual({ kind: 'pending', type: 'excerpt', index: 1 });
  });

  it('moves the active row past headers and stops at the ends', () => {
    const rows = buildRows(
      { source: 1, excerpt: 1 },
      { source: [hit('source', 1)], excerpt: [hit('excerpt', 2)] },
      null,
      5,
    );
    expect(moveActive(rows, -1, 1)).toBe(1);
    expect(moveActive(rows, 1, 1)).toBe(3);
    expect(moveActive(rows, 3, 1)).toBe(3);
    expect(moveActive(rows, 3, -1)).toBe(1);
  });
});
