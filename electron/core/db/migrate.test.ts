import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { openDatabase } from './connection';
import { LATEST_SCHEMA_VERSION } from './migrations';

const tempDir = useTempDirs();
const connection = fileURLToPath(new URL('./connection.ts', import.meta.url));

/** Opens the library in a process of its own; resolves with its exit code and what it printed. */
function openInProcess(
  path: string,
  startAt: number,
): Promise<{ code: number | null; output: string }> {
  // Every process waits for the same moment, so they all find the library new at once.
  const script = `const { openDatabase } = await import(${JSON.stringify(connection)});
    while (Date.now() < ${startAt}) {}
    openDatabase(${JSON.stringify(path)}).close();`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('migrate', () => {
  it('lets several processes open a new library at once: each migration runs exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const path = join(tempDir(), 'library.sqlite');
      const startAt = Date.now() + 4_000;
      const results = await Promise.all(
        Array.from({ length: 4 }, () => openInProcess(path, startAt)),
      );
      for (const result of results) expect(result).toEqual({ code: 0, output: '' });
      const db = openDatabase(path);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      db.close();
    }
  }, 60_000);
});
