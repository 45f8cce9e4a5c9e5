import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../tests/library';
import { createSearchRepository } from './searchRepository';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

/** Sources in import order (ids ascending); the one at `strong` says the word four times. */
async function harbourSources(count: number, strong: number, tags: string[] = []) {
  lib = openTestLibrary(tempDir());
  const files = Array.from({ length: count }, (_, i) =>
    upload(
      `harbour-${i}.txt`,
      `Report ${i}\n${i === strong ? 'Harbour harbour harbour harbour.' : `The harbour ${'and the quay '.repeat(6)}number ${i}.`}`,
    ),
  );
  const report = await lib.call('sources.import', { files, tags });
  return report.results.map((r) => r.sourceId!);
}

describe('ranking within bounded work', () => {
  it('ranks a few filtered matches each by its own bm25', async () => {
    const ids = await harbourSources(6, 0, ['port']);
    const result = await lib.call('library.search', {
      text: 'harbour',
      tags: ['port'],
      types: ['source'],
    });
    expect(result.counts.source).toBe(6);
    // The oldest source says it most: it leads although the newest come first in the window.
    expect(result.hits[0]!.id).toBe(ids[0]);
    const scores = result.hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('shows the newest matches first for words too common to rank, taking turns between types', async () => {
    const ids = await harbourSources(6, 0, ['port']);
    const claims: number[] = [];
    for (const text of ['The harbour reopens', 'Harbour fees rise'])
      claims.push((await lib.call('claims.create', { text })).id);
    const search = createSearchRepository(lib.core.db, { rankedUpTo: 5 });
    const newestFirst = [...ids].reverse();

    const result = search.search({ text: 'harbour', limit: 20, offset: 0 });
    expect(result.counts).toMatchObject({ source: 6, claim: 2 });
    // Claims (2 matches) are ranked and come first; sources (6) follow, newest first, unranked.
    const order = result.hits.map((h) => `${h.type}:${h.id}`);
    expect(order.slice(0, 2).sort()).toEqual(claims.map((id) => `claim:${id}`).sort());
    expect(order.slice(2)).toEqual(newestFirst.map((id) => `source:${id}`));
    expect(result.hits.slice(0, 2).every((h) => h.score > 0)).toBe(true);
    expect(result.hits.slice(2).every((h) => h.score === 0)).toBe(true);
    for (const hit of result.hits) expect(hit.snippet.some((s) => s.highlight)).toBe(true);

    const filtered = search.search({
      text: 'harbour',
      tags: ['port'],
      types: ['source'],
      limit: 3,
      offset: 0,
    });
    expect(filtered.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, 3));
    expect(filtered.counts.source).toBe(6);

    const both = createSearchRepository(lib.core.db, { rankedUpTo: 2 }).search({
      text: 'harbour',
      limit: 4,
      offset: 0,
    });
    expect(both.hits.map((h) => h.type)).toEqual(['source', 'claim', 'source', 'claim']);
  });

  it('gives the same answers when broad tags are tested row by row', async () => {
    lib = openTestLibrary(tempDir());
    const tagged = [['region/ukraine/odesa'], ['region/ukraine'], ['topic/energy'], []];
    const ids: number[] = [];
    for (const [i, tags] of tagged.entries()) {
      const report = await lib.call('sources.import', {
        files: [
          upload(`port-${i}.txt`, `Port ${i}\nThe harbour ${'and the quay '.repeat(i)}reopened.`),
        ],
        tags,
      });
      ids.push(report.results[0]!.sourceId!);
    }
    // An untagged source's excerpt tagged itself, and a tagged source's untagged excerpt.
    const own = await lib.call('excerpts.create', {
      sourceId: ids[3]!,
      quote: 'The harbour',
      tags: ['region/black-sea'],
    });
    const inherited = await lib.call('excerpts.create', {
      sourceId: ids[0]!,
      quote: 'The harbour',
    });
    const queries = [
      { tags: ['region'] },
      { tags: ['region/ukraine'] },
      { tags: ['topic', 'region/black-sea'] },
      { tags: ['region'], types: ['excerpt' as const] },
      { tags: ['nothing'] },
    ];
    const collected = createSearchRepository(lib.core.db);
    const rowByRow = createSearchRepository(lib.core.db, { broadTagLinks: 1 });
    const answer = (repo: typeof collected, extra: (typeof queries)[number]) => {
      const result = repo.search({ text: 'harbour', limit: 20, offset: 0, ...extra });
      return { counts: result.counts, hits: result.hits.map((h) => `${h.type}:${h.id}`).sort() };
    };
    for (const query of queries) expect(answer(rowByRow, query)).toEqual(answer(collected, query));
    expect(answer(rowByRow, queries[0]!).hits).toEqual(
      [
        `excerpt:${own.id}`,
        `excerpt:${inherited.id}`,
        `source:${ids[0]}`,
        `source:${ids[1]}`,
      ].sort(),
    );
  });
});
