import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, upload, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

const ARTICLE = [
  'Harbour talks resume',
  'Negotiators met in the harbour office on Monday. The port will reopen, officials said.',
  'Insurers want guarantees. The port will reopen only if mines are cleared, a broker said.',
  'Observers expect a decision within weeks.',
].join('\n');

async function withArticle(tags: string[] = [], marking?: string) {
  lib = openTestLibrary(tempDir());
  const report = await lib.call('sources.import', {
    files: [upload('harbour.txt', ARTICLE)],
    tags,
    marking,
  });
  return report.results[0]!.sourceId!;
}

describe('excerpts', () => {
  it('are created from offsets, checked against the text', async () => {
    const sourceId = await withArticle();
    const { text } = await lib.call('sources.get', { id: sourceId });
    const start = text.indexOf('Insurers');
    const excerpt = await lib.call('excerpts.create', {
      sourceId,
      start,
      end: start + 24,
      comment: 'key',
    });
    expect(excerpt).toMatchObject({
      quote: 'Insurers want guarantees',
      locator: 'para. 2',
      comment: 'key',
    });
    expect(
      await lib.fail('excerpts.create', { sourceId, start: 10, end: text.length + 1 }),
    ).toMatchObject({
      code: 'bad_request',
    });
    expect(await lib.fail('excerpts.create', { sourceId, start: 5, end: 5 })).toMatchObject({
      code: 'bad_request',
    });
  });

  it('from a quote: error when absent, occurrence required when ambiguous', async () => {
    const sourceId = await withArticle();
    const absent = await lib.fail('excerpts.create', { sourceId, quote: 'the port is closed' });
    expect(absent).toMatchObject({ code: 'not_found' });
    const ambiguous = await lib.fail('excerpts.create', {
      sourceId,
      quote: 'The port will reopen',
    });
    expect(ambiguous.code).toBe('conflict');
    expect(ambiguous.message).toMatch(/occurs 2 times/);
    const second = await lib.call('excerpts.create', {
      sourceId,
      quote: 'The port will reopen',
      occurrence: 2,
    });
    const { text } = await lib.call('sources.get', { id: sourceId });
    expect(second.start).toBe(text.lastIndexOf('The port will reopen'));
    expect(second.suffix.startsWith(' only if mines')).toBe(true);
    expect(
      await lib.fail('excerpts.create', { sourceId, quote: 'The port will reopen', occurrence: 3 }),
    ).toMatchObject({
      code: 'bad_request',
    });
  });

  it('update comment, tags and marking; list and delete', async () => {
    const sourceId = await withArticle([], 'TLP:GREEN');
    const excerpt = await lib.call('excerpts.create', {
      sourceId,
      quote: 'Insurers want guarantees',
    });
    expect(excerpt.effectiveMarking).toBe('TLP:GREEN');
    const updated = await lib.call('excerpts.update', {
      id: excerpt.id,
      comment: 'Important',
      tags: ['topic/shipping'],
      marking: 'TLP:AMBER',
    });
    expect(updated).toMatchObject({
      comment: 'Important',
      tags: ['topic/shipping'],
      marking: 'TLP:AMBER',
      effectiveMarking: 'TLP:AMBER',
    });
    // A laxer marking than the source's is not kept: the excerpt inherits.
    const laxer = await lib.call('excerpts.update', { id: excerpt.id, marking: 'TLP:CLEAR' });
    expect(laxer).toMatchObject({ marking: null, effectiveMarking: 'TLP:GREEN' });
    expect(await lib.call('excerpts.listForSource', { sourceId })).toHaveLength(1);
    await lib.call('excerpts.delete', { id: excerpt.id });
    expect(await lib.call('excerpts.listForSource', { sourceId })).toHaveLength(0);
    expect(await lib.fail('excerpts.get', { id: excerpt.id })).toMatchObject({ code: 'not_found' });
  });
});

