import { api, isMethodName, type ApiResult } from '../../../shared/api';
import { ApiError, type ApiErrorBody } from '../../../shared/errors';
import { isBusyError, retryBusy } from '../db/busy';
import { reportError } from '../app/log';
import type { Handlers } from '../handlers';

type AnyHandler = (input: unknown) => unknown;

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    )
    .join('; ');
}

/** Maps anything thrown in core to the `{code, message}` that crosses the boundary. */
export function toErrorBody(
  error: unknown,
  log: (e: unknown) => void = (e) => reportError('request', e),
): ApiErrorBody {
  if (error instanceof ApiError) return error.toBody();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC')
    return { code: 'io_error', message: 'The disk is full. Nothing was changed.' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'io_error', message: 'Permission denied while writing. Nothing was changed.' };
  }
  if (isBusyError(error))
    return {
      code: 'busy',
      message:
        'The library is busy in another Briefwright window or process. Nothing was changed; try again.',
    };
  if (code === 'SQLITE_FULL')
    return { code: 'io_error', message: 'The disk is full. Nothing was changed.' };
  log(error);
  return {
    code: 'internal',
    message: 'Something went wrong inside Briefwright. Details are in the log.',
  };
}

/**
 * The single entry point every transport uses: look up the method, validate its input against
 * the contract, run it, and turn failures into values.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  log?: (e: unknown) => void,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `Unknown method: ${method.slice(0, 100)}` },
    };
  }
  const parsed = api[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'bad_request',
        message: `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}`,
      },
    };
  }
  try {
    const handler = handlers[method] as AnyHandler;
    // Every write is one transaction, so a call that found the library busy changed nothing and
    // can run again.
    return { ok: true, value: await retryBusy(() => handler(parsed.data)) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, log) };
  }
}
