import { afterEach, describe, expect, it } from 'vitest';
import type { DeletedExcerpt } from '../../../shared/model';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

const ARTICLE = [
  'Harbour talks resume',
  'Negotiators met in the harbour office on Monday. The port will reopen, officials said.',
  'Insurers want guarantees before ships return, a broker said.',
  'Observers expect a decision within weeks.',
].join('\n');

async function withArticle(marking?: string) {
  lib = openTestLibrary(tempDir());
  const report = await lib.call('sources.import', {
    files: [upload('harbour.txt', ARTICLE)],
    marking,
  });
  return report.results[0]!.sourceId!;
}

/** Stored rows exactly as SQLite has them (every column), to compare before and after. */
const excerptRow = (id: number) =>
  lib.core.db.prepare('SELECT * FROM excerpts WHERE id = ?').get(id) as Record<string, unknown>;
const claimRow = (id: number) =>
  lib.core.db.prepare('SELECT * FROM claims WHERE id = ?').get(id) as Record<string, unknown>;
const evidenceRows = () =>
  lib.core.db.prepare('SELECT * FROM claim_evidence ORDER BY claim_id, excerpt_id').all();

/** Timestamps far from now, so a restore that stamped the current time would show. */
function backdate(table: 'excerpts' | 'claims', id: number) {
  lib.core.db
    .prepare(`UPDATE ${table} SET created_at = ?, updated_at = ? WHERE id = ?`)
    .run('2021-03-04T05:06:07.089Z', '2022-01-02T03:04:05.678Z', id);
}

/** An excerpt with a stricter marking, tags and a comment, evidence for two claims. */
async function citedExcerpt() {
  const sourceId = await withArticle('TLP:GREEN');
  const other = await lib.call('excerpts.create', { sourceId, quote: 'The port will reopen' });
  const excerpt = await lib.call('excerpts.create', {
    sourceId,
    quote: 'Insurers want guarantees',
    comment: 'the condition',
    tags: ['region/black-sea', 'topic/shipping'],
    marking: 'TLP:AMBER',
  });
  backdate('excerpts', excerpt.id);
  const supported = await lib.call('claims.create', {
    text: 'Shipping resumes soon',
    evidence: [
      { excerptId: other.id, relation: 'supports' },
      { excerptId: excerpt.id, relation: 'contradicts' },
    ],
  });
  const second = await lib.call('claims.create', {
    text: 'Insurance is the bottleneck',
    evidence: [{ excerptId: excerpt.id, relation: 'supports' }],
  });
  return { sourceId, excerpt, other, supported, second };
}

