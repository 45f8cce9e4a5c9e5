import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDirs } from '../../tests/tempDir';
import { createImportChooser, expandFolders, importDialogOptions } from './importDialog';

const tempDir = useTempDirs();

describe('native import dialog', () => {
  it('picks files and folders on macOS, files elsewhere (a mixed picker is folder-only there)', () => {
    expect(importDialogOptions('darwin').properties).toEqual([
      'openFile',
      'openDirectory',
      'multiSelections',
    ]);
    expect(importDialogOptions('linux').properties).toEqual(['openFile', 'multiSelections']);
    expect(importDialogOptions('win32').filters?.[0]?.extensions).toContain('docx');
  });

  it('answers the chosen paths, or null when cancelled', async () => {
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: ['/a.txt', '/b.pdf'] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const choose = createImportChooser({ showOpenDialog }, () => null, 'linux');
    expect(await choose()).toEqual({ files: ['/a.txt', '/b.pdf'], skipped: [] });
    expect(await choose()).toBeNull();
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ buttonLabel: 'Import' }));
  });

  it('expands a chosen folder into the importable files inside it', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'reports', 'older'), { recursive: true });
    mkdirSync(join(root, '.cache'));
    for (const name of [
      'reports/b.pdf',
      'reports/a.txt',
      'reports/older/c.DOCX',
      'reports/notes.xyz',
      '.cache/d.txt',
      'single.bin',
    ])
      writeFileSync(join(root, name), 'x');
    expect(
      (await expandFolders([join(root, 'reports'), join(root, '.cache'), join(root, 'single.bin')]))
        .files,
    ).toEqual([
      join(root, 'reports', 'a.txt'),
      join(root, 'reports', 'b.pdf'),
      join(root, 'reports', 'older', 'c.DOCX'),
      join(root, '.cache', 'd.txt'),
      join(root, 'single.bin'),
    ]);
  });
});
