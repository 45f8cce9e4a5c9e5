import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { join } from 'node:path';

/** The native "Save" dialog for exports, starting in `defaultFolder` with the suggested name. */
export function createSaveChooser(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  getWindow: () => BrowserWindow | null,
  defaultFolder: () => string,
): (
  suggestedName: string,
  filters: { name: string; extensions: string[] }[],
) => Promise<string | null> {
  return async (suggestedName, filters) => {
    const window = getWindow();
    const options: SaveDialogOptions = {
      title: 'Export PDF',
      buttonLabel: 'Export',
      defaultPath: join(defaultFolder(), suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
