import type { APIRequestContext } from '@playwright/test';
import type { RunningHost } from './host';
import { expect, test } from './fixtures';

async function call(request: APIRequestContext, host: RunningHost, method: string, input: unknown) {
  const res = await request.post(`${host.origin}/rpc/${method}`, {
    headers: { authorization: `Bearer ${host.token}` },
    data: input,
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { value: unknown }).value;
}

const counts = async (request: APIRequestContext, host: RunningHost) =>
  ((await call(request, host, 'app.info', {})) as { counts: Record<string, number> }).counts;

test.describe('first run with the sample library', () => {
  test.use({ sample: true });

  test('the host seeds a new library with searchable sample sources', async ({ request, host }) => {
    expect(await counts(request, host)).toMatchObject({ sources: 3, excerpts: 6, claims: 2 });
    const found = (await call(request, host, 'library.search', { text: '"night crews"' })) as {
      total: number;
    };
    expect(found.total).toBeGreaterThan(0);
  });
});

test('by default a test host starts with an empty library (--no-sample)', async ({
  request,
  host,
}) => {
  expect(await counts(request, host)).toMatchObject({
    sources: 0,
    excerpts: 0,
    claims: 0,
    tags: 0,
  });
});
