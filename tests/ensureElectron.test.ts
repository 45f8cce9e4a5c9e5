import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './tempDir';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const script = join(repoRoot, 'scripts', 'ensure-electron.mjs');
const realElectron = join(repoRoot, 'node_modules', 'electron');

/**
 * A project folder holding a copy of the electron package without its runtime, so the test does
 * not depend on whether this machine has fetched Electron before. Its installer's own dependencies
 * resolve from the repository through NODE_PATH.
 */
function projectWithoutRuntime(root: string): string {
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
    copyFileSync(join(realElectron, file), join(electronDir, file));
  }
  writeFileSync(join(root, 'package.json'), '{"name":"fixture","private":true}');
  return electronDir;
}

function runPrestart(cwd: string, env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [script], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...base,
      NODE_PATH: join(repoRoot, 'node_modules'),
      // A closed port on this machine: the download fails at once, online or not.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(cwd, 'electron-cache'),
      ...env,
    },
  });
}

describe('prestart: ensure-electron', () => {
  const tempDir = useTempDirs();

  it('stops with one sentence naming `npm run web` when the download cannot be reached', () => {
    const dir = tempDir();
    projectWithoutRuntime(dir);
    const result = runPrestart(dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Briefwright could not download Electron's runtime \(its download server could not be reached\); run `npm run web`/,
    );
    expect(lines[0]).not.toMatch(/\bat \S+ \(/);
  });

  it('does nothing, and needs no network, when the runtime is already there', () => {
    const dir = tempDir();
    const electronDir = projectWithoutRuntime(dir);
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'dist', 'electron'), '');
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    const result = runPrestart(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
  });

  it('tells a newcomer to install first when there is no electron package', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"name":"fixture","private":true}');
    const result = runPrestart(dir, { NODE_PATH: '' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Electron is not installed: run `npm install` first/);
  });
});
