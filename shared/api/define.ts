import type { z } from 'zod';

/**
 * One API method: the schema its input must satisfy, and (as a phantom type) what it returns.
 * The output is never validated at runtime: it comes from our own core.
 */
export interface Method<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): Method<I, O> => ({ input }) };
}
