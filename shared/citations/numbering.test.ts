import { describe, expect, it } from 'vitest';
import { numberCitations, type JsonNode } from './numbering';

const source = (sourceId: number) => ({
  sourceId,
  title: `Source ${sourceId}`,
  author: null,
  outlet: null,
  publishedAt: null,
  url: null,
  marking: null,
});
const cite = (id: number): JsonNode => ({
  type: 'bw-citation',
  version: 1,
  excerptId: null,
  quote: null,
  locator: null,
  marking: null,
  source: source(id),
});
const para = (...children: JsonNode[]): JsonNode => ({ type: 'paragraph', children });

describe('numberCitations', () => {
  it('numbers sources in reading order and reuses a number for a source cited again', () => {
    const root: JsonNode = {
      type: 'root',
      children: [
        para({ type: 'text' }, cite(7), cite(3)),
        {
          type: 'bw-excerpt',
          version: 1,
          excerptId: 1,
          quote: 'q',
          locator: null,
          marking: null,
          source: source(9),
        },
        para(cite(3), cite(7)),
        {
          type: 'bw-claim',
          version: 1,
          claimId: 1,
          text: 't',
          confidence: 'likely',
          evidence: [
            {
              excerptId: 2,
              relation: 'supports',
              quote: 'q',
              locator: null,
              marking: null,
              source: source(11),
            },
          ],
        },
      ],
    };
    const numbering = numberCitations(root);
    expect(numbering.sources.map((s) => [s.number, s.source.sourceId])).toEqual([
      [1, 7],
      [2, 3],
      [3, 9],
      [4, 11],
    ]);
    expect(numbering.numberOf(3)).toBe(2);
    expect(numbering.numberOf(42)).toBeUndefined();
  });
});
