import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

/**
 * The files and folders a launch was given to open (`briefwright report.pdf`, a file dropped on
 * the app's icon), from its command line. Switches, the executable, the app's own folder (a
 * development launch passes it) and anything that does not exist are left out.
 */
export async function launchFiles(
  argv: readonly string[],
  workingDirectory: string,
  appPath: string,
): Promise<string[]> {
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.trim() === '') continue;
    const path = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    if (path === resolve(appPath)) continue;
    const info = await stat(path).catch(() => null);
    if (info?.isFile() || info?.isDirectory()) found.push(path);
  }
  return found;
}
