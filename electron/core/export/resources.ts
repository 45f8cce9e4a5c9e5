import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `resources/` folder (fonts, CSL styles). Found by walking up from this module, so it works
 * from the TypeScript sources (tests, CLI, browser host) and from the bundled Electron build.
 */
export function defaultResourcesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('Briefwright resources (fonts, citation styles) are missing.');
}
