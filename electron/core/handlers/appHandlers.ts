import type { appApi } from '../../../shared/api/app';
import type { CoreContext } from '../context';
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
    }),
    'app.changes': () => ({ dataVersion: Number(ctx.db.pragma('data_version', { simple: true })) }),
  };
}
