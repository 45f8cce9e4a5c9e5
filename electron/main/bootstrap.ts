import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCore, type CoreContext } from '../core/context';
import { startIdleCheckpoint } from '../core/db/idleCheckpoint';
import { createHandlers } from '../core/handlers';
import { withActivity } from '../core/rpc/withActivity';
import { createImportChooser } from './importDialog';
import { registerApiHandlers } from './ipc';
import { createSaveChooser } from './saveDialog';
import { isOwnRendererUrl, isSafeExternalUrl } from './security';
import { mainWindowOptions } from './window';

export interface BootstrapPaths {
  preload: string;
  rendererIndex: string;
  /** Set by electron-vite in development. */
  devServerUrl?: string;
}

/** Wires the app: lifecycle, hardening, IPC and the window. Adds no behaviour of its own. */
export function bootstrap(paths: BootstrapPaths): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  let core: CoreContext | null = null;
  const rendererUrl = paths.devServerUrl ?? pathToFileURL(paths.rendererIndex).href;

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    window !== null &&
    event.sender === window.webContents &&
    event.senderFrame !== null &&
    event.senderFrame === window.webContents.mainFrame &&
    isOwnRendererUrl(event.senderFrame.url, rendererUrl);

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnRendererUrl(url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);

    try {
      core = openCore({ dataDir: app.getPath('userData'), version: app.getVersion() });
    } catch (error) {
      dialog.showErrorBox('Briefwright cannot open its library', (error as Error).message);
      app.exit(1);
      return;
    }
    void core.backupIfDue().catch((error: unknown) => console.error('Daily backup failed', error));
    const hostServices = {
      chooseImportPaths: createImportChooser(dialog, () => window),
      chooseSavePath: createSaveChooser(
        dialog,
        () => window,
        () => app.getPath('documents'),
      ),
    };
    const checkpoint = startIdleCheckpoint(core.db);
    registerApiHandlers(
      ipcMain,
      withActivity(createHandlers(core, hostServices), checkpoint.touch),
      isTrustedSender,
    );

    window = new BrowserWindow(mainWindowOptions(paths.preload));
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    void window.loadURL(rendererUrl);
  });
}

export const defaultPaths = (mainDir: string): BootstrapPaths => ({
  preload: join(mainDir, '../preload/index.cjs'),
  rendererIndex: join(mainDir, '../renderer/index.html'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
