import { describe, expect, it } from 'vitest';
import { decodeDragPayload, encodeDragPayload } from './dragPayload';

describe('drag payload', () => {
  it('round-trips ids', () => {
    const text = encodeDragPayload([
      { kind: 'excerpt', id: 4 },
      { kind: 'selection', sourceId: 2, start: 10, end: 30 },
    ]);
    expect(decodeDragPayload(text)?.items).toEqual([
      { kind: 'excerpt', id: 4 },
      { kind: 'selection', sourceId: 2, start: 10, end: 30 },
    ]);
  });
  it.each([
    '',
    'not json',
    '{}',
    '{"version":2,"items":[]}',
    '{"version":1,"items":[{"kind":"excerpt","id":-1}]}',
    '{"version":1,"items":[{"kind":"selection","sourceId":1,"start":5,"end":5}]}',
  ])('rejects %s', (text) => expect(decodeDragPayload(text)).toBeNull());
});
