import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { createHandlers } from '../handlers';
import { createNotesRepository } from './notesRepository';

const tempDir = useTempDirs();

const excerptNode = (excerptId: number, sourceId: number) => ({
  type: 'bw-excerpt',
  version: 1,
  excerptId,
  quote: 'Unless they halt',
  locator: null,
  marking: null,
  source: {
    sourceId,
    title: 'A source',
    author: null,
    outlet: null,
    publishedAt: null,
    url: null,
    marking: null,
  },
});

const contentWith = (...nodes: object[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: nodes }],
    },
  });

function seedLibrary(db: ReturnType<typeof openCore>['db']) {
  const stamp = '2026-01-01T00:00:00Z';
  db.prepare(
    `INSERT INTO sources (id, kind, title, author, outlet, published_at, url, imported_at,
       updated_at, content_hash, marking, file_name, mime, text_length, text)
     VALUES (7, 'text', 'Drone report', 'A. Writer', 'The Outlet', '2025-05-01', NULL, ?, ?,
       'h1', 'TLP:AMBER', 'a.txt', 'text/plain', 20, 'Unless they halt now')`,
  ).run(stamp, stamp);
  db.prepare(
    `INSERT INTO excerpts (id, source_id, start, "end", quote, locator, created_at, updated_at)
     VALUES (3, 7, 0, 16, 'Unless they halt', 'p. 2', ?, ?)`,
  ).run(stamp, stamp);
  db.prepare(
    `INSERT INTO claims (id, text, likelihood, created_at, updated_at)
     VALUES (5, 'They will halt', 'likely', ?, ?)`,
  ).run(stamp, stamp);
  db.prepare(
    `INSERT INTO claim_evidence (claim_id, excerpt_id, relation) VALUES (5, 3, 'supports')`,
  ).run();
}

describe('notes: trash, revisions and the citation index', () => {
  it('rebuilds note_citations on every save and answers usage queries', () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    const a = core.notes.create('A', contentWith(excerptNode(3, 7)));
    const b = core.notes.create('B');
    expect(core.notes.usage({ excerptId: 3 }).map((n) => n.id)).toEqual([a.id]);
    core.notes.save(b.id, 'B', contentWith(excerptNode(3, 7), excerptNode(4, 8)));
    expect(
      core.notes
        .usage({ excerptId: 3 })
        .map((n) => n.id)
        .sort(),
    ).toEqual([a.id, b.id]);
    expect(core.notes.usage({ sourceId: 8 }).map((n) => n.id)).toEqual([b.id]);
    // Removing the citation from A removes A from the index.
    core.notes.save(a.id, 'A', contentWith());
    expect(core.notes.usage({ excerptId: 3 }).map((n) => n.id)).toEqual([b.id]);
    // A note in the trash is not "using" anything.
    core.notes.trash(b.id);
    expect(core.notes.usage({ excerptId: 3 })).toEqual([]);
    core.close();
  });

  it('moves notes to the trash and back, renames and duplicates', () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    const note = core.notes.create('Brief', undefined, 'bluf');
    expect(note.content).toContain('Key judgments');
    core.notes.rename(note.id, 'Renamed');
    const copy = core.notes.duplicate(note.id);
    expect(copy.title).toBe('Renamed (copy)');
    expect(copy.content).toBe(note.content);
    core.notes.trash(note.id);
    expect(core.notes.list().map((n) => n.id)).toEqual([copy.id]);
    expect(core.notes.list(true)).toMatchObject([{ id: note.id, title: 'Renamed' }]);
    core.notes.restore(note.id);
    expect(
      core.notes
        .list()
        .map((n) => n.id)
        .sort(),
    ).toEqual([note.id, copy.id].sort());
    core.close();
  });

  it('snapshots a revision at most every 5 minutes of editing, on request, and restores one', () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const notes = createNotesRepository(core.db, () => new Date(clock));
    const note = notes.create('N', contentWith());
    notes.save(note.id, 'N', contentWith({ type: 'text', text: 'one' }));
    clock += 60_000;
    notes.save(note.id, 'N', contentWith({ type: 'text', text: 'two' }));
    expect(notes.revisions(note.id)).toHaveLength(1);
    clock += 5 * 60_000;
    notes.save(note.id, 'N', contentWith({ type: 'text', text: 'three' }));
    const revisions = notes.revisions(note.id);
    expect(revisions).toHaveLength(2);
    expect(notes.revision(revisions[0]!.id).content).toContain('two');
    const exported = notes.recordRevision(note.id, 'export');
    expect(exported.reason).toBe('export');
    const restored = notes.restoreRevision(revisions[0]!.id);
    expect(restored.content).toContain('two');
    // The state replaced by the restore is kept too.
    expect(notes.revisions(note.id)[0]).toMatchObject({ reason: 'restore' });
    core.close();
  });

  it('looks up cited library items and reports deleted ones as null without touching notes', async () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    seedLibrary(core.db);
    const note = core.notes.create('Cites', contentWith(excerptNode(3, 7)));
    const handlers = createHandlers(core);
    const found = await handlers['notes.lookupCitations']({
      excerptIds: [3, 99],
      claimIds: [5],
      sourceIds: [7],
    });
    expect(found.excerpts[3]).toMatchObject({
      quote: 'Unless they halt',
      locator: 'p. 2',
      marking: 'TLP:AMBER',
      source: { sourceId: 7, title: 'Drone report', outlet: 'The Outlet' },
    });
    expect(found.excerpts[99]).toBeNull();
    expect(found.claims[5]).toMatchObject({
      text: 'They will halt',
      likelihood: 'likely',
      confidence: null,
      evidence: [{ excerptId: 3, relation: 'supports', quote: 'Unless they halt' }],
    });
    core.db.prepare('DELETE FROM sources WHERE id = 7').run();
    const after = await handlers['notes.lookupCitations']({
      excerptIds: [3],
      claimIds: [],
      sourceIds: [7],
    });
    expect(after.excerpts[3]).toBeNull();
    expect(after.sources[7]).toBeNull();
    expect(core.notes.get(note.id).content).toContain('Unless they halt');
    expect(core.notes.usage({ excerptId: 3 }).map((n) => n.id)).toEqual([note.id]);
    core.close();
  });
});