describe('excerpts.restore', () => {
  it('brings a deleted excerpt back identical: id, row, tags, evidence links, search', async () => {
    const { excerpt, supported, second } = await citedExcerpt();
    const before = {
      excerpt: await lib.call('excerpts.get', { id: excerpt.id }),
      row: excerptRow(excerpt.id),
      evidence: evidenceRows(),
      supported: await lib.call('claims.get', { id: supported.id }),
      second: await lib.call('claims.get', { id: second.id }),
    };

    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    expect(await lib.fail('excerpts.get', { id: excerpt.id })).toMatchObject({
      code: 'not_found',
    });
    expect((await lib.call('claims.get', { id: supported.id })).evidence).toHaveLength(1);
    expect(restore.evidenceFor.map((l) => l.claimId)).toEqual([supported.id, second.id]);

    const restored = await lib.call('excerpts.restore', restore);
    expect(restored).toEqual(before.excerpt);
    expect(excerptRow(excerpt.id)).toEqual(before.row);
    expect(evidenceRows()).toEqual(before.evidence);
    // The claims' evidence lists are back in their order, with their relations.
    expect(await lib.call('claims.get', { id: supported.id })).toEqual(before.supported);
    expect(await lib.call('claims.get', { id: second.id })).toEqual(before.second);

    // The full-text index follows (the triggers), and notes find the excerpt under its old id.
    const found = await lib.call('library.search', {
      text: 'guarantees',
      types: ['excerpt'],
    });
    expect(found.hits.map((h) => h.id)).toEqual([excerpt.id]);
    const lookup = await lib.call('notes.lookupCitations', { excerptIds: [excerpt.id] });
    expect(lookup.excerpts[excerpt.id]).not.toBeNull();
    const check = await lib.call('library.check', {});
    expect(check.ok).toBe(true);
  });

  it('refuses with conflict when the source has been deleted, and writes nothing', async () => {
    const { sourceId, excerpt } = await citedExcerpt();
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    await lib.call('sources.delete', { id: sourceId });
    await lib.call('tags.delete', { name: 'topic/shipping' });

    const error = await lib.fail('excerpts.restore', restore);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/its source \(id \d+\) has been deleted/);
    expect(excerptRow(excerpt.id)).toBeUndefined();
    expect((await lib.call('tags.list', {})).map((t) => t.name)).not.toContain('topic/shipping');
  });

  it('never gives a deleted id to a new excerpt, so undo still brings back the original', async () => {
    const { sourceId, excerpt } = await citedExcerpt();
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    // Plain SQLite would hand the highest free rowid (the deleted one's) to the next insert.
    const newcomer = await lib.call('excerpts.create', { sourceId, quote: 'Observers expect' });
    expect(newcomer.id).toBeGreaterThan(excerpt.id);

    await lib.call('excerpts.restore', restore);
    expect((await lib.call('excerpts.get', { id: excerpt.id })).quote).toBe(excerpt.quote);
    expect((await lib.call('excerpts.get', { id: newcomer.id })).quote).toBe('Observers expect');
  });

  it('never reuses the id of a deleted source or claim either', async () => {
    const sourceId = await withArticle();
    await lib.call('sources.delete', { id: sourceId });
    const again = await lib.call('sources.import', { files: [upload('harbour.txt', ARTICLE)] });
    expect(again.results[0]!.sourceId).toBeGreaterThan(sourceId);

    const claim = await lib.call('claims.create', { text: 'Talks will stall' });
    await lib.call('claims.delete', { id: claim.id });
    expect((await lib.call('claims.create', { text: 'Talks resume' })).id).toBeGreaterThan(
      claim.id,
    );
  });

  it('drops links to claims deleted since, and restores twice only once', async () => {
    const { excerpt, supported, second } = await citedExcerpt();
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    await lib.call('claims.delete', { id: second.id });

    await lib.call('excerpts.restore', restore);
    expect((await lib.call('claims.get', { id: supported.id })).evidence[1]).toMatchObject({
      excerptId: excerpt.id,
      relation: 'contradicts',
    });
    expect(await lib.call('claims.list', { excerptId: excerpt.id })).toMatchObject({ total: 1 });
    expect(await lib.fail('excerpts.restore', restore)).toMatchObject({ code: 'conflict' });
  });

  it('re-anchors when the source was re-imported with the text moved', async () => {
    const { sourceId, excerpt } = await citedExcerpt();
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    await lib.call('sources.reimport', {
      id: sourceId,
      file: upload('harbour.txt', `Update: talks moved to Friday.\n${ARTICLE}`),
    });

    const restored = await lib.call('excerpts.restore', restore);
    const { text } = await lib.call('sources.get', { id: sourceId });
    expect(restored).toMatchObject({ id: excerpt.id, anchored: true, quote: excerpt.quote });
    expect(restored.start).toBe(text.indexOf('Insurers want guarantees'));
    expect(restored.start).not.toBe(excerpt.start);
  });

  it('rejects malformed input with bad_request', async () => {
    const { excerpt } = await citedExcerpt();
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    const bad: unknown[] = [
      {},
      { id: excerpt.id },
      { ...restore, id: 'seven' },
      { ...restore, id: -1 },
      { ...restore, end: restore.start },
      { ...restore, createdAt: 'yesterday' },
      { ...restore, tags: ['///'] },
      { ...restore, anchored: 'yes' },
      { ...restore, extra: true },
      { ...restore, evidenceFor: [{ claimId: 1, relation: 'proves', position: 0 }] },
      {
        ...restore,
        evidenceFor: [
          { claimId: 1, relation: 'supports', position: 0 },
          { claimId: 1, relation: 'contradicts', position: 1 },
        ],
      },
    ];
    for (const input of bad) {
      const error = await lib.fail('excerpts.restore', input as DeletedExcerpt);
      expect(error.code, JSON.stringify(input)).toBe('bad_request');
    }
    // A marking that is not a level of the active scheme is refused by core.
    expect(
      await lib.fail('excerpts.restore', { ...restore, marking: 'SECRET//NOFORN' }),
    ).toMatchObject({ code: 'bad_request' });
    expect(excerptRow(excerpt.id)).toBeUndefined();
    // The genuine snapshot still works afterwards.
    expect((await lib.call('excerpts.restore', restore)).id).toBe(excerpt.id);
  });
});

