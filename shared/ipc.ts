/** Electron IPC channel prefix; the preload refuses anything outside it. Kept dependency-free
 * because the sandboxed preload can load nothing but 'electron'. */
export const IPC_PREFIX = 'briefwright:';
