/** Electron IPC channel prefix; the preload refuses anything outside it. Kept dependency-free
 * because the sandboxed preload can load nothing but 'electron'. */
export const IPC_PREFIX = 'briefwright:';

/**
 * The one channel main uses to push to the renderer: an app command id chosen in the native menu
 * (or a launch asking for an import). It cannot collide with a contract method, whose names are
 * `area.verb`.
 */
export const COMMAND_CHANNEL = `${IPC_PREFIX}command`;
