import type { z } from 'zod';
import { appApi } from './api/app';
import { browseApi } from './api/browse';
import { citationsApi } from './api/citations';
import { exportApi } from './api/export';
import { libraryApi } from './api/library';
import { notesApi } from './api/notes';
import type { Method } from './api/define';
import type { ApiErrorBody } from './errors';
import { IPC_PREFIX } from './ipc';

/**
 * The contract: every call the renderer can make, declared once. Each transport (Electron IPC,
 * the browser host, the CLI) derives its routing and validation from this object.
 * Each feature area declares its methods in `shared/api/<area>.ts` and is spread in here.
 */
export const api = {
  ...appApi,
  ...notesApi,
  ...exportApi,
  ...libraryApi,
  ...browseApi,
  ...citationsApi,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type ApiInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ApiParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type ApiOutput<M extends MethodName> = Api[M] extends Method<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export { IPC_PREFIX };
export const ipcChannel = (name: MethodName): string => `${IPC_PREFIX}${name}`;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