describe('claims.restore', () => {
  it('brings a deleted claim back identical: id, row, tags, evidence in order, search', async () => {
    const sourceId = await withArticle();
    const a = await lib.call('excerpts.create', { sourceId, quote: 'The port will reopen' });
    const b = await lib.call('excerpts.create', { sourceId, quote: 'Insurers want guarantees' });
    const claim = await lib.call('claims.create', {
      text: 'Shipping resumes within weeks',
      likelihood: 'likely',
      status: 'assessed',
      tags: ['region/black-sea', 'topic/shipping'],
      evidence: [
        { excerptId: b.id, relation: 'contradicts' },
        { excerptId: a.id, relation: 'supports' },
      ],
    });
    backdate('claims', claim.id);
    const before = {
      claim: await lib.call('claims.get', { id: claim.id }),
      row: claimRow(claim.id),
      evidence: evidenceRows(),
    };

    const { restore } = await lib.call('claims.delete', { id: claim.id });
    expect(evidenceRows()).toEqual([]);
    const restored = await lib.call('claims.restore', restore);

    expect(restored).toEqual(before.claim);
    expect(claimRow(claim.id)).toEqual(before.row);
    expect(evidenceRows()).toEqual(before.evidence);
    const found = await lib.call('library.search', { text: 'resumes', types: ['claim'] });
    expect(found.hits.map((h) => h.id)).toEqual([claim.id]);
    expect((await lib.call('library.check', {})).ok).toBe(true);
  });

  it('refuses a taken id, drops evidence deleted since, rejects malformed input', async () => {
    const sourceId = await withArticle();
    const a = await lib.call('excerpts.create', { sourceId, quote: 'The port will reopen' });
    const b = await lib.call('excerpts.create', { sourceId, quote: 'Insurers want guarantees' });
    const claim = await lib.call('claims.create', {
      text: 'Shipping resumes',
      evidence: [
        { excerptId: a.id, relation: 'supports' },
        { excerptId: b.id, relation: 'supports' },
      ],
    });
    const { restore } = await lib.call('claims.delete', { id: claim.id });

    for (const input of [
      { ...restore, text: '   ' },
      { ...restore, confidence: 'fairly sure' },
      { ...restore, status: 'closed' },
      { ...restore, updatedAt: '2024-13-45' },
      { ...restore, evidence: [{ excerptId: a.id, relation: 'supports' }] },
    ]) {
      const error = await lib.fail('claims.restore', input as typeof restore);
      expect(error.code, JSON.stringify(input)).toBe('bad_request');
    }

    await lib.call('excerpts.delete', { id: a.id });
    const restored = await lib.call('claims.restore', restore);
    expect(restored.evidence.map((e) => e.excerptId)).toEqual([b.id]);

    const again = await lib.fail('claims.restore', restore);
    expect(again).toMatchObject({ code: 'conflict' });
    expect(again.message).toMatch(/already has its id/);
  });
});
