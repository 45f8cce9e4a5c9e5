import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import {
  openTestLibrary,
  readSeed,
  SEED_REPORT,
  upload,
  type TestLibrary,
} from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

const MOVED = 'Rubio had a conversation with Russian Foreign Minister Sergey Lavrov';
const CHANGED = 'Rubio played a more diminutive role and held lower expectations';
const DELETED = 'no signs emerged after the second round of talks';

/** The seed report re-issued: one paragraph moved to the end, one word changed, one cut. */
function revise(text: string): string {
  const paragraphs = text.split('\n');
  const moved = paragraphs.findIndex((p) => p.includes(MOVED));
  const [paragraph] = paragraphs.splice(moved, 1);
  paragraphs.push(paragraph!);
  return paragraphs
    .filter((p) => !p.includes(DELETED))
    .join('\n')
    .replace('a more diminutive role', 'a more modest role');
}

async function reimported() {
  lib = openTestLibrary(tempDir());
  const original = readSeed(SEED_REPORT).toString('utf8');
  const { results } = await lib.call('sources.import', {
    files: [upload('report.txt', original)],
  });
  const sourceId = results[0]!.sourceId!;
  const before = await lib.call('sources.get', { id: sourceId });
  const moved = await lib.call('excerpts.create', { sourceId, quote: MOVED });
  const changed = await lib.call('excerpts.create', { sourceId, quote: CHANGED });
  const deleted = await lib.call('excerpts.create', { sourceId, quote: DELETED });
  const report = await lib.call('sources.reimport', {
    id: sourceId,
    file: upload('report.txt', revise(before.text)),
  });
  const after = await lib.call('sources.get', { id: sourceId });
  return { sourceId, before, after, moved, changed, deleted, report };
}

describe('re-import of a changed source', () => {
  it('places a moved paragraph exactly, proposes a changed one, and leaves a deleted one unplaced', async () => {
    const { sourceId, after, moved, changed, deleted, report } = await reimported();
    expect(report.reanchored).toBe(1);
    expect(report.unplaced.map((u) => u.excerptId).sort()).toEqual([changed.id, deleted.id].sort());

    const movedNow = await lib.call('excerpts.get', { id: moved.id });
    expect(movedNow).toMatchObject({ anchored: true, quote: MOVED, proposal: null });
    expect(after.text.slice(movedNow.start!, movedNow.end!)).toBe(MOVED);
    expect(movedNow.start).toBe(after.text.indexOf(MOVED));
    expect(movedNow.start).not.toBe(moved.start);

    // Changed words are only proposed: no offsets into the new text until the analyst accepts.
    const changedNow = await lib.call('excerpts.get', { id: changed.id });
    expect(changedNow).toMatchObject({ anchored: false, start: null, end: null, quote: CHANGED });
    expect(changedNow.proposal).toMatchObject({
      quote: 'Rubio played a more modest role and held lower expectations',
    });
    expect(after.text.slice(changedNow.proposal!.start, changedNow.proposal!.end)).toBe(
      changedNow.proposal!.quote,
    );

    const deletedNow = await lib.call('excerpts.get', { id: deleted.id });
    expect(deletedNow).toMatchObject({
      anchored: false,
      start: null,
      end: null,
      quote: DELETED,
      prefix: deleted.prefix,
      suffix: deleted.suffix,
      proposal: null,
    });

    // The reader's list: only placed excerpts carry offsets into the current text.
    const listed = await lib.call('excerpts.listForSource', { sourceId });
    for (const e of listed.filter((x) => x.anchored))
      expect(after.text.slice(e.start!, e.end!)).toBe(e.quote);
    expect(listed.filter((x) => x.start !== null).map((x) => x.id)).toEqual([moved.id]);
  });

  it('keeps the earlier version, so an excerpt shows the text it was taken from', async () => {
    const { sourceId, before, after, deleted } = await reimported();
    expect(after).toMatchObject({ version: 2 });
    const versions = await lib.call('sources.versions', { id: sourceId });
    expect(versions).toMatchObject([{ version: 1, fileName: 'report.txt' }]);
    expect(versions[0]!.replacedAt >= versions[0]!.importedAt).toBe(true);
    const deletedNow = await lib.call('excerpts.get', { id: deleted.id });
    expect(deletedNow.sourceVersion).toBe(1);
    const v1 = await lib.call('sources.versionText', { id: sourceId, version: 1 });
    expect(v1.text).toBe(before.text);
    expect(v1.text.slice(deleted.start!, deleted.end!)).toBe(DELETED);
    expect(await lib.fail('sources.versionText', { id: sourceId, version: 7 })).toMatchObject({
      code: 'not_found',
    });
  });

  it('takes the proposed words only when the analyst accepts, and drops the proposal on reject', async () => {
    const { after, changed, deleted } = await reimported();
    const accepted = await lib.call('excerpts.acceptProposal', { id: changed.id });
    expect(accepted).toMatchObject({
      anchored: true,
      quote: 'Rubio played a more modest role and held lower expectations',
      proposal: null,
    });
    expect(after.text.slice(accepted.start!, accepted.end!)).toBe(accepted.quote);
    expect(await lib.fail('excerpts.acceptProposal', { id: deleted.id })).toMatchObject({
      code: 'conflict',
    });
  });

  it('leaves the excerpt unplaced when the analyst rejects the proposal', async () => {
    const { changed } = await reimported();
    const rejected = await lib.call('excerpts.rejectProposal', { id: changed.id });
    expect(rejected).toMatchObject({
      anchored: false,
      start: null,
      proposal: null,
      quote: CHANGED,
    });
  });
});
