import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTempDirs } from './tempDir';

const root = fileURLToPath(new URL('..', import.meta.url));
const tempDir = useTempDirs();
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  files: string[];
  extraResources: { from: string; to: string }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  icon: string;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
}
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** A stand-in for an Electron binary: just the fuse wire, every fuse on, as Electron ships it. */
function fakeElectronBinary(path: string): void {
  const wire = Buffer.alloc(9, FuseState.ENABLE);
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('ELF-ish padding before the wire '),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, wire.length]),
      wire,
      Buffer.from(' and after it'),
    ]),
  );
}

describe('installable packages', () => {
  it('ships resources/, unpacks better-sqlite3, rebuilds it for Electron and names every target', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.extraResources).toContainEqual({ from: 'resources', to: 'resources' });
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toContain('out/**');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.icon).toBe('build/icon.png');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      main: string;
      productName: string;
    };
    // Electron names the data folder after productName: the same folder in development and packaged.
    expect(pkg.productName).toBe('Briefwright');
    expect(pkg.scripts.dist).toMatch(/npm run build && npm run icons && electron-builder/);
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it("passes electron-builder's own schema, and its command line runs", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, linux: { targets: ['AppImage'] } }, { isEnabled: false }),
    ).rejects.toThrow(/does not match the API schema/);

    const help = execFileSync('npx', ['electron-builder', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(help).toContain('--linux');
  });

  it('flips the fuses in the packaged binary: no run-as-node, cookie encryption, asar integrity', async () => {
    const hook = pathToFileURL(join(root, 'scripts/afterPack.mjs')).href;
    const { default: afterPack } = (await import(hook)) as {
      default: (context: unknown) => Promise<void>;
    };
    const context = (platform: string, appOutDir: string) => ({
      appOutDir,
      electronPlatformName: platform,
      arch: 1,
      packager: { appInfo: { productFilename: 'Briefwright' }, executableName: 'briefwright' },
    });

    const linux = tempDir();
    fakeElectronBinary(join(linux, 'briefwright'));
    await afterPack(context('linux', linux));
    const linuxWire = await getCurrentFuseWire(join(linux, 'briefwright'));
    expect(linuxWire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(linuxWire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(linuxWire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(linuxWire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(linuxWire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.DISABLE);

    const windows = tempDir();
    fakeElectronBinary(join(windows, 'Briefwright.exe'));
    await afterPack(context('win32', windows));
    const windowsWire = await getCurrentFuseWire(join(windows, 'Briefwright.exe'));
    expect(windowsWire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(windowsWire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });

  it('rasterises the one SVG icon to the PNG the installers are made from', () => {
    const out = join(tempDir(), 'icon.png');
    execFileSync(process.execPath, [join(root, 'scripts/icons.mjs'), out], { stdio: 'ignore' });
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});
