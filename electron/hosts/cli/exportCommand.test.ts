import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/context';
import { citation, editorState, paragraph, source, text } from '../../../tests/exportNotes';
import { pdfInfo, pdfText } from '../../../tests/pdfText';
import { useTempDirs } from '../../../tests/tempDir';
import { runCli } from './runCli';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function libraryWithNote(dir: string): number {
  const core = openCore({ dataDir: dir });
  try {
    // Source 901 is not in the library, so the banner rolls up the note's own snapshot.
    return core.notes.create(
      'CLI brief',
      editorState([paragraph(text('Cited here.'), citation(source(901, 'Src', 'TLP:AMBER')))]),
    ).id;
  } finally {
    core.close();
  }
}

describe('briefwright export', () => {
  it('writes the PDF with the chosen paper, marking and table of contents', async () => {
    const dir = tempDir();
    const id = libraryWithNote(dir);
    const out = join(dir, 'out.pdf');
    const { code, out: stdout } = await cli(
      '--data-dir',
      dir,
      'export',
      String(id),
      '-o',
      out,
      '--paper',
      'Letter',
      '--marking',
      'TLP:RED',
      '--toc',
      '--style',
      'apa',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ path: out, pages: 1, marking: 'TLP:RED' });
    expect(pdfInfo(out)['Page size']).toContain('612 x 792');
    const textOut = pdfText(out);
    expect(textOut).toContain('Contents');
    expect(textOut.split('\n')[0]!.trim()).toBe('TLP:RED');
  });

  it('refuses a lower banner without confirmation, and bad arguments, with clear messages', async () => {
    const dir = tempDir();
    const id = libraryWithNote(dir);
    const out = join(dir, 'out.pdf');
    const lower = await cli(
      '--data-dir',
      dir,
      'export',
      String(id),
      '-o',
      out,
      '--marking',
      'TLP:CLEAR',
    );
    expect(lower.code).toBe(1);
    expect(lower.err).toContain('needs your confirmation');
    expect(existsSync(out)).toBe(false);
    const paper = await cli('--data-dir', dir, 'export', String(id), '-o', out, '--paper', 'A3');
    expect(paper).toMatchObject({
      code: 2,
      err: expect.stringContaining('--paper must be one of'),
    });
    const noOut = await cli('--data-dir', dir, 'export', String(id));
    expect(noOut.code).toBe(2);
    const missing = await cli('--data-dir', dir, 'export', '999', '-o', out);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('no note with id 999') });
  });
});
