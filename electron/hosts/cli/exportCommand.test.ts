import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/context';
import { citation, editorState, paragraph, source, text } from '../../../tests/exportNotes';
import { pdfInfo, pdfText } from '../../../tests/pdfText';
import { useTempDirs } from '../../../tests/tempDir';
import { changeLibrary, citingNote } from '../../../tests/integrityFixture';
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
      '--accept-unverified',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ path: out, pages: 1, marking: 'TLP:RED' });
    expect(pdfInfo(out)['Page size']).toContain('612 x 792');
    const textOut = pdfText(out);
    expect(textOut).toContain('Contents');
    expect(textOut.split('\n')[0]!.trim()).toBe('TLP:RED');
  });

  it('writes a Word file with --format docx', async () => {
    const dir = tempDir();
    const id = libraryWithNote(dir);
    const out = join(dir, 'brief.docx');
    const { code, out: stdout } = await cli(
      '--data-dir',
      dir,
      'export',
      String(id),
      '--format',
      'docx',
      '--style',
      'apa',
      '-o',
      out,
      '--accept-unverified',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${out} (TLP:AMBER)`);
    const words = (await mammoth.extractRawText({ path: out })).value;
    expect(words).toContain('Cited here. (Src, n.d.)');
    expect(words).toContain('References');
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
      '--accept-unverified',
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

  it('refuses a note with unverified citations unless --accept-unverified, and prints the integrity statement only when all verify', async () => {
    const dir = tempDir();
    const f = await citingNote(dir);
    const noteId = String(f.note.id);
    f.lib.core.close();
    const verifiedPdf = join(dir, 'verified.pdf');
    const ok = await cli('--data-dir', dir, 'export', noteId, '-o', verifiedPdf);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(
      /All 2 quotations verified against their sources on \d{1,2} \w{3} \d{4}\./,
    );
    expect(pdfText(verifiedPdf)).toContain('All 2 quotations verified against their sources on');

    const reopened = await import('../../../tests/library').then((m) => m.openTestLibrary(dir));
    await changeLibrary({ ...f, lib: reopened });
    reopened.core.close();

    const refusedPdf = join(dir, 'refused.pdf');
    const refused = await cli('--data-dir', dir, 'export', noteId, '-o', refusedPdf);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('NOT VERIFIED: 3 changed in library');
    expect(refused.err).toContain('--accept-unverified');
    expect(existsSync(refusedPdf)).toBe(false);

    const acceptedPdf = join(dir, 'accepted.pdf');
    const accepted = await cli(
      '--data-dir',
      dir,
      'export',
      noteId,
      '-o',
      acceptedPdf,
      '--accept-unverified',
    );
    expect(accepted.code).toBe(0);
    expect(pdfText(acceptedPdf)).not.toContain('verified against');

    const core = openCore({ dataDir: dir });
    try {
      const { createExportLog } = await import('../../core/export/exportLog');
      const [latest, first] = createExportLog(core.db).forNote(f.note.id);
      expect(latest!.integrity).toMatchObject({
        verified: false,
        statement: null,
        counts: { changed: 3, removed: 1 },
      });
      expect(latest!.integrity!.acknowledged).toHaveLength(4);
      expect(first!.integrity).toMatchObject({ verified: true, acknowledged: [], quotations: 2 });
    } finally {
      core.close();
    }
  });
  it('Ctrl+C stops a running export: no file, exit 130, a clear message', async () => {
    const dir = tempDir();
    const core = openCore({ dataDir: dir });
    const id = core.notes.create(
      'Long brief',
      editorState(
        Array.from({ length: 4_000 }, (_, i) =>
          paragraph(text(`Paragraph ${i}: the convoy crossed the river at dawn. `.repeat(6))),
        ),
      ),
    ).id;
    core.close();
    const out = join(dir, 'out.pdf');
    const err: string[] = [];
    let interrupt: (() => void) | undefined;
    const started = Date.now();
    const running = runCli(['--data-dir', dir, 'export', String(id), '-o', out], {
      out: () => undefined,
      err: (l) => err.push(l),
      onInterrupt(handler) {
        interrupt = handler;
        return () => (interrupt = undefined);
      },
    });
    await new Promise((r) => setTimeout(r, 800));
    expect(interrupt).toBeDefined();
    interrupt!();
    expect(await running).toBe(130);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(err.join('\n')).toContain('The export was cancelled.');
    expect(existsSync(out)).toBe(false);
    expect(interrupt).toBeUndefined();
  }, 30_000);
});
