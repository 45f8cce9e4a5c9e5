#!/usr/bin/env node
// Runs before `npm start`. Electron 42 fetches its runtime lazily, on the first require('electron'),
// but electron-vite 6 reads node_modules/electron/path.txt directly and stops with "Electron
// uninstall" when that has not happened yet. Fetching here, not in a postinstall, keeps `npm ci`
// working on machines that cannot reach Electron's download server.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const WEB_HINT = 'run `npm run web` to use Briefwright in your browser instead';

/** One sentence on stderr, then a non-zero exit: the only way this script fails. */
function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}

function electronPackageDir() {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return stop(`Electron is not installed: run \`npm install\` first, or ${WEB_HINT}.`);
  }
}

function runtimeIsPresent(dir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/** The installer prints a stack; keep only what a person can act on. */
function reasonFrom(output) {
  if (/fetch failed|ENOTFOUND|ECONN|EAI_AGAIN|ETIMEDOUT|socket|network/i.test(output)) {
    return ' (its download server could not be reached)';
  }
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /error/i.test(l));
  return line ? ` (${line.replace(/\.$/, '').slice(0, 160)})` : '';
}

const dir = electronPackageDir();
if (!runtimeIsPresent(dir)) {
  const installer = join(dir, 'install.js');
  if (!existsSync(installer)) {
    stop(`This Electron package cannot fetch its runtime; reinstall it, or ${WEB_HINT}.`);
  }
  console.log("Fetching Electron's runtime (first start only)…");
  const result = spawnSync(process.execPath, [installer], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0 || !runtimeIsPresent(dir)) {
    const reason = reasonFrom(`${result.stderr ?? ''}\n${result.error?.message ?? ''}`);
    stop(`Briefwright could not download Electron's runtime${reason}; ${WEB_HINT}.`);
  }
}
