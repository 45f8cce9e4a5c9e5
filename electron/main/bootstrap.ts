import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installLog, openLog, reportError } from '../core/app/log';
import { startRuntime, type Runtime } from '../core/runtime';
import { createCommandChannel } from './commandChannel';
import { recoverFromRendererCrashes, recoveredUrl } from './crashRecovery';
import { createImportChooser, expandFolders } from './importDialog';
import { registerApiHandlers, type SenderCheck } from './ipc';
import { launchFiles } from './launchFiles';
import { menuTemplate } from './menu';
import { createSaveChooser } from './saveDialog';
import { isOwnRendererUrl, isSafeExternalUrl } from './security';
import { mainWindowOptions } from './window';
import {
  loadWindowState,
  placeOnVisibleDisplay,
  trackWindowState,
  windowStatePath,
} from './windowState';

export interface BootstrapPaths {
  preload: string;
  rendererIndex: string;
  /** Set by electron-vite in development. */
  devServerUrl?: string;
}

/** This launch's command line: files named on it are imported once the window is up. */
export interface LaunchArgs {
  argv: readonly string[];
  workingDirectory: string;
}

/** Wires the app: lifecycle, hardening, IPC, the menu and the window. Adds no behaviour of its own. */
export function bootstrap(
  paths: BootstrapPaths,
  launch: LaunchArgs = { argv: process.argv, workingDirectory: process.cwd() },
): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const dataDir = app.getPath('userData');
  // Open the log before anything else can fail, so even a start-up error is written down.
  installLog(openLog(dataDir));
  process.on('uncaughtException', (error) => reportError('main', error));
  process.on('unhandledRejection', (reason) => reportError('main', reason));

  let window: BrowserWindow | null = null;
  let runtime: Runtime | null = null;
  // A development server's URL gets the full API, so only a development build may use it: a
  // packaged app started with ELECTRON_RENDERER_URL set still loads its own files.
  const devServerUrl = app.isPackaged ? undefined : paths.devServerUrl;
  const rendererUrl = devServerUrl ?? pathToFileURL(paths.rendererIndex).href;

  const isTrustedSender: SenderCheck = (event) =>
    window !== null &&
    event.sender === window.webContents &&
    event.senderFrame !== null &&
    event.senderFrame === window.webContents.mainFrame &&
    isOwnRendererUrl(event.senderFrame.url, rendererUrl);

  const commands = createCommandChannel(ipcMain, isTrustedSender);

  // Files handed to a launch wait here; the renderer's Import… takes them instead of a dialog, so
  // they go through the same import flow (progress, report, undo) as chosen ones.
  const filesToImport: string[] = [];
  const importLaunchFiles = (argv: readonly string[], workingDirectory: string) => {
    void launchFiles(argv, workingDirectory, app.getAppPath())
      .then((files) => {
        if (files.length === 0) return;
        filesToImport.push(...files);
        commands.send('library.import');
      })
      .catch((error: unknown) => reportError('launch files', error));
  };
  const showWindow = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    importLaunchFiles(argv, workingDirectory);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    importLaunchFiles(['', path], '/');
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

  const shutdown = () => {
    runtime?.shutdown();
    runtime = null;
  };
  app.on('window-all-closed', () => {
    shutdown();
    app.quit();
  });
  // Quit from the menu (or Cmd+Q) skips window-all-closed; the library is closed here then.
  app.on('will-quit', shutdown);

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);

    const chooseWithDialog = createImportChooser(dialog, () => window);
    try {
      runtime = startRuntime({
        dataDir,
        version: app.getVersion(),
        longRunning: true,
        host: {
          chooseImportPaths: () =>
            filesToImport.length > 0 ? expandFolders(filesToImport.splice(0)) : chooseWithDialog(),
          chooseSavePath: createSaveChooser(
            dialog,
            () => window,
            () => app.getPath('documents'),
          ),
        },
      });
    } catch (error) {
      dialog.showErrorBox('Briefwright cannot open its library', (error as Error).message);
      app.exit(1);
      return;
    }
    const { log } = runtime;
    registerApiHandlers(ipcMain, runtime.handlers, isTrustedSender);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          platform: process.platform,
          development: !app.isPackaged,
          appName: 'Briefwright',
          send: commands.send,
        }),
      ),
    );

    const statePath = windowStatePath(dataDir);
    const placed = placeOnVisibleDisplay(
      loadWindowState(statePath),
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const created = new BrowserWindow({ ...mainWindowOptions(paths.preload), ...placed.bounds });
    window = created;
    trackWindowState(created, statePath, (error) => log.error('window state', error));
    created.once('ready-to-show', () => {
      if (placed.maximized) created.maximize();
      created.show();
    });
    created.on('closed', () => {
      window = null;
    });
    created.webContents.on('did-start-loading', commands.detach);
    created.webContents.on('did-fail-load', (_event, code, description, url) =>
      log.error('renderer', `The window could not load ${url}: ${description} (${code}).`),
    );
    created.on('unresponsive', () => log.info('The window stopped responding.'));
    created.on('responsive', () => log.info('The window responds again.'));
    recoverFromRendererCrashes(created.webContents, {
      reload: () => void created.loadURL(recoveredUrl(rendererUrl)),
      giveUp: () => {
        void dialog
          .showMessageBox(created, {
            type: 'warning',
            message: 'The Briefwright window keeps stopping.',
            detail: `Your library and your notes as last saved are safe. Details are in ${log.path}.`,
            buttons: ['Try again', 'Quit'],
            defaultId: 0,
            cancelId: 1,
          })
          .then(({ response }) =>
            response === 0 ? void created.loadURL(recoveredUrl(rendererUrl)) : app.quit(),
          );
      },
      log: (message) => log.error('renderer', message),
    });
    void created.loadURL(rendererUrl);
    importLaunchFiles(launch.argv, launch.workingDirectory);
  });
}

export const defaultPaths = (mainDir: string): BootstrapPaths => ({
  preload: join(mainDir, '../preload/index.cjs'),
  rendererIndex: join(mainDir, '../renderer/index.html'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
