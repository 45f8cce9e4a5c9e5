// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary before it is
// signed, so the switches below cannot be turned back on from outside the app.
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import { join } from 'node:path';

const ARM64 = 3; // electron-builder's Arch.arm64

/** The fuses for a platform. ASAR integrity is checked only on macOS and Windows. */
export function fusesFor(platform) {
  return {
    version: FuseVersion.V1,
    // The app is never a plain Node: the CLI runs on Node itself, not on the app's binary.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      platform === 'darwin' || platform === 'win32',
  };
}

/** Where the packaged Electron binary is for a platform (for macOS, the .app bundle). */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  await flipFuses(packagedBinary(context), {
    ...fusesFor(platform),
    // Flipping fuses invalidates an ad-hoc signature; Apple silicon refuses unsigned binaries.
    resetAdHocDarwinSignature: platform === 'darwin' && context.arch === ARM64,
  });
}
