import { existsSync, readFileSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../shared/api';
import { APP_COMMANDS } from '../../shared/commands';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import type { ImportReport } from '../../shared/model';
import { fakeElectron, recorded, settle, type FakeBrowserWindow } from '../../tests/fakeElectron';
import { useTempDirs } from '../../tests/tempDir';
import { installLog, logPathFor } from '../core/app/log';
import { bootstrap, type BootstrapPaths } from './bootstrap';
import { windowStatePath } from './windowState';

vi.mock('electron', async () => (await import('../../tests/fakeElectron')).fakeElectron);

const tempDir = useTempDirs();
const seeds = '/work/shared/seeds';
const paths: BootstrapPaths = {
  preload: '/app/preload/index.cjs',
  rendererIndex: '/app/r/index.html',
};
const noLaunchFiles = { argv: ['/opt/Briefwright/briefwright'], workingDirectory: '/' };

const processListeners = () => ({
  uncaught: process.listeners('uncaughtException'),
  rejection: process.listeners('unhandledRejection'),
});
let before: ReturnType<typeof processListeners>;

async function start(launch = noLaunchFiles): Promise<FakeBrowserWindow> {
  bootstrap(paths, launch);
  await settle();
  return recorded.windows.at(-1)!;
}

const own = (window: FakeBrowserWindow) => ({
  sender: window.webContents,
  senderFrame: window.webContents.mainFrame,
});

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('Electron main wiring', () => {
  beforeEach(() => {
    recorded.reset(tempDir());
    before = processListeners();
  });
  afterEach(() => {
    // The app's process-wide handlers must not outlive the test (they would swallow failures).
    const now = processListeners();
    for (const fn of now.uncaught.filter((f) => !before.uncaught.includes(f)))
      process.removeListener('uncaughtException', fn);
    for (const fn of now.rejection.filter((f) => !before.rejection.includes(f)))
      process.removeListener('unhandledRejection', fn);
    recorded.appEvents.get('window-all-closed')?.();
    installLog(null);
  });

  it('trusts a development server URL only when the app is not packaged', async () => {
    const devServer = { ...paths, devServerUrl: 'http://127.0.0.1:5173/' };
    bootstrap(devServer, noLaunchFiles);
    await settle();
    expect(recorded.windows.at(-1)!.loaded).toEqual(['http://127.0.0.1:5173/']);
    recorded.appEvents.get('window-all-closed')?.();

    recorded.reset(tempDir());
    fakeElectron.app.isPackaged = true;
    try {
      bootstrap(devServer, noLaunchFiles);
      await settle();
      expect(recorded.windows.at(-1)!.loaded).toEqual(['file:///app/r/index.html']);
    } finally {
      fakeElectron.app.isPackaged = false;
    }
  });

  it('registers every contract method, hardens the window and denies permissions', async () => {
    const window = await start();

    expect([...recorded.handles.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(recorded.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window.loaded).toEqual(['file:///app/r/index.html']);

    let granted: boolean | undefined;
    recorded.permissionHandler!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    for (const name of ['web-contents-created', 'second-instance', 'window-all-closed']) {
      expect(recorded.appEvents.has(name)).toBe(true);
    }
  });

  it('closes the library when the app quits from the menu', async () => {
    const window = await start();
    const info = (await recorded.handles.get(ipcChannel('app.info'))!(own(window), {})) as {
      value: { databasePath: string };
    };
    recorded.appEvents.get('will-quit')!();
    // Closing checkpoints the WAL into the database and removes it.
    expect(existsSync(`${info.value.databasePath}-wal`)).toBe(false);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await recorded.handles.get(ipcChannel('app.info'))!(own(window), {})).toMatchObject({
      ok: false,
    });
    quiet.mockRestore();
  });

  it('answers only our own window, and validates input in main', async () => {
    const window = await start();
    const handler = recorded.handles.get(ipcChannel('notes.get'))!;

    const stranger = { sender: {}, senderFrame: { url: 'https://evil.example/' } };
    expect(await handler(stranger, { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handler(own(window), { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await handler(own(window), { id: 41 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const created = await recorded.handles.get(ipcChannel('notes.create'))!(own(window), {
      title: 'From IPC',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'From IPC' } });
  });

  it('installs the menu, whose items reach the renderer as their command ids', async () => {
    const window = await start();
    const items = flatten(recorded.menu!).filter((i) => i.id);
    for (const spec of APP_COMMANDS.filter((c) => c.menu)) {
      const item = items.find((i) => i.id === spec.id)!;
      expect(item.label).toBe(spec.label);
      expect(item.accelerator).toBe(spec.shortcut);
    }
    expect(flatten(recorded.menu!).some((i) => i.role === 'reload')).toBe(true);

    // Chosen before the page listens: held, not lost; a stranger cannot take them.
    (items[0]!.click as () => void)();
    recorded.ipcListeners.get(COMMAND_CHANNEL)!({ sender: {}, senderFrame: { url: 'https://x/' } });
    expect(window.webContents.sent).toEqual([]);
    window.rendererListens();
    for (const item of items.slice(1)) (item.click as () => void)();
    expect(window.webContents.sent).toEqual(items.map((i) => [COMMAND_CHANNEL, i.id]));
  });

  it('keeps one instance: a second launch quits, and the first window comes forward', async () => {
    const window = await start();
    window.minimized = true;
    recorded.appEvents.get('second-instance')!({}, ['/opt/Briefwright/briefwright'], '/');
    expect(window.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));

    recorded.reset(tempDir());
    recorded.lock = false;
    bootstrap(paths, noLaunchFiles);
    await settle();
    expect(recorded.quit).toBe(1);
    expect(recorded.windows).toHaveLength(0);
    expect(recorded.handles.size).toBe(0);
  });

  it('imports the files a second launch was given through the import flow, without a dialog', async () => {
    const window = await start();
    window.rendererListens();
    const info = async () =>
      (
        (await recorded.handles.get(ipcChannel('app.info'))!(own(window), {})) as {
          value: { counts: { sources: number } };
        }
      ).value.counts.sources;
    const sourcesBefore = await info();

    recorded.appEvents.get('second-instance')!(
      {},
      [
        '/opt/Briefwright/briefwright',
        '--enable-logging',
        '000_3112edc9cc4ce4f8.txt',
        'missing.pdf',
      ],
      seeds,
    );
    await vi.waitFor(() =>
      expect(window.webContents.sent).toEqual([[COMMAND_CHANNEL, 'library.import']]),
    );
    expect(window.calls).toContain('focus');

    // The renderer's Import… runs as usual; main answers it with the handed-over files.
    const result = (await recorded.handles.get(ipcChannel('sources.importChosen'))!(
      own(window),
      {},
    )) as { ok: true; value: ImportReport };
    expect(recorded.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(result.value.results.map((r) => [r.name, r.status])).toEqual([
      ['000_3112edc9cc4ce4f8.txt', 'imported'],
    ]);
    expect(await info()).toBe(sourcesBefore + 1);

    // Once taken, Import… is the native dialog again.
    recorded.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await recorded.handles.get(ipcChannel('sources.importChosen'))!(own(window), {});
    expect(recorded.dialog.showOpenDialog).toHaveBeenCalledOnce();
  });

  it('keeps the window size, position and maximised state, on a visible display', async () => {
    const first = await start();
    expect(first.options).toMatchObject({ width: 1440, height: 920, x: 240, y: 80 });
    first.bounds = { x: 100, y: 50, width: 1000, height: 700 };
    first.maximize();
    first.emit('close');
    expect(JSON.parse(readFileSync(windowStatePath(recorded.userData), 'utf8'))).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: true,
    });

    recorded.windows.length = 0;
    const second = await start();
    expect(second.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.calls).toEqual(['maximize', 'show']);

    // The display it was on is gone: it opens on the one that is left.
    second.bounds = { x: 2500, y: 100, width: 1000, height: 700 };
    second.emit('close');
    recorded.workAreas = [{ x: 0, y: 0, width: 1280, height: 800 }];
    const third = await start();
    expect(third.options).toMatchObject({ x: 140, y: 50, width: 1000, height: 700 });
  });

  it('reloads a crashed window into recovery, logs it, and asks after repeated crashes', async () => {
    const window = await start();
    window.rendererListens();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.loaded).toHaveLength(1);

    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.loaded.at(-1)).toBe('file:///app/r/index.html?recovered=1');
    expect(readFileSync(logPathFor(recorded.userData), 'utf8')).toMatch(
      /ERROR \[renderer\] The window's renderer stopped \(crashed, exit code 139\)/,
    );
    // The reloaded page must subscribe again before it is sent anything.
    (flatten(recorded.menu!).find((i) => i.id === 'note.new')!.click as () => void)();
    expect(window.webContents.sent).toEqual([]);
    window.rendererListens();
    expect(window.webContents.sent).toEqual([[COMMAND_CHANNEL, 'note.new']]);

    for (let i = 0; i < 3; i++)
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(window.loaded).toHaveLength(4);
    expect(recorded.dialog.showMessageBox).toHaveBeenCalledOnce();
  });

  it('writes an uncaught error in main to the log file', async () => {
    await start();
    const added = process
      .listeners('uncaughtException')
      .filter((f) => !before.uncaught.includes(f));
    expect(added).toHaveLength(1);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    added[0]!(new Error('main fell over'), 'uncaughtException');
    quiet.mockRestore();
    expect(readFileSync(logPathFor(recorded.userData), 'utf8')).toMatch(
      /ERROR \[main\] Error: main fell over\n\s+at /,
    );
  });
});
