import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

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
    return result.canceled || result.filePaths.length === 0
      ? null
      : expandFolders(result.filePaths);
  };
}

/**
 * Chosen folders become the importable files inside them (recursively, hidden entries skipped,
 * in name order); chosen files are kept as they are, so an unsupported one is reported, not lost.
 */
export async function expandFolders(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (path: string, chosen: boolean): Promise<void> => {
    if (!chosen && basename(path).startsWith('.')) return;
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).sort((a, b) => a.localeCompare(b));
      for (const name of names) await visit(join(path, name), false);
    } else if (chosen || IMPORT_EXTENSIONS.includes(extname(path).slice(1).toLowerCase())) {
      out.push(path);
    }
  };
  for (const path of paths) await visit(path, true);
  return out;
}
