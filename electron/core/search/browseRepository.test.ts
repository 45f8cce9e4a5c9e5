import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import {
  openTestLibrary,
  readSeed,
  SEED_ESSAY,
  SEED_REPORT,
  upload,
  type TestLibrary,
} from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

async function seeded() {
  lib = openTestLibrary(tempDir());
  const report = await lib.call('sources.import', {
    files: [upload(SEED_REPORT, readSeed(SEED_REPORT)), upload(SEED_ESSAY, readSeed(SEED_ESSAY))],
  });
  const [reportId, essayId] = report.results.map((r) => r.sourceId!);
  const halt = await lib.call('excerpts.create', {
    sourceId: reportId!,
    quote: 'Unless they halt',
    tags: ['region/ukraine'],
  });
  const other = await lib.call('excerpts.create', {
    sourceId: essayId!,
    start: 0,
    end: 20,
    tags: ['topic/economy'],
  });
  const claim = await lib.call('claims.create', { text: 'Talks will stall.', tags: ['region'] });
  return { reportId: reportId!, essayId: essayId!, halt, other, claim };
}

describe('browsing the library without words', () => {
  it('filters by tag, a parent tag matching its children, across types', async () => {
    const { halt, claim } = await seeded();
    const byChild = await lib.call('library.browse', { tags: ['region/ukraine'] });
    expect(byChild.hits.map((h) => [h.type, h.id])).toEqual([['excerpt', halt.id]]);
    expect(byChild.hits[0]!.snippet[0]!.text).toContain('Unless they halt');

    const byParent = await lib.call('library.browse', { tags: ['region'] });
    expect(byParent.counts).toEqual({ source: 0, excerpt: 1, claim: 1, note: 0 });
    expect(byParent.hits.map((h) => h.id).sort()).toEqual([halt.id, claim.id].sort());
  });

  it('lists one type newest first, with exact counts and paging', async () => {
    const { halt, other, reportId, essayId } = await seeded();
    const excerpts = await lib.call('library.browse', { types: ['excerpt'] });
    expect(excerpts.counts.excerpt).toBe(2);
    expect(excerpts.hits.map((h) => h.id)).toEqual([other.id, halt.id]);
    expect(excerpts.hits[1]!.sourceId).toBe(reportId);

    const second = await lib.call('library.browse', { types: ['source'], limit: 1, offset: 1 });
    expect(second.counts.source).toBe(2);
    expect(second.hits.map((h) => h.id)).toEqual([reportId]);
    const first = await lib.call('library.browse', { types: ['source'], limit: 1 });
    expect(first.hits.map((h) => h.id)).toEqual([essayId]);
    const noCounts = await lib.call('library.browse', {
      types: ['source'],
      offset: 1,
      withCounts: false,
    });
    expect(noCounts.hits.map((h) => h.id)).toEqual([reportId]);
    expect(noCounts.counts.source).toBe(0);
  });

  it('pages across types in order, and leaves out what a filter cannot apply to', async () => {
    await seeded();
    const page = await lib.call('library.browse', { types: ['source', 'excerpt'], limit: 3 });
    expect(page.hits.map((h) => h.type)).toEqual(['source', 'source', 'excerpt']);
    const outlet = await lib.call('library.browse', { outlet: 'No Such Outlet' });
    expect(outlet.total).toBe(0);
    expect(
      (await lib.call('library.browse', { types: ['note'], tags: ['region'] })).counts.note,
    ).toBe(0);
  });

  it('refuses malformed input', async () => {
    await seeded();
    expect(await lib.fail('library.browse', { offset: -1 } as never)).toMatchObject({
      code: 'bad_request',
    });
    expect(await lib.fail('library.browse', { text: 'x' } as never)).toMatchObject({
      code: 'bad_request',
    });
  });
});
