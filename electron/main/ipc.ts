import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api';
import type { Handlers } from '../core/handlers';
import { dispatch } from '../core/rpc/dispatch';

/** Is this message from our own window's main frame? Invoke and send events both carry these. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean;

/** One `ipcMain.handle` per contract method; each checks the sender, then validates in dispatch. */
export function registerApiHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
): void {
  for (const name of methodNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'Calls are only accepted from the Briefwright window.',
          },
        };
      }
      return dispatch(handlers, name, input);
    });
  }
}
