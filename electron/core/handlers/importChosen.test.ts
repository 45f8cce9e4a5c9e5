import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir, SEED_REPORT } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { walkImportPaths } from '../importers/walkImportPaths';
import { openCore } from '../context';
import { dispatch } from '../rpc/dispatch';
import { createHandlers } from './index';

const tempDir = useTempDirs();

describe('sources.importChosen', () => {
  it('imports what the folder walk found and reports each entry it did not follow', async () => {
    const folder = join(tempDir(), 'chosen');
    mkdirSync(folder);
    copyFileSync(join(seedsDir, SEED_REPORT), join(folder, 'report.txt'));
    symlinkSync('/etc/passwd', join(folder, 'passwd.txt'));
    symlinkSync('.', join(folder, 'loop'));
    const core = openCore({ dataDir: tempDir(), sample: false });
    try {
      const handlers = createHandlers(core, { chooseImportPaths: () => walkImportPaths([folder]) });
      const result = await dispatch(handlers, 'sources.importChosen', {}, () => {});
      expect(result.ok).toBe(true);
      const report = (result as { value: { imported: number; failed: number; results: unknown[] } })
        .value;
      expect(report).toMatchObject({ imported: 1, failed: 2 });
      expect(report.results).toEqual([
        expect.objectContaining({ name: 'report.txt', status: 'imported' }),
        {
          name: join(folder, 'loop'),
          status: 'failed',
          reason: 'A link to a folder inside the chosen folder is not followed.',
        },
        {
          name: join(folder, 'passwd.txt'),
          status: 'failed',
          reason: 'A link to outside the chosen folder is not followed.',
        },
      ]);
    } finally {
      core.close();
    }
  });

  it('imports a folder larger than one read group, every file once and in folder order', async () => {
    const folder = join(tempDir(), 'many');
    mkdirSync(folder);
    const names = Array.from({ length: 120 }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
    names.forEach((name, i) =>
      writeFileSync(
        join(folder, name),
        `Field note ${i}: the ferry left the harbour at ${i} past.`,
      ),
    );
    const core = openCore({ dataDir: tempDir(), sample: false });
    try {
      const handlers = createHandlers(core, { chooseImportPaths: () => walkImportPaths([folder]) });
      const result = await dispatch(handlers, 'sources.importChosen', {}, () => {});
      const report = (
        result as { value: { imported: number; failed: number; results: { name: string }[] } }
      ).value;
      expect(report).toMatchObject({ imported: 120, failed: 0 });
      expect(report.results.map((r) => r.name)).toEqual(names);
    } finally {
      core.close();
    }
  });
});
