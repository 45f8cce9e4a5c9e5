import { describe, expect, it, vi } from 'vitest';
import { createImportChooser, importDialogOptions } from './importDialog';

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
    expect(await choose()).toEqual(['/a.txt', '/b.pdf']);
    expect(await choose()).toBeNull();
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ buttonLabel: 'Import' }));
  });
});
