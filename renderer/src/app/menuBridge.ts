import { isAppCommandId, type AppCommandId } from '../../../shared/commands';

/** The part of the desktop bridge this module needs (absent in the browser). */
export interface CommandSource {
  onCommand(listener: (id: string) => void): () => void;
}

/**
 * Runs each command chosen in the desktop app's native menu through `run` (the app's command
 * registry), so a menu item and its shortcut are one command. Ids that are not app commands are
 * ignored. In the browser there is no native menu and this does nothing. Returns the unsubscribe.
 */
export function connectMenuCommands(
  run: (id: AppCommandId) => void,
  source: CommandSource | undefined = globalThis.window?.briefwright,
): () => void {
  if (!source) return () => undefined;
  return source.onCommand((id) => {
    if (isAppCommandId(id)) run(id);
  });
}
