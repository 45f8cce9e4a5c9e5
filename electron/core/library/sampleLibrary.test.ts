import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary | undefined;
afterEach(() => lib?.core.close());

describe('first-run sample library', () => {
  it('seeds a new library once with sources, excerpts, claims and tags', async () => {
    const dir = tempDir();
    lib = openTestLibrary(dir, { sample: true });
    const { counts } = await lib.call('app.info', {});
    expect(counts).toMatchObject({ sources: 3, excerpts: 6, claims: 2 });
    expect(counts.tags).toBeGreaterThanOrEqual(5);
    const claims = await lib.call('claims.list', {});
    const claim = await lib.call('claims.get', { id: claims.items[0]!.id });
    expect(claim.evidence.length).toBeGreaterThan(0);
    for (const e of claim.evidence) {
      const source = await lib.call('sources.get', { id: e.source.sourceId });
      const excerpt = await lib.call('excerpts.get', { id: e.excerptId });
      expect(source.text.slice(excerpt.start!, excerpt.end!)).toBe(e.quote);
    }
    expect((await lib.call('library.search', { text: 'pilots' })).total).toBeGreaterThan(0);
    lib.core.close();
    // Reopening never seeds again, even if the user deleted everything.
    lib = openTestLibrary(dir, { sample: true });
    expect((await lib.call('app.info', {})).counts.sources).toBe(3);
  });

  it('is skipped when asked', async () => {
    lib = openTestLibrary(tempDir(), { sample: false });
    expect((await lib.call('app.info', {})).counts).toMatchObject({
      sources: 0,
      claims: 0,
      tags: 0,
    });
  });
});
