import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('briefwright CLI', () => {
  it('info --json prints the version and the database path', async () => {
    const dir = tempDir();
    const { code, out } = await cli('info', '--json', '--data-dir', dir);
    expect(code).toBe(0);
    const info = JSON.parse(out) as { version: string; databasePath: string };
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.databasePath).toBe(join(dir, 'library.sqlite'));
  });

  it('--help lists the commands; an unknown command exits 2', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('info');
    const unknown = await cli('frobnicate', '--data-dir', tempDir());
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
  });

  it('exits with a clear message for a library from a newer version', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'library.sqlite'));
    db.pragma('user_version = 9999');
    db.close();
    const { code, err } = await cli('info', '--data-dir', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/newer version of Briefwright/);
  });
});
