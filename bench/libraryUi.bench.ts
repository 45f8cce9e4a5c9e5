import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost } from '../e2e/host';
import { buildUiBenchLibrary } from './libraryUiFixture';
import { percentile, type BenchRow, type BenchSuite } from './types';

/**
 * The library pane in a real browser on the benchmark library: how long after the last keystroke
 * the results list shows the answer to the typed query. Size via BRIEFWRIGHT_BENCH_EXCERPTS.
 */
const QUERIES = [
  'drone',
  'sanctions',
  'ceasefire talks',
  'negotiat',
  'pipeline',
  'election',
  'grain exports',
  'missile',
  'border',
  'refugees',
  'inflation',
  'shipping',
  'energy',
  'troops',
  'diplomat',
  'harbour',
  'satellite',
  'cyber',
  'protest',
  'summit',
];

// In-page scripts are strings: the bundler's helpers (e.g. __name) do not exist in the page.
/**
 * Records, in the page, when the search box last received input and when the results list
 * first showed the answer to each query (observed at the DOM change itself).
 */
const RECORD = `
  window.lastInputAt = 0;
  window.shownAt = {};
  document.querySelector('input[role="searchbox"]')
    .addEventListener('input', () => { window.lastInputAt = performance.now(); });
  new MutationObserver(() => {
    const list = document.querySelector('[role="listbox"][data-query]');
    const empty = document.querySelector('.empty-state[role="status"][data-query]');
    const shown = list ? list.getAttribute('data-query') : empty ? empty.getAttribute('data-query') : null;
    if (shown !== null && !(shown in window.shownAt)) window.shownAt[shown] = performance.now();
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
`;

/** Resolves with the ms from the last input until the results for %QUERY% were shown. */
const WAIT_FOR_RESULTS = `new Promise((resolve, reject) => {
  const expected = %QUERY%;
  const started = performance.now();
  function check() {
    if (expected in window.shownAt) resolve(window.shownAt[expected] - window.lastInputAt);
    else if (performance.now() - started > 10000) reject(new Error('no results for ' + expected));
    else setTimeout(check, 20);
  }
  check();
})`;

/** Scrolls the results list by 120 px a frame (a fast flick) for 300 frames; frame times. */
const SCROLL_FRAMES = `new Promise((resolve) => {
  const list = document.querySelector('[role="listbox"]');
  list.scrollTop = list.scrollHeight / 2;
  const frames = [];
  let last = performance.now();
  let step = 0;
  function tick() {
    const now = performance.now();
    frames.push(now - last);
    last = now;
    list.scrollTop += 120;
    if (++step < 300) requestAnimationFrame(tick);
    else resolve(frames.slice(2));
  }
  requestAnimationFrame(tick);
})`;

/** The first search the host answers, as the library pane would send it. */
async function firstSearch(origin: string, token: string): Promise<void> {
  const response = await fetch(`${origin}/rpc/library.search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'harbour', limit: 20 }),
  });
  if (!response.ok) throw new Error(`first search failed: ${response.status}`);
  await response.arrayBuffer();
}

/** The host's resident set from /proc, where there is one. */
function residentMegabytes(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/status`)) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : undefined;
}

async function measureTyping(
  url: string,
): Promise<{ latencies: number[]; scrollFrames: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    const search = page.getByRole('searchbox', { name: 'Search library' });
    await search.waitFor();
    // In the page: time from the last input event to the list showing results for that text.
    await page.evaluate(RECORD);
    const latencies: number[] = [];
    // A warm-up query, not counted.
    for (const query of ['warm', ...QUERIES]) {
      await search.fill('');
      await page.evaluate('window.shownAt = {}');
      await search.pressSequentially(query, { delay: 70 });
      const latency = (await page.evaluate(
        WAIT_FOR_RESULTS.replace('%QUERY%', JSON.stringify(query)),
      )) as number;
      if (process.env.BENCH_DEBUG)
        console.error(
          query,
          latency,
          await page.evaluate('JSON.stringify([window.lastInputAt, window.shownAt])'),
        );
      if (query !== 'warm') latencies.push(latency);
    }

    // Scroll the full list of every excerpt (one type chosen, no query) and time the frames.
    await search.fill('');
    await page.getByRole('button', { name: /^Type: Excerpts/ }).click();
    await page.locator('[role="listbox"][data-query]').waitFor();
    const scrollFrames = (await page.evaluate(SCROLL_FRAMES)) as number[];
    return { latencies, scrollFrames };
  } finally {
    await browser.close();
  }
}

export const libraryUiSuite: BenchSuite = {
  name: 'library-ui',
  async run(): Promise<BenchRow[]> {
    const scale = Number(process.env.BRIEFWRIGHT_BENCH_SCALE ?? '1');
    const excerpts = Number(process.env.BRIEFWRIGHT_BENCH_EXCERPTS ?? Math.round(100_000 * scale));
    const dir = mkdtempSync(join(tmpdir(), 'briefwright-bench-ui-'));
    try {
      const started = performance.now();
      await buildUiBenchLibrary(dir, excerpts);
      console.error(
        `library-ui: built ${excerpts} excerpts in ${Math.round(performance.now() - started)} ms`,
      );
      const launched = performance.now();
      const host = await startHost(dir);
      try {
        await firstSearch(host.origin, host.token);
        const coldStart = performance.now() - launched;
        const { latencies, scrollFrames } = await measureTyping(host.url);
        const rssMb = residentMegabytes(host.process.pid);
        const sorted = [...latencies].sort((a, b) => a - b);
        const frames = [...scrollFrames].sort((a, b) => a - b);
        const area = `library UI (${excerpts.toLocaleString('en')} excerpts)`;
        return [
          {
            area,
            metric: 'results after last keystroke p50',
            value: percentile(sorted, 50),
            unit: 'ms',
          },
          {
            area,
            metric: 'results after last keystroke p95',
            value: percentile(sorted, 95),
            unit: 'ms',
            limit: { max: 100 },
          },
          { area, metric: 'results after last keystroke max', value: sorted.at(-1)!, unit: 'ms' },
          {
            area,
            metric: 'cold start of the browser host to the first search answered',
            value: coldStart,
            unit: 'ms',
            limit: { max: 1500 },
          },
          ...(rssMb === undefined
            ? []
            : [
                {
                  area,
                  metric: 'resident memory of the host after searching',
                  value: rssMb,
                  unit: 'MB',
                  limit: { max: 400 },
                },
              ]),
          {
            area,
            metric: 'scrolling the list of every excerpt: frame p95',
            value: percentile(frames, 95),
            unit: 'ms',
          },
        ];
      } finally {
        await host.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
