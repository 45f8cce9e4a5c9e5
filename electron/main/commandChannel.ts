import type { IpcMain, WebContents } from 'electron';
import type { AppCommandId } from '../../shared/commands';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import type { SenderCheck } from './ipc';

export interface CommandChannel {
  /** Sends a command id to the renderer, or holds it until the renderer is listening. */
  send(id: AppCommandId): void;
  /** The page is going away (reload, crash): hold commands until the new one listens. */
  detach(): void;
}

/**
 * The one channel from main to the renderer's command registry. The renderer announces on the same
 * channel that it is listening (the preload does it when the app subscribes); until then commands,
 * such as the import a second launch asks for, wait instead of being lost during start-up.
 */
export function createCommandChannel(
  ipcMain: Pick<IpcMain, 'on'>,
  isTrustedSender: SenderCheck,
): CommandChannel {
  let listener: WebContents | null = null;
  const waiting: AppCommandId[] = [];
  const flush = () => {
    while (listener && !listener.isDestroyed() && waiting.length > 0)
      listener.send(COMMAND_CHANNEL, waiting.shift());
  };
  ipcMain.on(COMMAND_CHANNEL, (event) => {
    if (!isTrustedSender(event)) return;
    listener = event.sender;
    flush();
  });
  return {
    send(id) {
      waiting.push(id);
      flush();
    },
    detach() {
      listener = null;
    },
  };
}