describe('re-import', () => {
  it('re-anchors excerpts when the text around them changed, and reports the ones whose words are gone', async () => {
    const sourceId = await withArticle();
    const kept = await lib.call('excerpts.create', { sourceId, quote: 'Insurers want guarantees' });
    const second = await lib.call('excerpts.create', {
      sourceId,
      quote: 'The port will reopen',
      occurrence: 2,
    });
    const gone = await lib.call('excerpts.create', {
      sourceId,
      quote: 'Observers expect a decision within weeks',
    });

    const revised = [
      'Harbour talks resume',
      'UPDATED: a new first paragraph was added at the top of the story.',
      'Negotiators met in the harbour office on Monday. The port will reopen, officials said.',
      'Insurers want guarantees. The port will reopen only if mines are cleared, a broker said.',
      'A decision is now expected next year.',
    ].join('\n');
    const report = await lib.call('sources.reimport', {
      id: sourceId,
      file: upload('harbour.txt', revised),
    });
    expect(report.reanchored).toBe(2);
    expect(report.unplaced).toEqual([
      { excerptId: gone.id, quote: 'Observers expect a decision within weeks', proposal: null },
    ]);

    const { text } = await lib.call('sources.get', { id: sourceId });
    const movedKept = await lib.call('excerpts.get', { id: kept.id });
    expect(text.slice(movedKept.start!, movedKept.end!)).toBe('Insurers want guarantees');
    expect(movedKept.start).toBeGreaterThan(kept.start!);
    expect(movedKept.anchored).toBe(true);
    // The context picks the right one of two identical quotes.
    const movedSecond = await lib.call('excerpts.get', { id: second.id });
    expect(movedSecond.start).toBe(text.lastIndexOf('The port will reopen'));
    // Not placed, but not lost.
    const orphan = await lib.call('excerpts.get', { id: gone.id });
    expect(orphan).toMatchObject({
      anchored: false,
      quote: 'Observers expect a decision within weeks',
    });
  });
});

describe('claims', () => {
  it('carry ICD 203 likelihood and confidence apart, tags and evidence with snapshots for the editor', async () => {
    const sourceId = await withArticle(['region/black-sea'], 'TLP:AMBER');
    const excerpt = await lib.call('excerpts.create', {
      sourceId,
      quote: 'Insurers want guarantees',
    });
    const claim = await lib.call('claims.create', {
      text: 'Shipping will resume within a month.',
      likelihood: 'likely',
      confidence: 'moderate',
      tags: ['topic/shipping'],
      evidence: [{ excerptId: excerpt.id, relation: 'contradicts' }],
    });
    expect(claim).toMatchObject({
      likelihood: 'likely',
      confidence: 'moderate',
      status: 'open',
      tags: ['topic/shipping'],
    });
    expect(claim.evidence).toEqual([
      {
        excerptId: excerpt.id,
        relation: 'contradicts',
        quote: 'Insurers want guarantees',
        locator: 'para. 2',
        marking: 'TLP:AMBER',
        reliability: null,
        credibility: null,
        source: expect.objectContaining({
          sourceId,
          title: 'Harbour talks resume',
          marking: 'TLP:AMBER',
        }),
      },
    ]);
    const updated = await lib.call('claims.update', {
      id: claim.id,
      likelihood: 'very unlikely',
      confidence: null,
      status: 'assessed',
      evidence: [{ excerptId: excerpt.id, relation: 'supports' }],
    });
    expect(updated).toMatchObject({
      likelihood: 'very unlikely',
      confidence: null,
      status: 'assessed',
    });
    expect(updated.evidence[0]!.relation).toBe('supports');
    expect(
      (await lib.call('claims.list', { excerptId: excerpt.id })).items.map((c) => c.id),
    ).toEqual([claim.id]);
    expect(
      await lib.fail('claims.create', { text: 'x', confidence: 'likely' as never }),
    ).toMatchObject({
      code: 'bad_request',
    });
    expect(
      await lib.fail('claims.create', {
        text: 'x',
        evidence: [{ excerptId: 999, relation: 'supports' }],
      }),
    ).toMatchObject({ code: 'not_found' });
    // Deleting the source removes its excerpts and the evidence links, never the claim.
    await lib.call('sources.delete', { id: sourceId });
    expect((await lib.call('claims.get', { id: claim.id })).evidence).toEqual([]);
  });
});

