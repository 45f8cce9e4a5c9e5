import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, IPC_PREFIX } from '../../shared/ipc';

const NAME = /^[a-z]+\.[A-Za-z]+$/;

// The only surface the renderer gets: one invoke, restricted to our own channel prefix, and one
// subscription to the commands main sends. Method names and inputs are validated again in main,
// command ids again in the renderer; this is not the security boundary.
const bridge = {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !NAME.test(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: 'Invalid method name.' },
      });
    }
    return ipcRenderer.invoke(IPC_PREFIX + method, input);
  },
  onCommand(listener: (id: string) => void): () => void {
    const forward = (_event: IpcRendererEvent, id: unknown) => {
      if (typeof id === 'string' && NAME.test(id)) listener(id);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    // Main holds commands (a second launch's import) until the app says it is listening.
    ipcRenderer.send(COMMAND_CHANNEL, 'listening');
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('briefwright', bridge);

export type BriefwrightBridge = typeof bridge;
