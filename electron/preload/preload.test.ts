import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('preload bundle', () => {
  it('requires nothing but electron, since a sandboxed preload can load nothing else', () => {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
      cwd: repo,
      stdio: 'ignore',
    });
    const bundle = readFileSync(`${repo}/out/preload/index.cjs`, 'utf8');
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(bundle).toContain('exposeInMainWorld');
  });
});
