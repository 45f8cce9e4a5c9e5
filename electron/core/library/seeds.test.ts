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
let lib: TestLibrary | undefined;
afterEach(() => lib?.core.close());

async function importSeeds() {
  lib = openTestLibrary(tempDir());
  const report = await lib.call('sources.import', {
    files: [upload(SEED_REPORT, readSeed(SEED_REPORT)), upload(SEED_ESSAY, readSeed(SEED_ESSAY))],
  });
  return { lib, report };
}

describe('the shared sample articles', () => {
  it('imports both; the first takes its headline as title, the second loses its web tail', async () => {
    const { lib, report } = await importSeeds();
    expect(report).toMatchObject({ imported: 2, duplicates: 0, failed: 0 });
    const [first, second] = report.results;
    const reportSource = await lib.call('sources.get', { id: first!.sourceId! });
    const headline = readSeed(SEED_REPORT).toString('utf8').split('\n')[0]!.trim();
    expect(reportSource.title).toBe(headline);
    expect(reportSource.text.startsWith('In the heat of escalating attacks')).toBe(true);

    const essay = await lib.call('sources.get', { id: second!.sourceId! });
    expect(essay.text).not.toContain('From Your Site Articles');
    expect(essay.text).not.toContain('Related Articles Around the Web');
    expect(essay.text.endsWith('back on track.')).toBe(true);
    // Typographic quotes and apostrophes survive exactly.
    expect(essay.text).toContain('“walk away”');
    expect(essay.text).toContain('Ukraine’s side');
    expect(essay.text).toContain('—');
    // Nothing is "corrected": the essay's doubled comma stays.
    expect(essay.text).toContain('Moreover,, the');
    // Not a word lost: the normalized text is the original minus only the boilerplate tail.
    const original = readSeed(SEED_ESSAY).toString('utf8');
    expect(original.startsWith(essay.text)).toBe(true);
  });

  it('finds the first with the phrase "Unless they halt" and anchors an excerpt to it exactly', async () => {
    const { lib, report } = await importSeeds();
    const sourceId = report.results[0]!.sourceId!;
    const found = await lib.call('library.search', { text: '"Unless they halt"' });
    expect(found.hits[0]).toMatchObject({ type: 'source', id: sourceId });
    expect(found.counts.source).toBe(1);
    const highlighted = found.hits[0]!.snippet.filter((s) => s.highlight).map((s) => s.text);
    expect(highlighted.join(' ')).toMatch(/Unless they halt/);

    const source = await lib.call('sources.get', { id: sourceId });
    const quote = 'Unless they halt, we will respond';
    const excerpt = await lib.call('excerpts.create', {
      sourceId,
      quote,
      tags: ['Region/Ukraine'],
    });
    const at = source.text.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    expect(excerpt).toMatchObject({
      start: at,
      end: at + quote.length,
      quote,
      tags: ['region/ukraine'],
    });
    expect(source.text.slice(excerpt.start!, excerpt.end!)).toBe(quote);
    expect(excerpt.prefix).toBe(source.text.slice(at - 32, at));
    expect(excerpt.suffix).toBe(source.text.slice(at + quote.length, at + quote.length + 32));
    expect(excerpt.prefix).toHaveLength(32);
    expect(excerpt.locator).toMatch(/^para\. \d+$/);
    expect(excerpt.source).toMatchObject({ sourceId, title: source.title });

    const excerptHits = await lib.call('library.search', { text: 'halt', types: ['excerpt'] });
    expect(excerptHits.hits.map((h) => h.id)).toEqual([excerpt.id]);
  });

  it('reports importing the same file again as a duplicate', async () => {
    const { lib, report } = await importSeeds();
    const again = await lib.call('sources.import', {
      files: [upload('copy.txt', readSeed(SEED_REPORT))],
    });
    expect(again.results[0]).toMatchObject({
      status: 'duplicate',
      sourceId: report.results[0]!.sourceId,
    });
  });
});
