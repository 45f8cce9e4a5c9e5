import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../shared/api';
import { useTempDirs } from '../../tests/tempDir';

// A recording stand-in for Electron: the real runtime cannot start in plain Node.
const recorded = vi.hoisted(() => ({
  handles: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  windows: [] as {
    options: Record<string, unknown>;
    loaded?: string;
    instance: { webContents: unknown };
  }[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  permissionHandler: undefined as
    undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  userData: '',
  quit: 0,
}));

vi.mock('electron', () => {
  const mainFrame = { url: '' };
  class FakeBrowserWindow {
    webContents = { mainFrame };
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options, instance: this });
    }
    once() {}
    on() {}
    isMinimized() {
      return false;
    }
    loadURL(url: string) {
      recorded.windows.at(-1)!.loaded = url;
      mainFrame.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => recorded.quit++,
      exit: () => {},
      on: (name: string, fn: (...args: unknown[]) => void) => recorded.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => recorded.userData,
      getVersion: () => '9.9.9',
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) =>
        recorded.handles.set(channel, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof recorded.permissionHandler) =>
          (recorded.permissionHandler = fn),
        setPermissionCheckHandler: () => {},
      },
    },
    shell: { openExternal: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
  };
});

const tempDir = useTempDirs();

describe('Electron main wiring', () => {
  beforeEach(() => {
    recorded.handles.clear();
    recorded.windows.length = 0;
    recorded.userData = tempDir();
  });

  it('registers every contract method, hardens the window and denies permissions', async () => {
    const { bootstrap } = await import('./bootstrap');
    bootstrap({ preload: '/app/preload/index.cjs', rendererIndex: '/app/renderer/index.html' });
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect([...recorded.handles.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0]!.options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(recorded.windows[0]!.loaded).toBe('file:///app/renderer/index.html');

    let granted: boolean | undefined;
    recorded.permissionHandler!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    for (const name of ['web-contents-created', 'second-instance', 'window-all-closed']) {
      expect(recorded.appEvents.has(name)).toBe(true);
    }
  });

  it('answers only our own window, and validates input in main', async () => {
    const { bootstrap } = await import('./bootstrap');
    bootstrap({ preload: '/p.cjs', rendererIndex: '/app/renderer/index.html' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const handler = recorded.handles.get(ipcChannel('notes.get'))!;

    const stranger = { sender: {}, senderFrame: { url: 'https://evil.example/' } };
    expect(await handler(stranger, { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    const { webContents } = recorded.windows.at(-1)!.instance as {
      webContents: { mainFrame: unknown };
    };
    const own = { sender: webContents, senderFrame: webContents.mainFrame };
    expect(await handler(own, { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await handler(own, { id: 41 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const created = await recorded.handles.get(ipcChannel('notes.create'))!(own, {
      title: 'From IPC',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'From IPC' } });
  });
});