describe('tags', () => {
  it('count, rename (with children), merge and delete (unlinking only)', async () => {
    const sourceId = await withArticle(['Region/Ukraine', 'region/ukraine/odesa', 'topic/ports']);
    await lib.call('claims.create', { text: 'A claim', tags: ['region/ukraine'] });
    let tags = await lib.call('tags.list', {});
    expect(tags.map((t) => [t.name, t.sources, t.claims, t.total])).toEqual([
      ['region/ukraine', 1, 1, 2],
      ['region/ukraine/odesa', 1, 0, 1],
      ['topic/ports', 1, 0, 1],
    ]);
    tags = await lib.call('tags.rename', { from: 'region', to: 'area' });
    expect(tags.map((t) => t.name)).toEqual(['area/ukraine', 'area/ukraine/odesa', 'topic/ports']);
    tags = await lib.call('tags.merge', { from: 'topic/ports', into: 'area/ukraine' });
    expect(tags.map((t) => [t.name, t.total])).toEqual([
      ['area/ukraine', 2],
      ['area/ukraine/odesa', 1],
    ]);
    tags = await lib.call('tags.delete', { name: 'area/ukraine' });
    expect(tags.map((t) => t.name)).toEqual(['area/ukraine/odesa']);
    expect((await lib.call('sources.get', { id: sourceId })).tags).toEqual(['area/ukraine/odesa']);
    expect(await lib.fail('tags.delete', { name: 'nope' })).toMatchObject({ code: 'not_found' });
  });
});

describe('markings', () => {
  it('validate against the active scheme, which can be switched', async () => {
    const sourceId = await withArticle([], 'amber');
    expect((await lib.call('sources.get', { id: sourceId })).marking).toBe('TLP:AMBER');
    expect(await lib.fail('sources.update', { id: sourceId, marking: 'TOP SECRET' })).toMatchObject(
      {
        code: 'bad_request',
      },
    );
    const info = await lib.call('markings.setScheme', { id: 'classification' });
    expect(info.active.levels).toEqual([
      'UNCLASSIFIED',
      'CUI',
      'CONFIDENTIAL',
      'SECRET',
      'TOP SECRET',
    ]);
    expect((await lib.call('sources.update', { id: sourceId, marking: 'secret' })).marking).toBe(
      'SECRET',
    );
    expect((await lib.call('markings.get', {})).schemes).toHaveLength(2);
  });

  it('take a custom ordered scheme with banner colours, and mark claims', async () => {
    lib = openTestLibrary(tempDir());
    const custom = await lib.call('markings.setScheme', {
      id: 'custom',
      custom: {
        name: 'Desk',
        levels: [
          { label: 'public', text: '#000000', background: '#ffffff' },
          { label: 'internal ', text: '#ffffff', background: '#1f4e79' },
        ],
      },
    });
    expect(custom.active).toMatchObject({
      id: 'custom',
      levels: ['PUBLIC', 'INTERNAL'],
      colors: { INTERNAL: { text: '#FFFFFF', background: '#1F4E79' } },
    });
    expect(custom.schemes.map((s) => s.id)).toEqual(['tlp', 'classification', 'custom']);
    const claim = await lib.call('claims.create', { text: 'Quiet week', marking: 'internal' });
    expect(claim.marking).toBe('INTERNAL');
    expect(await lib.fail('claims.update', { id: claim.id, marking: 'TLP:RED' })).toMatchObject({
      code: 'bad_request',
    });
    expect(
      await lib.fail('markings.setScheme', {
        id: 'custom',
        custom: { name: 'x', levels: [{ label: 'A', text: 'red', background: '#000000' }] },
      }),
    ).toMatchObject({ code: 'bad_request' });
    // Switching away keeps the custom scheme for later.
    await lib.call('markings.setScheme', { id: 'tlp' });
    expect((await lib.call('markings.setScheme', { id: 'custom' })).active.levels).toEqual([
      'PUBLIC',
      'INTERNAL',
    ]);
  });
});

