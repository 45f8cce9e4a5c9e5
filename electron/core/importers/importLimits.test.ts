import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeDocx } from '../../../tests/fixtureFiles';
import { makeRawDocx } from '../../../tests/zipFile';
import { createImportPool, type ImportPool, type ImportPoolOptions } from './importPool';
import { DEFAULT_IMPORT_LIMITS } from './importLimits';

const pools: ImportPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});
/** Default limits, shared by the tests: a worker starts once. */
const defaults = createImportPool();
afterAll(() => defaults.close());

function pool(
  overrides: Partial<typeof DEFAULT_IMPORT_LIMITS>,
  options: ImportPoolOptions = {},
): ImportPool {
  const made = createImportPool({ ...DEFAULT_IMPORT_LIMITS, ...overrides }, options);
  pools.push(made);
  return made;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error) => `${error.name}: ${error.message}`,
  );

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('import limits', () => {
  it('a small DOCX whose text expands past the character limit is refused, one under it imports', async () => {
    const words = 'the convoy crossed the river at dawn under light artillery cover '.split(' ');
    const paragraphs = Array.from({ length: 1_500 }, (_, i) =>
      Array.from({ length: 12 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' '),
    );
    const docx = await makeDocx('Field reports', paragraphs);
    expect(docx.length).toBeLessThan(64 * 1024);
    const limited = pool({ maxTextChars: 50_000 });
    expect(await refusal(limited.read('reports.docx', docx))).toMatch(
      /^ImportRefusal: The file's text is 0\.\d+ million characters long; sources over 0\.05 million characters are not imported/,
    );
    const source = await defaults.read('reports.docx', docx);
    expect(source.text.length).toBeGreaterThan(50_000);
  });

  it('a DOCX part that expands a thousandfold is refused before it is inflated whole', async () => {
    const bomb = makeRawDocx(paragraph(' '.repeat(30 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    expect(await refusal(defaults.read('bomb.docx', bomb))).toBe(
      'ImportRefusal: The Word document expands more than 200 times its size (a zip bomb?); it is not imported.',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await refusal(pool({ maxEntryBytes: 1024 * 1024 }).read('bomb.docx', bomb))).toBe(
      `ImportRefusal: The Word document's part "word/document.xml" expands to 30 MB; parts over 1 MB are not imported.`,
    );
  });

  it('a deeply nested DOCX is refused with a clear message', async () => {
    const depth = 50_000;
    const nested =
      '<w:sdt><w:sdtContent>'.repeat(depth) +
      paragraph('deep') +
      '</w:sdtContent></w:sdt>'.repeat(depth);
    // Repetitive XML also trips the expansion ratio; lift it to see the depth check alone.
    const deepOnly = pool({ maxExpansionRatio: 1_000_000 });
    expect(await refusal(deepOnly.read('nested.docx', makeRawDocx(nested)))).toBe(
      'ImportRefusal: The Word document nests elements more than 200 levels deep; it is not imported.',
    );
    const shallow =
      '<w:sdt><w:sdtContent>'.repeat(20) +
      paragraph('Shallow nesting reads fine.') +
      '</w:sdtContent></w:sdt>'.repeat(20);
    expect((await deepOnly.read('shallow.docx', makeRawDocx(shallow))).text).toContain(
      'Shallow nesting',
    );
  });

  it('a deeply nested web page is refused at once; a page of ordinary depth reads', async () => {
    const nested = (depth: number, text: string) =>
      `<html><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    expect(await refusal(defaults.read('deep.html', Buffer.from(nested(5_000, 'deep'))))).toBe(
      'ImportRefusal: The page nests elements more than 200 levels deep; it is not imported.',
    );
    // Readability's work grows steeply with depth: 5,000 levels would take minutes.
    expect(Date.now() - started).toBeLessThan(10_000);
    const shallow = await defaults.read(
      'shallow.html',
      Buffer.from(nested(40, 'The ferry schedule changes daily during the harbour works.')),
    );
    expect(shallow.text).toContain('The ferry schedule changes daily');
  });

  it('a file that takes too long is stopped and its worker replaced', async () => {
    const slow = pool({ timeLimitMs: 1 });
    const docx = await makeDocx('Timing', ['A paragraph.']);
    expect(await refusal(slow.read('slow.docx', docx))).toBe(
      'ImportRefusal: Reading the file took longer than 0 s; it was stopped.',
    );
    expect(slow.stats()).toEqual({ started: 1, running: 0 });
    // The stopped worker is never reused: the next file gets a fresh one.
    await refusal(slow.read('again.docx', docx));
    expect(slow.stats()).toEqual({ started: 2, running: 0 });
  });

  it('replaces a worker after its quota of files, so memory cannot pile up', async () => {
    const recycling = pool({}, { recycleAfter: 5 });
    for (let i = 0; i < 6; i++)
      await recycling.read(`n${i}.txt`, Buffer.from(`Note number ${i} about the river crossing.`));
    expect(recycling.stats()).toEqual({ started: 2, running: 0 });
  }, 30_000);

  it('replaces a worker sooner once its heap has grown past the threshold', async () => {
    const grown = pool({}, { recycleHeapMb: 1 });
    for (let i = 0; i < 3; i++)
      await grown.read(`n${i}.txt`, Buffer.from(`Note number ${i} about the river crossing.`));
    expect(grown.stats()).toEqual({ started: 3, running: 0 });
    const roomy = pool({});
    for (let i = 0; i < 3; i++)
      await roomy.read(`n${i}.txt`, Buffer.from(`Note number ${i} about the river crossing.`));
    expect(roomy.stats()).toEqual({ started: 1, running: 0 });
  }, 30_000);
});
