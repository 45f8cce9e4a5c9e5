import type { Handlers } from '../handlers';

/** The same handlers, each first reporting that the library is in use (except `passive` ones). */
export function withActivity(
  handlers: Handlers,
  onCall: () => void,
  passive: readonly string[] = [],
): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[name] = passive.includes(name)
      ? handler
      : (input) => {
          onCall();
          return handler(input);
        };
  }
  return wrapped as unknown as Handlers;
}
