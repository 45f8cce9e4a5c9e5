import type { Handlers } from '../handlers';

/** The same handlers, each first reporting that the library is in use. */
export function withActivity(handlers: Handlers, onCall: () => void): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[name] = (input) => {
      onCall();
      return handler(input);
    };
  }
  return wrapped as unknown as Handlers;
}
