import type { WalkedPaths } from './importers/walkImportPaths';

/**
 * What a host (Electron, the browser host, the CLI) can do for core that core cannot do itself,
 * such as showing a native file dialog. Each host passes what it has; a handler that needs a
 * missing service answers `unsupported` so the renderer can fall back (e.g. to an upload).
 */
export interface HostServices {
  /**
   * Asks the user for files or folders to import; null when cancelled. Folders come back
   * expanded by the shared walker (walkImportPaths), with what it skipped and why.
   */
  chooseImportPaths?: () => Promise<WalkedPaths | null>;
  /** Asks where to save an exported file; null when cancelled. */
  chooseSavePath?: (
    suggestedName: string,
    filters: { name: string; extensions: string[] }[],
  ) => Promise<string | null>;
}
