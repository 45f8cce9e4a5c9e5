import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly';

describe('latestOnly', () => {
  it('marks an older response that arrives after a newer one as stale', async () => {
    const resolvers = new Map<string, (v: string) => void>();
    const search = latestOnly(
      (q: string) => new Promise<string>((resolve) => resolvers.set(q, resolve)),
    );
    const first = search('dro');
    const second = search('drone');
    resolvers.get('drone')!('results for drone');
    resolvers.get('dro')!('results for dro');
    expect(await second).toEqual({ stale: false, value: 'results for drone' });
    expect(await first).toEqual({ stale: true });
  });
});
