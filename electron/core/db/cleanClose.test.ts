import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openCore } from '../context';
import { takeCleanClose } from './cleanClose';

const tempDir = useTempDirs();

describe('the note a clean close leaves', () => {
  it('lets the next open skip the integrity check only while the file is untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    openCore({ dataDir: dir, sample: false }).close();
    expect(existsSync(`${path}.closed`)).toBe(true);
    expect(takeCleanClose(path)).toBe(true);
    // Used up: a library opened and then lost in a crash is checked next time.
    expect(takeCleanClose(path)).toBe(false);

    openCore({ dataDir: dir, sample: false }).close();
    appendFileSync(path, Buffer.alloc(4096));
    expect(takeCleanClose(path)).toBe(false);
  });

  it('is not left while another connection still has the library open', () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    const first = openCore({ dataDir: dir, sample: false });
    const second = openCore({ dataDir: dir, sample: false });
    second.notes.create('Still writing');
    first.close();
    expect(existsSync(`${path}.closed`)).toBe(false);
    second.close();
    expect(takeCleanClose(path)).toBe(true);
  });
});
