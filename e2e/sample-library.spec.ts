import type { RunningHost } from './host';
import { expect, test } from './fixtures';
import { rpc } from './library';

const counts = async (host: RunningHost) => (await rpc(host, 'app.info', {})).counts;

test.describe('first run with the sample library', () => {
  test.use({ sample: true });

  test('the host seeds a new library with searchable sample sources', async ({ host }) => {
    expect(await counts(host)).toMatchObject({ sources: 3, excerpts: 6, claims: 2 });
    const found = await rpc(host, 'library.search', { text: '"night crews"' });
    expect(found.total).toBeGreaterThan(0);
  });
});

test('by default a test host starts with an empty library (--no-sample)', async ({ host }) => {
  expect(await counts(host)).toMatchObject({
    sources: 0,
    excerpts: 0,
    claims: 0,
    tags: 0,
  });
});
