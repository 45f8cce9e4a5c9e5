import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { SEED_REPORT } from './library';

const run = promisify(execFile);

test('a source imported from the command line shows in the open app within 2 s', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const status = page.getByRole('status').filter({ hasText: /sources? ·/ });
  await expect(status).toContainText('0 sources');

  await run(process.execPath, [
    'bin/briefwright.mjs',
    '--data-dir',
    host.dataDir,
    'import',
    SEED_REPORT,
  ]);
  await expect(status).toContainText('1 source ·', { timeout: 2000 });
});
