import type { Handlers } from '../handlers';

/** Told when a call begins and when it has finished (its promise settled, if it returned one). */
export interface Activity {
  begin(): void;
  end(): void;
}

/** The same handlers, each reporting its call as activity (except `passive` ones). */
export function withActivity(
  handlers: Handlers,
  activity: Activity,
  passive: readonly string[] = [],
): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[name] = passive.includes(name)
      ? handler
      : (input) => {
          activity.begin();
          let result: unknown;
          try {
            result = handler(input);
          } catch (error) {
            activity.end();
            throw error;
          }
          if (result instanceof Promise) return result.finally(() => activity.end());
          activity.end();
          return result;
        };
  }
  return wrapped as unknown as Handlers;
}
