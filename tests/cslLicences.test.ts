import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResourcesDir } from '../electron/core/export/resources';

describe('bundled citation styles', () => {
  const dir = join(defaultResourcesDir(), 'csl');
  const licence = readFileSync(join(dir, 'LICENSE.md'), 'utf8');
  const files = readdirSync(dir).filter((f) => /\.(csl|xml)$/.test(f));

  it('ship six styles and a locale, each listed in the licence file with its CC BY-SA rights', () => {
    expect(files.filter((f) => f.endsWith('.csl'))).toHaveLength(6);
    expect(licence).toContain('https://creativecommons.org/licenses/by-sa/3.0/');
    for (const file of files) {
      expect(licence, file).toContain(`\`${file}\``);
      expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(
        /<rights license="http:\/\/creativecommons\.org\/licenses\/by-sa\/3\.0\/">/,
      );
    }
  });
});
