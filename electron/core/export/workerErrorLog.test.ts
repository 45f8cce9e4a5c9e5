import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorState, paragraph, text } from '../../../tests/exportNotes';
import { useTempDirs } from '../../../tests/tempDir';
import { installLog, logPathFor, openLog } from '../app/log';
import { bundledStyleXml } from './citationStyles';
import { defaultResourcesDir } from './resources';
import { runPdfJob } from './runPdfJob';

const tempDir = useTempDirs();
afterEach(() => installLog(null));

describe('export worker errors', () => {
  it('reach the log file with the stack from inside the worker', async () => {
    const dataDir = tempDir();
    installLog(openLog(dataDir));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(
      runPdfJob({
        title: 'Broken',
        content: editorState([paragraph(text('words'))]),
        options: {
          paper: 'A4',
          marking: null,
          confirmLowerMarking: false,
          toc: false,
          sourcesList: true,
          style: 'ieee',
          notes: 'footnotes',
          portionMarks: false,
          markEveryPortion: false,
          tagKeywords: false,
          evidenceAnnex: false,
          author: 'W',
        },
        banner: '',
        exportedAt: new Date().toISOString(),
        keywords: [],
        schemeId: 'tlp',
        resourcesDir: '/nonexistent/briefwright-resources',
        csl: bundledStyleXml(defaultResourcesDir(), 'ieee'),
      }),
    ).rejects.toThrow();
    quiet.mockRestore();
    const logged = readFileSync(logPathFor(dataDir), 'utf8');
    expect(logged).toMatch(/ERROR \[export worker\] .*nonexistent\/briefwright-resources/);
    expect(logged).toMatch(/\n\s+at /);
  });
});
