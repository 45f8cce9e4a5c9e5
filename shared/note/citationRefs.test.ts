import { describe, expect, it } from 'vitest';
import { citationRefs, citationRefsOfContent } from './citationRefs';

const source = (sourceId: number) => ({ sourceId, title: 't' });

describe('citationRefs', () => {
  it('lists excerpts, citations, claims and their evidence in reading order', () => {
    const root = {
      type: 'root',
      children: [
        { type: 'bw-excerpt', excerptId: 1, source: source(10) },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'x' },
            { type: 'bw-citation', excerptId: null, source: source(11) },
          ],
        },
        {
          type: 'bw-claim',
          claimId: 4,
          evidence: [{ excerptId: 2, source: source(12) }],
        },
      ],
    };
    expect(citationRefs(root)).toEqual([
      { excerptId: 1, claimId: null, sourceId: 10 },
      { excerptId: null, claimId: null, sourceId: 11 },
      { excerptId: null, claimId: 4, sourceId: null },
      { excerptId: 2, claimId: null, sourceId: 12 },
    ]);
  });

  it('skips malformed nodes and unreadable content instead of throwing', () => {
    expect(citationRefs({ children: [{ type: 'bw-excerpt', excerptId: 'x' }, null, 3] })).toEqual(
      [],
    );
    expect(citationRefsOfContent('{not json')).toEqual([]);
  });
});
