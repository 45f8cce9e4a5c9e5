import { test as base, expect } from '@playwright/test';
import { removeDataDir, startHost, type RunningHost } from './host';

/**
 * Each test gets its own host and empty library, so tests never see each other's data.
 * `test.use({ sample: true })` starts it with the first-run sample library instead.
 */
export const test = base.extend<{ host: RunningHost; sample: boolean }>({
  sample: [false, { option: true }],
  host: async ({ sample }, use) => {
    const host = await startHost(undefined, [], { sample });
    await use(host);
    await host.stop();
    removeDataDir(host.dataDir);
  },
});

export { expect };
