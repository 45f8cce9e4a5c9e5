import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'];

/**
 * The native "Import…" dialog. macOS can pick files and folders in one dialog; Windows and Linux
 * cannot (they would show a folder-only picker), so there it picks files, and folders come by drop.
 */
export function importDialogOptions(platform: NodeJS.Platform): OpenDialogOptions {
  return {
    title: 'Import into the library',
    buttonLabel: 'Import',
    properties:
      platform === 'darwin'
        ? ['openFile', 'openDirectory', 'multiSelections']
        : ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles and documents', extensions: IMPORT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export function createImportChooser(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
  platform: NodeJS.Platform = process.platform,
): () => Promise<string[] | null> {
  return async () => {
    const window = getWindow();
    const options = importDialogOptions(platform);
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  };
}
