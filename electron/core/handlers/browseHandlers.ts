import type { browseApi } from '../../../shared/api/browse';
import type { CoreContext } from '../context';
import { createBrowseRepository } from '../search/browseRepository';
import type { HandlersFor } from './types';

export function browseHandlers(ctx: CoreContext): HandlersFor<keyof typeof browseApi> {
  const browse = createBrowseRepository(ctx.db);
  return {
    'library.browse': (query) => browse.browse(query),
  };
}
