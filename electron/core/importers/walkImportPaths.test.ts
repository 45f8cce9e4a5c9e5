import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { printablePath, walkImportPaths } from './walkImportPaths';

const tempDir = useTempDirs();

describe('walkImportPaths', () => {
  it('stops at the file count limit and says so', async () => {
    const root = tempDir();
    for (let i = 0; i < 12; i++)
      writeFileSync(join(root, `f${String(i).padStart(2, '0')}.txt`), 'x');
    const walked = await walkImportPaths([root], { maxFiles: 5 });
    expect(walked.files).toHaveLength(5);
    expect(walked.skipped).toHaveLength(1);
    expect(walked.skipped[0]!.reason).toMatch(/Only the first 5 files/);
  });

  it('does not walk folders nested past the depth limit, and a folder chosen twice is walked once', async () => {
    const root = tempDir();
    let deep = root;
    for (let i = 0; i < 5; i++) {
      deep = join(deep, `d${i}`);
      mkdirSync(deep);
      writeFileSync(join(deep, 'a.md'), 'x');
    }
    const walked = await walkImportPaths([root, root, join(root, 'd0')], { maxDepth: 3 });
    expect(walked.files).toHaveLength(3);
    expect(walked.skipped.map((s) => s.reason)).toEqual([
      'Folders nested deeper than 3 levels are not walked.',
    ]);
  });

  it('a link loop in a chosen link to a folder ends', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'a'));
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a'), join(root, 'link'));
    writeFileSync(join(root, 'a', 'x.txt'), 'x');
    const walked = await walkImportPaths([join(root, 'link')]);
    expect(walked.files).toEqual([join(root, 'a', 'x.txt')]);
  });

  it('prints control characters escaped', () => {
    expect(printablePath('a\nb\u001b[31m')).toBe('a\\nb\\u001b[31m');
  });
});
