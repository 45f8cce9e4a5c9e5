/** Error codes that cross the API boundary. Never a stack, always `{ code, message }`. */
export type ApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'bad_request'
  | 'not_found'
  | 'unknown_method'
  | 'conflict'
  /** An export cites items not verified against the library that were not acknowledged. */
  | 'unverified'
  | 'too_large'
  | 'unsupported'
  | 'io_error'
  | 'busy'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

/** Thrown inside core when a call should fail with a specific, user-presentable reason. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
