import { describe, expect, it } from 'vitest';
import { openTestLibrary, upload } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { exportDefaults } from '../export/exportNote';

const tempDir = useTempDirs();

describe('input the library refuses clearly', () => {
  it('impossible dates are refused; real ones, partial ones and timestamps are kept', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const report = await lib.call('sources.import', { files: [upload('a.txt', 'Port memo.')] });
      const id = report.results[0]!.sourceId!;
      for (const bad of ['2024-13-45', '2023-02-29', '2024-04-31', '2024-00-10'])
        expect(await lib.fail('sources.update', { id, publishedAt: bad }), bad).toMatchObject({
          code: 'bad_request',
          message: expect.stringMatching(/no month|no day/),
        });
      for (const good of ['2024', '2024-02', '2024-02-29', '2025-06-03T08:30:00Z'])
        expect((await lib.call('sources.update', { id, publishedAt: good })).publishedAt).toBe(
          good,
        );
      // The search filters use the same rule.
      expect(await lib.fail('library.search', { text: 'memo', from: '2024-13-45' })).toMatchObject({
        code: 'bad_request',
      });
    } finally {
      lib.core.close();
    }
  });

  it('one excerpt cannot be both supporting and contradicting evidence of a claim', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const report = await lib.call('sources.import', {
        files: [upload('a.txt', 'Ships waited outside the harbour.')],
      });
      const excerpt = await lib.call('excerpts.create', {
        sourceId: report.results[0]!.sourceId!,
        quote: 'Ships waited',
      });
      const both = [
        { excerptId: excerpt.id, relation: 'supports' as const },
        { excerptId: excerpt.id, relation: 'contradicts' as const },
      ];
      expect(await lib.fail('claims.create', { text: 'Ships wait', evidence: both })).toEqual({
        code: 'bad_request',
        message: expect.stringContaining(
          `excerpt ${excerpt.id} cannot both support and contradict the same claim`,
        ),
      });
      const claim = await lib.call('claims.create', {
        text: 'Ships wait',
        evidence: [both[0]!],
      });
      expect(await lib.fail('claims.update', { id: claim.id, evidence: both })).toMatchObject({
        code: 'bad_request',
      });
      expect((await lib.call('claims.get', { id: claim.id })).evidence).toHaveLength(1);
    } finally {
      lib.core.close();
    }
  });

  it('the export author is empty until the user gives one (never the login name)', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const note = await lib.call('notes.create', { title: 'Brief' });
      expect(exportDefaults(lib.core, note.id).author).toBe('');
    } finally {
      lib.core.close();
    }
  });
});
