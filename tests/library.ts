import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type CoreContext } from '../electron/core/context';
import { createHandlers, type Handlers } from '../electron/core/handlers';
import { dispatch } from '../electron/core/rpc/dispatch';
import type { ApiInput, ApiOutput, MethodName } from '../shared/api';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The shared sample articles: `shared/seeds` beside the checkout (or one level further up). */
export const seedsDir =
  [
    resolve(repoRoot, '..', 'shared', 'seeds'),
    resolve(repoRoot, '..', '..', 'shared', 'seeds'),
  ].find(existsSync) ?? resolve(repoRoot, '..', 'shared', 'seeds');
export const SEED_REPORT = '000_3112edc9cc4ce4f8.txt';
export const SEED_ESSAY = '003_71ea8715fee9ecb5.txt';
export const readSeed = (name: string): Buffer => readFileSync(join(seedsDir, name));

export interface TestLibrary {
  core: CoreContext;
  handlers: Handlers;
  /** Calls the contract like a transport does; throws `{code, message}` text on failure. */
  call<M extends MethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  /** The error body of a call expected to fail. */
  fail<M extends MethodName>(
    method: M,
    input: ApiInput<M>,
  ): Promise<{ code: string; message: string }>;
}

/** A library in `dataDir`, empty unless `sample: true`. */
export function openTestLibrary(
  dataDir: string,
  options: { maxImportBytes?: number; sample?: boolean } = {},
): TestLibrary {
  const core = openCore({ dataDir, sample: false, ...options });
  const handlers = createHandlers(core);
  return {
    core,
    handlers,
    async call(method, input) {
      const result = await dispatch(handlers, method, input, () => {});
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(handlers, method, input, () => {});
      if (result.ok) throw new Error(`${method} was expected to fail`);
      return result.error;
    },
  };
}

export const upload = (name: string, bytes: Buffer | string) => ({
  name,
  dataBase64: Buffer.from(bytes).toString('base64'),
});
