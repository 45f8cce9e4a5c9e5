import { describe, expect, it } from 'vitest';
import { openTestLibrary, upload } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { exportDefaults, planExport } from './exportNote';
import { exportOptionsSchema } from '../../../shared/api/export';

const tempDir = useTempDirs();

const snapshotSource = (sourceId: number, marking: string | null) => ({
  sourceId,
  title: 'Snapshot title',
  author: null,
  outlet: null,
  publishedAt: null,
  url: null,
  marking,
});
const excerptNode = (excerptId: number, sourceId: number, marking: string | null) => ({
  type: 'bw-excerpt',
  version: 1,
  excerptId,
  quote: 'Ships waited.',
  locator: null,
  marking,
  source: snapshotSource(sourceId, marking),
});
const state = (...children: object[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });

describe('the banner comes from the library', () => {
  it('rolls up current library markings, not the snapshots, and refuses oversized or unknown strings', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const report = await lib.call('sources.import', {
        files: [upload('port.txt', 'Ships waited outside the harbour for two days.')],
        marking: 'TLP:AMBER',
      });
      const sourceId = report.results[0]!.sourceId!;
      const excerpt = await lib.call('excerpts.create', { sourceId, quote: 'Ships waited' });
      // Stored directly (the API would refuse these snapshots): a 5,000-character "marking" and
      // an unknown one on a deleted excerpt, and a stale CLEAR snapshot of a live excerpt.
      const note = lib.core.notes.create(
        'Snapshots',
        state(
          excerptNode(excerpt.id, sourceId, 'TLP:CLEAR'),
          excerptNode(9999, 8888, 'X'.repeat(5000)),
          excerptNode(9998, 8887, 'SECRET//NOFORN'),
        ),
      );

      const defaults = exportDefaults(lib.core, note.id);
      expect(defaults.marking).toBe('TLP:AMBER');
      expect(defaults.citedMarkings).toEqual(['TLP:AMBER']);
      // The snapshots differ from the library, so the export needs them acknowledged.
      const plan = planExport(
        lib.core,
        note.id,
        exportOptionsSchema.parse({
          acknowledged: [`excerpt:${excerpt.id}`, 'excerpt:9999', 'excerpt:9998'],
        }),
      );
      expect(plan.job.banner).toBe('TLP:AMBER');
      expect(plan.job.banner.length).toBeLessThanOrEqual(40);
      expect(plan.warnings.join(' ')).toContain('SECRET//NOFORN');
      expect(plan.warnings.join(' ')).toContain(`"${'X'.repeat(40)}…"`);

      // The library changes; the banner follows it although the note's snapshot did not change.
      await lib.call('sources.update', { id: sourceId, marking: 'TLP:RED' });
      expect(exportDefaults(lib.core, note.id).marking).toBe('TLP:RED');

      // A deleted excerpt's snapshot still counts when it is a marking of the scheme.
      const other = lib.core.notes.create('Deleted', state(excerptNode(7777, 6666, 'TLP:GREEN')));
      expect(exportDefaults(lib.core, other.id).marking).toBe('TLP:GREEN');
    } finally {
      lib.core.close();
    }
  });
});
