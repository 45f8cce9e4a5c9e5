import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchRow, BenchSuite } from './types';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = join(ROOT, 'tests/fixtures/readability-pages');
const SEEDS_DIR = resolve(ROOT, '../shared/seeds');
const CLI = join(ROOT, 'electron/hosts/cli.ts');

/** Batch sizes: the 130 pages and the 1,000 of the memory target, to show memory is flat. */
const BATCHES = (process.env.BENCH_WEB_PAGES ?? '130,1000').split(',').map(Number);

/** Real saved pages: Readability's test corpus, plus any saved page among the shared seeds. */
function realPages(): { name: string; html: string }[] {
  const from = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.html?$/i.test(f) && !f.endsWith('.expected.html'))
          .map((f) => ({
            name: f.replace(/\.html?$/i, ''),
            html: readFileSync(join(dir, f), 'utf8'),
          }))
      : [];
  return [...from(PAGES_DIR), ...from(SEEDS_DIR)];
}

/**
 * Copy `n` of a page differs in its text, not only in its bytes: each paragraph opens with the
 * copy's number, so every file is a new source and the whole pipeline (parse, insert, index) runs.
 */
const variant = (html: string, copy: number): string =>
  copy === 0 ? html : html.replace(/<p(\s[^>]*)?>/gi, (tag) => `${tag}Copy ${copy}. `);

function writeCorpus(dir: string, count: number): void {
  const pages = realPages();
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length]!;
    const copy = Math.floor(i / pages.length);
    const file = `${String(i).padStart(5, '0')}-${page.name}.html`;
    writeFileSync(join(dir, file), variant(page.html, copy));
  }
}

interface ImportRun {
  seconds: number;
  /** User and system CPU time of the process and its threads: less swayed by other load. */
  cpuSeconds: number;
  peakMb: number;
  imported: number;
  duplicates: number;
  failed: number;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS = 100;

const kbField = (status: string, field: string): number =>
  Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? 0);

/**
 * Runs the CLI's `import` in its own process, as a user would, and samples that process's peak
 * resident memory (VmHWM). Its import workers are threads of the same process, so the figure
 * covers them too.
 */
async function importInChild(dataDir: string, folder: string): Promise<ImportRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, '--data-dir', dataDir, '--no-sample', 'import', folder, '--json'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let peakKb = 0;
  let cpuTicks = 0;
  const sample = async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, kbField(status, 'VmHWM'), kbField(status, 'VmRSS'));
      // Fields 14 and 15 of stat (utime, stime), counted after the parenthesised command name.
      const stat = (await readFile(`/proc/${child.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      cpuTicks = Math.max(cpuTicks, Number(stat[11]) + Number(stat[12]));
    } catch {
      // The process has just ended.
    }
  };
  const sampler = setInterval(() => void sample(), 20);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const text = Buffer.concat(out).toString('utf8');
  if (!text.trim().startsWith('['))
    throw new Error(`import exited ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`);
  const results = JSON.parse(text) as { status: string }[];
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return {
    seconds,
    cpuSeconds: cpuTicks / CLOCK_TICKS,
    peakMb: peakKb / 1024,
    imported: count('imported'),
    duplicates: count('duplicate'),
    failed: count('failed'),
  };
}

export const webImportSuite: BenchSuite = {
  name: 'web-import',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const work = mkdtempSync(join(tmpdir(), 'briefwright-web-import-'));
    try {
      for (const pages of BATCHES) {
        const folder = join(work, `pages-${pages}`);
        writeCorpus(folder, pages);
        const dataDir = join(work, `library-${pages}`);
        const run = await importInChild(dataDir, folder);
        console.error(
          `web-import ${pages}: ${run.imported} imported, ${run.duplicates} duplicates, ${run.failed} failed in ${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} s of CPU), peak ${run.peakMb.toFixed(0)} MB`,
        );
        // The same folder again: every file's bytes are in the library, so none is read.
        const again = await importInChild(dataDir, folder);
        console.error(
          `web-import ${pages} again: ${again.duplicates} duplicates, ${again.imported} imported in ${again.seconds.toFixed(1)} s (${again.cpuSeconds.toFixed(1)} s of CPU), peak ${again.peakMb.toFixed(0)} MB`,
        );
        const area = 'web import';
        rows.push(
          {
            area,
            metric: `${pages} saved pages, full CLI import (pages/s)`,
            value: pages / run.seconds,
            unit: 'pages/s',
            limit: { min: 20 },
          },
          {
            area,
            metric: `${pages} saved pages imported again, all already in the library (pages/s)`,
            value: pages / again.seconds,
            unit: 'pages/s',
          },
          {
            area,
            metric: `${pages} saved pages, CPU time per page (all threads)`,
            value: (run.cpuSeconds * 1000) / pages,
            unit: 'ms',
          },
          {
            area,
            metric: `${pages} saved pages, peak memory of the importing process`,
            value: Math.round(run.peakMb),
            unit: 'MB',
            limit: { max: 600 },
          },
        );
        rmSync(folder, { recursive: true, force: true });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return rows;
  },
};
