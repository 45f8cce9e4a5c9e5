import type { ApiOutput, ApiParsedInput, MethodName } from '../../../shared/api';

export type Handler<M extends MethodName> = (
  input: ApiParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** A handler for every method a feature area declares. */
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };

export type Handlers = HandlersFor<MethodName>;
