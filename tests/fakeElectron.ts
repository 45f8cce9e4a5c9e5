import type { MenuItemConstructorOptions, Rectangle } from 'electron';
import { vi } from 'vitest';

/**
 * A recording stand-in for Electron: the real runtime cannot start in plain Node. Tests use it with
 * `vi.mock('electron', async () => (await import('../../tests/fakeElectron')).fakeElectron)` and
 * read what the app did from `recorded`.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener) {
    const wrapper: Listener = (...args) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== wrapper),
      );
      return fn(...args);
    };
    return this.on(name, wrapper);
  }
  emit(name: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(name) ?? []) fn(...args);
  }
}

export class FakeWebContents extends Emitter {
  mainFrame = { url: '' };
  sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return false;
  }
  setWindowOpenHandler() {}
}

export class FakeBrowserWindow extends Emitter {
  webContents = new FakeWebContents();
  loaded: string[] = [];
  bounds: Rectangle;
  maximized = false;
  minimized = false;
  calls: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    const o = options as Partial<Rectangle>;
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
    recorded.windows.push(this);
  }
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.calls.push('maximize');
    this.maximized = true;
    this.emit('maximize');
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.calls.push('restore');
    this.minimized = false;
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-start-loading');
    return Promise.resolve();
  }
  /** What the renderer's preload does once the app subscribes to commands. */
  rendererListens() {
    recorded.ipcListeners.get('briefwright:command')?.({
      sender: this.webContents,
      senderFrame: this.webContents.mainFrame,
    });
  }
}

export const recorded = {
  handles: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  ipcListeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  windows: [] as FakeBrowserWindow[],
  appEvents: new Map<string, Listener>(),
  permissionHandler: undefined as
    undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  menu: null as MenuItemConstructorOptions[] | null,
  userData: '',
  lock: true,
  quit: 0,
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }] as Rectangle[],
  dialog: {
    showErrorBox: vi.fn(),
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })),
  },
  reset(userData: string) {
    this.handles.clear();
    this.ipcListeners.clear();
    this.windows.length = 0;
    this.appEvents.clear();
    this.menu = null;
    this.userData = userData;
    this.lock = true;
    this.quit = 0;
    this.workAreas = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    for (const fn of Object.values(this.dialog)) fn.mockClear();
  },
};

export const fakeElectron = {
  app: {
    name: 'Briefwright',
    isPackaged: false,
    requestSingleInstanceLock: () => recorded.lock,
    quit: () => recorded.quit++,
    exit: () => {},
    on: (name: string, fn: Listener) => recorded.appEvents.set(name, fn),
    whenReady: () => Promise.resolve(),
    getPath: () => recorded.userData,
    getAppPath: () => '/app',
    getVersion: () => '9.9.9',
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) =>
      (recorded.menu = menu.template),
  },
  screen: {
    getAllDisplays: () => recorded.workAreas.map((workArea) => ({ workArea })),
    getPrimaryDisplay: () => ({ workArea: recorded.workAreas[0] }),
  },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) =>
      recorded.handles.set(channel, fn),
    on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) =>
      recorded.ipcListeners.set(channel, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof recorded.permissionHandler) =>
        (recorded.permissionHandler = fn),
      setPermissionCheckHandler: () => {},
    },
  },
  shell: { openExternal: vi.fn() },
  dialog: recorded.dialog,
};

/** Lets the app's `whenReady().then(...)` and other queued promise work run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