describe('Admiralty grading', () => {
  it('is optional on sources and excerpts; an excerpt shows its own, else its source’s', async () => {
    const sourceId = await withArticle();
    const source = await lib.call('sources.update', { id: sourceId, reliability: 'B' });
    expect(source).toMatchObject({ reliability: 'B', credibility: null });
    const excerpt = await lib.call('excerpts.create', {
      sourceId,
      quote: 'Insurers want guarantees',
      credibility: 3,
    });
    expect(excerpt).toMatchObject({
      reliability: null,
      credibility: 3,
      effectiveGrading: { reliability: 'B', credibility: 3 },
    });
    const updated = await lib.call('excerpts.update', { id: excerpt.id, reliability: 'D' });
    expect(updated.effectiveGrading).toEqual({ reliability: 'D', credibility: 3 });
    const claim = await lib.call('claims.create', {
      text: 'Insurers hold out',
      evidence: [{ excerptId: excerpt.id, relation: 'supports' }],
    });
    expect(claim.evidence[0]).toMatchObject({ reliability: 'D', credibility: 3 });
    expect(
      await lib.fail('excerpts.update', { id: excerpt.id, credibility: 7 as never }),
    ).toMatchObject({ code: 'bad_request' });
    expect(
      await lib.fail('sources.update', { id: sourceId, reliability: 'G' as never }),
    ).toMatchObject({ code: 'bad_request' });
    // Undo brings the grading back.
    const { restore } = await lib.call('excerpts.delete', { id: excerpt.id });
    expect((await lib.call('excerpts.restore', restore)).effectiveGrading).toEqual({
      reliability: 'D',
      credibility: 3,
    });
  });
});

describe('sources', () => {
  it('list with tag filters (a parent matches its children), update metadata, delete', async () => {
    lib = openTestLibrary(tempDir());
    await lib.call('sources.import', {
      files: [upload('a.txt', 'Alpha text about ports.')],
      tags: ['region/ukraine/odesa'],
    });
    await lib.call('sources.import', {
      files: [upload('b.txt', 'Beta text about grain.')],
      tags: ['region/russia'],
    });
    await lib.call('sources.import', { files: [upload('c.txt', 'Gamma text about rain.')] });
    expect((await lib.call('sources.list', {})).total).toBe(3);
    expect((await lib.call('sources.list', { tags: ['region'] })).total).toBe(2);
    const ukraine = await lib.call('sources.list', { tags: ['region/ukraine'] });
    expect(ukraine.items.map((s) => s.title)).toEqual(['Alpha text about ports.']);
    const id = ukraine.items[0]!.id;
    const updated = await lib.call('sources.update', {
      id,
      outlet: 'Harbour Gazette',
      publishedAt: '2025-06-01',
      tags: ['x'],
    });
    expect(updated).toMatchObject({
      outlet: 'Harbour Gazette',
      publishedAt: '2025-06-01',
      tags: ['x'],
    });
    await lib.call('sources.delete', { id });
    expect(await lib.fail('sources.get', { id })).toMatchObject({ code: 'not_found' });
    expect(
      await lib.fail('sources.import', { files: [{ name: 'x.txt', dataBase64: '!!!' }] }),
    ).toMatchObject({
      code: 'bad_request',
    });
  });

  it('imports a batch where one bad file never stops the others', async () => {
    lib = openTestLibrary(tempDir(), { maxImportBytes: 1000 });
    const report = await lib.call('sources.import', {
      files: [
        upload('good.txt', 'A perfectly good file.'),
        upload('empty.txt', ''),
        upload('big.txt', 'x '.repeat(1000)),
        upload('binary.txt', Buffer.from([0, 1, 2, 3, 0, 0])),
        upload('second.txt', 'Another good file.'),
        upload('again.txt', 'A perfectly good file.'),
      ],
    });
    expect(report.results.map((r) => r.status)).toEqual([
      'imported',
      'failed',
      'failed',
      'failed',
      'imported',
      'duplicate',
    ]);
    expect(report.results[1]!.reason).toBe('The file is empty.');
    expect(report.results[2]!.reason).toMatch(/not imported/);
    expect(report.results[3]!.reason).toMatch(/binary/);
    expect((await lib.call('app.info', {})).counts.sources).toBe(2);
  });

  it('files read side by side are written in the order given: the first of two equal texts is kept', async () => {
    lib = openTestLibrary(tempDir());
    const article =
      '<article><h1>Ferry schedule</h1>' +
      '<p>The harbour office said the morning ferry will leave an hour later during the works on the eastern pier, which are expected to last until the end of the month.</p>'.repeat(
        6,
      ) +
      '</article>';
    // The first page takes far longer to read, so the second is ready first.
    const slow = `<html><body>${article}<script>${'var x = 1;'.repeat(500_000)}</script></body></html>`;
    const quick = `<html><body>${article}</body></html>`;
    const report = await lib.call('sources.import', {
      files: [upload('slow.html', slow), upload('quick.html', quick)],
    });
    expect(report.results.map((r) => [r.name, r.status])).toEqual([
      ['slow.html', 'imported'],
      ['quick.html', 'duplicate'],
    ]);
  });
});
