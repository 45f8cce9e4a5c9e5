import { describe, expect, it } from 'vitest';
import type { IntegrityReport } from '../../../shared/model/integrity';
import { changeLibrary, citingNote } from '../../../tests/integrityFixture';
import { useTempDirs } from '../../../tests/tempDir';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('briefwright verify', () => {
  it('passes a note whose citations match the library', async () => {
    const dir = tempDir();
    const f = await citingNote(dir);
    f.lib.core.close();
    const { code, out } = await cli('--data-dir', dir, 'verify', String(f.note.id));
    expect(out).toContain('verified: all 4 cited item(s), 2 quotation(s)');
    expect(code).toBe(0);
  });

  it('reports a changed excerpt, a changed likelihood, a re-marked source and a deleted source, then passes after Refresh', async () => {
    const dir = tempDir();
    const f = await citingNote(dir);
    await changeLibrary(f);
    f.lib.core.close();

    const text = await cli('--data-dir', dir, 'verify', String(f.note.id));
    expect(text.code).toBe(1);
    expect(text.out).toContain(
      'NOT VERIFIED: 3 changed in library, 0 not in the current version of the source, 1 removed',
    );
    expect(text.out).toContain(`excerpt ${f.excerpt.id} “Rubio played a more diminutive role`);
    expect(text.out).toContain('changed in library: quote');
    expect(text.out).toContain('changed in library: likelihood');
    expect(text.out).toContain('changed in library: marking');
    expect(text.out).toContain('excerpt removed from the library');

    const json = await cli('--data-dir', dir, 'verify', String(f.note.id), '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as IntegrityReport;
    const byKind = Object.fromEntries(report.items.map((i) => [`${i.kind}:${i.id}`, i]));
    expect(byKind[`excerpt:${f.excerpt.id}`]).toMatchObject({
      state: 'changed',
      changes: ['quote'],
    });
    expect(byKind[`claim:${f.claim.id}`]).toMatchObject({
      state: 'changed',
      changes: ['likelihood'],
    });
    expect(byKind[`source:${f.essayId}`]).toMatchObject({ state: 'changed', changes: ['marking'] });
    expect(report.items.find((i) => i.state === 'removed')).toMatchObject({ kind: 'excerpt' });

    const refreshed = await cli('--data-dir', dir, 'verify', String(f.note.id), '--refresh');
    expect(refreshed.code).toBe(0);
    const again = await cli('--data-dir', dir, 'verify', String(f.note.id));
    expect(again.code).toBe(0);
    expect(again.out).toContain('verified: all 3 cited item(s), 1 quotation(s)');
  });

  it('reports a quote that is not in the current version of its source, which Refresh cannot fix', async () => {
    const dir = tempDir();
    const f = await citingNote(dir);
    await f.lib.call('sources.reimport', {
      id: f.reportId,
      file: {
        name: 'report.txt',
        dataBase64: Buffer.from('A different report entirely.').toString('base64'),
      },
    });
    f.lib.core.close();
    const refreshed = await cli('--data-dir', dir, 'verify', String(f.note.id), '--refresh');
    expect(refreshed.code).toBe(1);
    expect(refreshed.out).toContain('not in the current version of the source');
  });
});
