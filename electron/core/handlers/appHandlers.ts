import type { appApi } from '../../../shared/api/app';
import { logPathFor } from '../app/log';
import type { CoreContext } from '../context';
import { dataVersion } from '../db/dataVersion';
import { schemaVersion } from '../db/migrate';
import type { HandlersFor } from './types';

export function appHandlers(ctx: CoreContext): HandlersFor<keyof typeof appApi> {
  return {
    'app.info': () => ({
      name: 'Briefwright',
      version: ctx.version,
      dataDir: ctx.dataDir,
      databasePath: ctx.databasePath,
      schemaVersion: schemaVersion(ctx.db),
      counts: {
        notes: ctx.notes.count(),
        sources: ctx.library.sources.count(),
        excerpts: ctx.library.excerpts.count(),
        claims: ctx.library.claims.count(),
        tags: ctx.library.tags.count(),
      },
      logPath: logPathFor(ctx.dataDir),
      versions: {
        node: process.versions.node,
        ...(process.versions.electron ? { electron: process.versions.electron } : {}),
        ...(process.versions.chrome ? { chrome: process.versions.chrome } : {}),
      },
    }),
    'app.changes': () => ({ dataVersion: dataVersion(ctx.db) }),
  };
}
