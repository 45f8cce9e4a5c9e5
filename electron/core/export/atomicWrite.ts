import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/errors';

/** Turns a file-system failure into a message a person can act on. */
export function describeWriteError(error: unknown, path: string): ApiError {
  const code = (error as { code?: unknown } | null)?.code;
  const folder = dirname(path);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError(
        'io_error',
        `The disk is full: ${basename(path)} was not written. Any earlier file there is unchanged.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError('io_error', `Cannot write to the folder ${folder}: permission denied.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('io_error', `The folder ${folder} does not exist.`);
    case 'EISDIR':
      return new ApiError('io_error', `${path} is a folder, not a file.`);
    default:
      return new ApiError('io_error', `Could not write ${path}: ${(error as Error).message}`);
  }
}

/**
 * Writes a file so that readers see either the old file or the complete new one, never a part:
 * a temporary file in the same folder, flushed to disk, renamed over the target, then the folder
 * itself flushed so the rename survives a power cut.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | AsyncIterable<Uint8Array>,
): Promise<void> {
  const folder = dirname(path);
  try {
    await access(folder, constants.W_OK);
    const existing = await stat(path).catch(() => null);
    if (existing?.isDirectory())
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw describeWriteError(error, path);
  }
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw describeWriteError(error, path);
  }
  // Flushing a folder is not supported everywhere (e.g. Windows); the file is already complete.
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* best effort */
  }
}
