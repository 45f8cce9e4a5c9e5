import { afterEach, expect, it } from 'vitest';
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
let lib: TestLibrary;
afterEach(() => lib?.core.close());

it('gives each search hit a snippet from its own text', async () => {
  lib = openTestLibrary(tempDir());
  await lib.call('sources.import', {
    files: [upload(SEED_REPORT, readSeed(SEED_REPORT)), upload(SEED_ESSAY, readSeed(SEED_ESSAY))],
  });
  const result = await lib.call('library.search', { text: 'russia', types: ['source'] });
  expect(result.hits).toHaveLength(2);
  for (const hit of result.hits) {
    const { text } = await lib.call('sources.get', { id: hit.id });
    const flat = text.replace(/\s+/g, ' ');
    const words = hit.snippet
      .map((s) => s.text)
      .join('')
      .replace(/^…|…$/g, '');
    expect(flat).toContain(words.trim());
  }
});
