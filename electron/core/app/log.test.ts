import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../../tests/tempDir';
import { installLog, LOG_DIR, logPathFor, openLog, reportError } from './log';

const tempDir = useTempDirs();

describe('rotating log', () => {
  it('writes errors with their stack and where they happened into the data folder', () => {
    const dir = tempDir();
    const log = openLog(dir);
    expect(log.path).toBe(logPathFor(dir));
    log.error('main', new Error('the disk went away'));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT.* ERROR \[main\] Error: the disk went away\n\s+at /);
  });

  it('rotates at the size limit and keeps only the newest files', () => {
    const dir = tempDir();
    const log = openLog(dir, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 20; i++) log.info(`line ${i} `.padEnd(60, '.'));
    expect(readdirSync(join(dir, LOG_DIR)).sort()).toEqual([
      'briefwright.log',
      'briefwright.log.1',
      'briefwright.log.2',
    ]);
    expect(readFileSync(log.path, 'utf8')).toContain('line 19');
    expect(readFileSync(`${log.path}.2`, 'utf8')).not.toContain('line 0 ');
  });

  it('reportError reaches the installed log', () => {
    const dir = tempDir();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installLog(openLog(dir));
    reportError('export worker', new Error('layout failed'));
    installLog(null);
    quiet.mockRestore();
    expect(readFileSync(logPathFor(dir), 'utf8')).toContain('[export worker] Error: layout failed');
  });
});
