import { describe, expect, it, vi } from 'vitest';
import { createSaveChooser } from './saveDialog';

describe('native save dialog for exports', () => {
  it('suggests the file name in the documents folder and answers the path, or null', async () => {
    const showSaveDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePath: '/home/a/Brief.pdf' })
      .mockResolvedValueOnce({ canceled: true, filePath: '' });
    const choose = createSaveChooser(
      { showSaveDialog },
      () => null,
      () => '/home/a/Documents',
    );
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    expect(await choose('Brief.pdf', filters)).toBe('/home/a/Brief.pdf');
    expect(await choose('Brief.pdf', filters)).toBeNull();
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/a/Documents/Brief.pdf', filters }),
    );
  });
});
