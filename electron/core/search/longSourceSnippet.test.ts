import { afterEach, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
let lib: TestLibrary;
afterEach(() => lib?.core.close());

/** A report of about 4 million characters (some 1,600 dense pages), "convoy" on every line. */
function longReport(n: number): Buffer {
  const lines: string[] = [`Annual transport review ${n}`, ''];
  for (let i = 0; lines.length < 50_000; i++)
    lines.push(
      `Line ${n}.${i}: the convoy passed checkpoint ${i % 13} with ${i % 40} trucks and fuel.`,
    );
  lines.push('', 'Appendix: the quartermaster signed off.');
  return Buffer.from(lines.join('\n'));
}

it('answers a common word in long sources in a moment, with a snippet from each one', async () => {
  lib = openTestLibrary(tempDir());
  for (const n of [1, 2, 3]) {
    const report = await lib.core.library.importer.importFile({
      name: `review-${n}.txt`,
      bytes: longReport(n),
    });
    expect(report.status).toBe('imported');
  }
  // FTS5's own snippet() walks every match of the word in the whole text for each one: these three
  // sources took a minute that way.
  const started = performance.now();
  const result = await lib.call('library.search', { text: 'convoy', types: ['source'] });
  expect(performance.now() - started).toBeLessThan(2000);
  expect(result.hits).toHaveLength(3);
  for (const hit of result.hits) {
    expect(hit.snippet.filter((s) => s.highlight).map((s) => s.text)).toContain('convoy');
  }
  const rare = await lib.call('library.search', { text: 'quartermaster', types: ['source'] });
  expect(rare.hits).toHaveLength(3);
  const words = rare.hits[0]!.snippet.map((s) => s.text).join('');
  expect(words).toMatch(/^….*Appendix: the quartermaster signed off\.$/s);
});
