import { describe, expect, it } from 'vitest';
import { numberCitations, type JsonNode } from '../../../shared/citations/numbering';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { SAMPLE_NOTE_TITLE } from './sampleNote';

const tempDir = useTempDirs();

describe('the sample briefing note', () => {
  it('comes with a new library, cites the sample excerpts and claims, and is indexed', () => {
    const core = openCore({ dataDir: tempDir() });
    const [note] = core.notes.list();
    expect(note?.title).toBe(SAMPLE_NOTE_TITLE);
    const content = core.notes.get(note!.id).content;
    expect(content).toContain('"type":"bw-excerpt"');
    expect(content).toContain('"type":"bw-claim"');
    const numbering = numberCitations((JSON.parse(content) as { root: JsonNode }).root);
    expect(numbering.sources.length).toBeGreaterThanOrEqual(2);
    const firstExcerpt = core.db.prepare('SELECT min(id) AS id FROM excerpts').get() as {
      id: number;
    };
    expect(core.notes.usage({ excerptId: firstExcerpt.id }).map((n) => n.id)).toEqual([note!.id]);
    core.close();
  });

  it('is not added with --no-sample', () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    expect(core.notes.list()).toEqual([]);
    core.close();
  });
});
