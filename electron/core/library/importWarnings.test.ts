import { describe, expect, it } from 'vitest';
import { openTestLibrary, upload } from '../../../tests/library';
import { useTempDirs } from '../../../tests/tempDir';
import { checkedText } from './importService';

const tempDir = useTempDirs();

describe('text that cannot be decoded exactly is reported', () => {
  it('a UTF-8 file with one broken byte stays UTF-8 and the import warns about it', async () => {
    const lib = openTestLibrary(tempDir());
    try {
      const bytes = Buffer.concat([
        Buffer.from('Порт закрыт. Суда ждут на рейде. '),
        Buffer.from([0xff]),
        Buffer.from(' Пилоты вернулись.'),
      ]);
      const report = await lib.call('sources.import', { files: [upload('port.txt', bytes)] });
      expect(report.results[0]).toMatchObject({
        status: 'imported',
        warnings: ['1 character could not be decoded and shows as “\ufffd”.'],
      });
      const source = await lib.call('sources.get', { id: report.results[0]!.sourceId! });
      expect(source.text).toContain('Суда ждут на рейде. \ufffd Пилоты');

      const clean = await lib.call('sources.import', {
        files: [upload('clean.txt', 'Nothing odd here.')],
      });
      expect(clean.results[0]!.warnings).toBeUndefined();
    } finally {
      lib.core.close();
    }
  });

  it('lone surrogates are replaced and counted, pairs are kept', () => {
    expect(checkedText('a\ud800b\udc00c 🚢')).toEqual({
      text: 'a\ufffdb\ufffdc 🚢',
      warnings: ['2 lone surrogate code units were replaced with “\ufffd”.'],
    });
  });
});
