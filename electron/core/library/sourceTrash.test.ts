import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

const ARTICLE = [
  'Harbour talks resume',
  'Negotiators met in the harbour office on Monday. The port will reopen, officials said.',
  'Insurers want guarantees before ships return, a broker said.',
].join('\n');

const rows = (sql: string, ...params: unknown[]) => lib.core.db.prepare(sql).all(...params);

describe('deleting a source and undoing it', () => {
  it('brings back the same source, excerpt ids, evidence links, tags, details and file', async () => {
    lib = openTestLibrary(tempDir());
    const report = await lib.call('sources.import', {
      files: [upload('harbour.txt', ARTICLE)],
      tags: ['region/harbour'],
      marking: 'TLP:GREEN',
    });
    const id = report.results[0]!.sourceId!;
    await lib.call('sources.update', {
      id,
      creators: [{ family: 'Marrow', given: 'Ilse' }],
      note: 'Checked by phone.',
      sourceType: 'article-newspaper',
    });
    const first = await lib.call('excerpts.create', {
      sourceId: id,
      quote: 'The port will reopen',
      tags: ['topic/ports'],
    });
    const second = await lib.call('excerpts.create', { sourceId: id, quote: 'a broker said' });
    const claim = await lib.call('claims.create', {
      text: 'The port reopens soon.',
      evidence: [
        { excerptId: second.id, relation: 'contradicts' },
        { excerptId: first.id, relation: 'supports' },
      ],
    });
    const before = {
      source: await lib.call('sources.get', { id }),
      excerpts: await lib.call('excerpts.listForSource', { sourceId: id }),
      evidence: rows('SELECT * FROM claim_evidence ORDER BY position'),
      file: lib.core.library.sources.original(id),
    };

    expect(await lib.call('sources.deleteImpact', { id })).toEqual({
      id,
      title: 'Harbour talks resume',
      citingNotes: 0,
      excerpts: 2,
      claims: 1,
    });
    const { restore } = await lib.call('sources.delete', { id });
    expect(restore).toMatchObject({ id, excerpts: 2, claims: 1 });
    expect(rows('SELECT * FROM claim_evidence')).toEqual([]);
    expect((await lib.fail('sources.get', { id })).code).toBe('not_found');

    const restored = await lib.call('sources.restore', { id: restore.id });
    expect(restored).toEqual(before.source);
    expect(await lib.call('excerpts.listForSource', { sourceId: id })).toEqual(before.excerpts);
    expect(rows('SELECT * FROM claim_evidence ORDER BY position')).toEqual(before.evidence);
    expect(lib.core.library.sources.original(id)).toEqual(before.file);
    expect(
      (await lib.call('claims.get', { id: claim.id })).evidence.map((e) => e.excerptId),
    ).toEqual([second.id, first.id]);
    const hits = await lib.call('library.search', { text: 'guarantees', types: ['source'] });
    expect(hits.hits.map((h) => h.id)).toEqual([id]);
    // Undo happens once; the trash entry is gone.
    expect((await lib.fail('sources.restore', { id })).code).toBe('not_found');
  });

  it('refuses undo when the same text was imported again, and never reuses a deleted id', async () => {
    lib = openTestLibrary(tempDir());
    const imported = await lib.call('sources.import', { files: [upload('a.txt', ARTICLE)] });
    const id = imported.results[0]!.sourceId!;
    await lib.call('sources.delete', { id });
    const again = await lib.call('sources.import', { files: [upload('a.txt', ARTICLE)] });
    expect(again.results[0]!.sourceId).toBeGreaterThan(id);
    expect(await lib.fail('sources.restore', { id })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('imported again') as string,
    });
  });
});
