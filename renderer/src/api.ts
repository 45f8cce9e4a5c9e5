import type { ApiInput, ApiOutput, ApiResult, MethodName } from '../../shared/api';
import { isApiErrorBody, type ApiErrorBody } from '../../shared/errors';
import { entitiesTouchedBy, invalidate } from './app/changes';

/** A failed call, carrying the `{code, message}` the backend sent. */
export class ApiCallError extends Error {
  readonly code: ApiErrorBody['code'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
  }
}

const TOKEN_KEY = 'briefwright.token';

/** The browser host hands out its token in the URL once; keep it for reloads, then hide it. */
function webToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    window.history.replaceState(
      null,
      '',
      window.location.pathname + (rest ? `?${rest}` : '') + window.location.hash,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | undefined;

async function invokeOverHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  token ??= webToken();
  let response: Response;
  try {
    response = await fetch(`/rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'io_error',
        message: 'Briefwright is not reachable. Is the host still running?',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: (body as { value: unknown }).value };
  if (isApiErrorBody(body)) return { ok: false, error: body };
  return {
    ok: false,
    error: { code: 'internal', message: `Unexpected response (${response.status}).` },
  };
}

/** The only door to the backend: Electron's preload bridge when present, else the browser host. */
export async function call<M extends MethodName>(
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const result = window.briefwright
    ? ((await window.briefwright.invoke(method, input)) as ApiResult<unknown>)
    : await invokeOverHttp(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  // Every write, whoever made it, reaches every view through this one path.
  invalidate(entitiesTouchedBy(method));
  return result.value as ApiOutput<M>;
}
