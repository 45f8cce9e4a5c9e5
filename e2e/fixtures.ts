import { test as base, expect } from '@playwright/test';
import { removeDataDir, startHost, type RunningHost } from './host';

/** Each test gets its own host and empty library, so tests never see each other's data. */
export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
    removeDataDir(host.dataDir);
  },
});

export { expect };
