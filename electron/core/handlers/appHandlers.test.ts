import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openTestLibrary, type TestLibrary } from '../../../tests/library';

const tempDir = useTempDirs();
const open: TestLibrary[] = [];
afterEach(() => {
  for (const lib of open.splice(0)) lib.core.close();
});

describe('app.changes', () => {
  it('moves when another process commits to the library, and not for its own writes', async () => {
    const dir = tempDir();
    const app = openTestLibrary(dir, { sample: false });
    open.push(app);
    const cli = openTestLibrary(dir, { sample: false });
    open.push(cli);

    const before = (await app.call('app.changes', {})).dataVersion;
    await app.call('notes.create', {});
    expect((await app.call('app.changes', {})).dataVersion).toBe(before);

    await cli.call('notes.create', {});
    const after = (await app.call('app.changes', {})).dataVersion;
    expect(after).not.toBe(before);
    expect((await app.call('app.info', {})).counts.notes).toBe(2);
  });
});
