import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { describeWriteError, writeFileAtomic } from './atomicWrite';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('replaces a file completely', async () => {
    const path = join(tempDir(), 'out.pdf');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, new TextEncoder().encode('new contents'));
    expect(readFileSync(path, 'utf8')).toBe('new contents');
  });

  it('a write failing midway leaves the earlier file untouched and no temp file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.pdf');
    writeFileSync(path, 'the good PDF');
    async function* failingMidway() {
      yield new TextEncoder().encode('%PDF-1.3 half of a new');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    await expect(writeFileAtomic(path, failingMidway())).rejects.toThrow(/disk is full/);
    expect(readFileSync(path, 'utf8')).toBe('the good PDF');
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('explains a missing folder, a folder in the way, a full disk and a permission problem', async () => {
    const dir = tempDir();
    await expect(writeFileAtomic(join(dir, 'nope', 'a.pdf'), new Uint8Array(1))).rejects.toThrow(
      /does not exist/,
    );
    await expect(writeFileAtomic(dir, new Uint8Array(1))).rejects.toThrow(/is a folder/);
    const full = describeWriteError(Object.assign(new Error(), { code: 'ENOSPC' }), '/x/a.pdf');
    expect(full.message).toMatch(/disk is full.*earlier file there is unchanged/);
    const denied = describeWriteError(Object.assign(new Error(), { code: 'EACCES' }), '/x/a.pdf');
    expect(denied).toMatchObject({ code: 'io_error', message: expect.stringContaining('/x') });
  });
});
