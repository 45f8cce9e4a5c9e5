import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX } from '../../shared/ipc';

// The only surface the renderer gets: one invoke, restricted to our own channel prefix.
// Method names and inputs are validated again in main; this is not the security boundary.
const bridge = {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !/^[a-z]+\.[A-Za-z]+$/.test(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: 'Invalid method name.' },
      });
    }
    return ipcRenderer.invoke(IPC_PREFIX + method, input);
  },
};

contextBridge.exposeInMainWorld('briefwright', bridge);

export type BriefwrightBridge = typeof bridge;
