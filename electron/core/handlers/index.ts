import type { CoreContext } from '../context';
import type { HostServices } from '../host';
import { appHandlers } from './appHandlers';
import { browseHandlers } from './browseHandlers';
import { citationHandlers } from './citationHandlers';
import { exportHandlers } from './exportHandlers';
import { libraryHandlers } from './libraryHandlers';
import { notesHandlers } from './notesHandlers';
import type { Handlers } from './types';

/** Every contract method bound to core. The type makes a missing handler a compile error. */
export function createHandlers(ctx: CoreContext, host: HostServices = {}): Handlers {
  return {
    ...appHandlers(ctx),
    ...notesHandlers(ctx),
    ...exportHandlers(ctx, host),
    ...libraryHandlers(ctx, host),
    ...browseHandlers(ctx),
    ...citationHandlers(ctx),
  };
}

export type { Handlers } from './types';
