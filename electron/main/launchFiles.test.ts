import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/tempDir';
import { launchFiles } from './launchFiles';

const tempDir = useTempDirs();

describe('files named on a launch', () => {
  it('keeps existing files and folders, resolved against the launch folder', async () => {
    const cwd = tempDir();
    const app = join(cwd, 'app');
    mkdirSync(app);
    mkdirSync(join(cwd, 'articles'));
    writeFileSync(join(cwd, 'report.pdf'), 'x');
    const argv = [
      '/usr/bin/briefwright',
      '.',
      'app',
      '--no-sandbox',
      'report.pdf',
      join(cwd, 'articles'),
      'missing.txt',
      '',
    ];
    expect(await launchFiles(argv, cwd, app)).toEqual([
      cwd,
      join(cwd, 'report.pdf'),
      join(cwd, 'articles'),
    ]);
    // A development launch (`electron .`) names the app's own folder: that is not an import.
    expect(await launchFiles(['/usr/bin/electron', '.'], app, app)).toEqual([]);
  });
});
