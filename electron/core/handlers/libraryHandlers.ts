import type { libraryApi } from '../../../shared/api/library';
import { ApiError } from '../../../shared/errors';
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME } from '../../../shared/markings';
import type { CoreContext } from '../context';
import type { HostServices } from '../host';
import type { HandlersFor } from './types';

const notYet = (): never => {
  throw new ApiError('unsupported', 'Not available yet.');
};

export function libraryHandlers(
  _ctx: CoreContext,
  _host: HostServices,
): HandlersFor<keyof typeof libraryApi> {
  return {
    'library.search': notYet,
    'sources.list': notYet,
    'sources.get': notYet,
    'sources.import': notYet,
    'sources.importChosen': notYet,
    'sources.reimport': notYet,
    'sources.update': notYet,
    'sources.delete': notYet,
    'excerpts.create': notYet,
    'excerpts.get': notYet,
    'excerpts.listForSource': notYet,
    'excerpts.update': notYet,
    'excerpts.delete': notYet,
    'claims.create': notYet,
    'claims.get': notYet,
    'claims.list': notYet,
    'claims.update': notYet,
    'claims.delete': notYet,
    'tags.list': notYet,
    'tags.rename': notYet,
    'tags.merge': notYet,
    'tags.delete': notYet,
    'markings.get': () => ({ active: DEFAULT_SCHEME, schemes: [...BUILT_IN_SCHEMES] }),
    'markings.setScheme': notYet,
  };
}
