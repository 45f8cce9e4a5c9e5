import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { SUPPORTED_EXTENSIONS } from '../core/importers';
import { walkImportPaths, type WalkedPaths } from '../core/importers/walkImportPaths';

const IMPORT_EXTENSIONS = SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1));

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
): () => Promise<WalkedPaths | null> {
  return async () => {
    const window = getWindow();
    const options = importDialogOptions(platform);
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0
      ? null
      : expandFolders(result.filePaths);
  };
}

/** Chosen folders become the importable files inside them, through the one shared walker. */
export async function expandFolders(paths: readonly string[]): Promise<WalkedPaths> {
  return walkImportPaths(paths);
}
