import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/context';
import { createHandlers } from '../electron/core/handlers';
import { dispatch } from '../electron/core/rpc/dispatch';
import { createSearchIndexTidy } from '../electron/core/search/searchIndexTidy';
import type { SearchType } from '../shared/model';
import { peerQueries, searchVsRipgrep } from './searchVsRipgrep';
import { seededRandom } from '../tests/seededRandom';
import { percentile, type BenchRow, type BenchSuite } from './types';

/**
 * The library at the size the issue names (10,000 sources of ~800 words, 100,000 excerpts,
 * 20,000 claims, 500 tags). `BRIEFWRIGHT_BENCH_SCALE=0.1` runs a tenth of it for a quick look.
 */
const scale = Number(process.env.BRIEFWRIGHT_BENCH_SCALE ?? '1');
const SIZES = {
  sources: Math.round(10_000 * scale),
  excerpts: Math.round(100_000 * scale),
  claims: Math.round(20_000 * scale),
  tags: Math.max(10, Math.round(500 * Math.min(1, scale * 2))),
  words: 800,
  queries: 200,
};

const SYLLABLES =
  'ka lo mi ne su ra te vo dar esk mun tor bel gri hav lin pas quo rem sal ulf yen zor'.split(' ');

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Zipf-like word choice: a few very common words, a long tail of rare ones. */
function zipfPicker(random: () => number, words: string[]) {
  return () =>
    words[Math.min(words.length - 1, Math.floor(Math.pow(random(), 2.2) * words.length))]!;
}

function article(random: () => number, pick: () => string, words: number): string {
  const paragraphs: string[] = [];
  let left = words;
  while (left > 0) {
    const sentences: string[] = [];
    for (let s = 0; s < 5 && left > 0; s++) {
      const length = Math.min(left, 8 + Math.floor(random() * 14));
      const sentence = Array.from({ length }, pick).join(' ');
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
      left -= length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

export const librarySuite: BenchSuite = {
  name: 'library',
  async run(): Promise<BenchRow[]> {
    const random = seededRandom(20260301);
    const words = vocabulary(random, 8_000);
    const pick = zipfPicker(random, words);
    const tagNames = Array.from({ length: SIZES.tags }, (_, i) =>
      i % 3 === 0
        ? `region/r${i % 40}/place${i}`
        : i % 3 === 1
          ? `topic/t${i % 25}/s${i}`
          : `project/p${i}`,
    );
    const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i}`);
    const dir = mkdtempSync(join(tmpdir(), 'briefwright-bench-'));
    const core = openCore({ dataDir: dir, sample: false });
    const handlers = createHandlers(core);
    const { importer, excerpts, claims, sources } = core.library;
    try {
      // Import: the real pipeline (decode, normalize, hash, insert, index), as a folder import
      // runs it: one import call per 1,000 files, written in batches. Each file names its own
      // tags in its header block, as exported notes often do.
      const texts = Array.from({ length: SIZES.sources }, () => article(random, pick, SIZES.words));
      const files = texts.map((body, i) => ({
        name: `source-${i}.txt`,
        bytes: Buffer.from(
          `Title: Report ${i}: ${pick()} ${pick()}\nTags: ${tagNames[i % tagNames.length]!}, ${tagNames[(i * 7) % tagNames.length]!}\n\n${body}\n`,
        ),
      }));
      const started = performance.now();
      for (let at = 0; at < SIZES.sources; at += 1000) {
        const report = await importer.importFiles(files.slice(at, at + 1000));
        const failed = report.results.find((r) => r.status !== 'imported');
        if (failed) throw new Error(`import failed: ${failed.reason}`);
      }
      const importSeconds = (performance.now() - started) / 1000;
      const stamp = (i: number) =>
        `20${15 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      core.db.transaction(() => {
        for (let i = 0; i < SIZES.sources; i++)
          sources.update(i + 1, { outlet: outlets[i % outlets.length]!, publishedAt: stamp(i) });
      })();

      // Excerpts and claims: bulk, not measured.
      const excerptIds: number[] = [];
      core.db.transaction(() => {
        for (let i = 0; i < SIZES.excerpts; i++) {
          const sourceIndex = i % SIZES.sources;
          const text = texts[sourceIndex]!;
          const start = Math.floor(random() * (text.length - 200));
          excerptIds.push(
            excerpts.create({
              sourceId: sourceIndex + 1,
              start,
              end: start + 40 + Math.floor(random() * 120),
              comment: i % 5 === 0 ? `${pick()} ${pick()}` : '',
              tags: i % 3 === 0 ? [tagNames[i % tagNames.length]!] : [],
            }),
          );
        }
        for (let i = 0; i < SIZES.claims; i++) {
          claims.create({
            text: article(random, pick, 12 + Math.floor(random() * 20)),
            likelihood: 'likely',
            tags: [tagNames[(i * 13) % tagNames.length]!],
            evidence: [
              { excerptId: excerptIds[(i * 5) % excerptIds.length]!, relation: 'supports' },
            ],
          });
        }
      })();
      core.db.pragma('optimize');
      // Searched at rest: the host tidies the search index this way whenever the library is idle
      // (a short step per turn of its event loop), here all at once and timed on its own.
      const tidyStarted = performance.now();
      const tidy = createSearchIndexTidy(core.db).runToEnd();
      const tidySeconds = (performance.now() - tidyStarted) / 1000;

      // 200 varied queries: words common and rare, phrases, prefixes, filters.
      const queries: Record<string, unknown>[] = [];
      for (let q = 0; q < SIZES.queries; q++) {
        const text = texts[Math.floor(random() * texts.length)]!;
        const at = Math.floor(random() * (text.length - 80));
        const phrase = text
          .slice(at, at + 60)
          .split(' ')
          .slice(1, 4)
          .join(' ')
          .replace(/[.]/g, '');
        const kind = q % 8;
        const query: Record<string, unknown> =
          kind === 0
            ? { text: pick() }
            : kind === 1
              ? { text: words[words.length - 1 - (q % 5000)] }
              : kind === 2
                ? { text: `"${phrase}"` }
                : kind === 3
                  ? { text: `${pick().slice(0, 3)}*` }
                  : kind === 4
                    ? {
                        text: `${pick()} ${pick()}`,
                        tags: [tagNames[q % tagNames.length]!.split('/')[0]!],
                      }
                    : kind === 5
                      ? {
                          text: pick(),
                          types: ['excerpt'] as SearchType[],
                          tags: [tagNames[q % tagNames.length]!],
                        }
                      : kind === 6
                        ? {
                            text: `${pick()} ${pick()}`,
                            outlet: outlets[q % outlets.length],
                            from: '2019-01-01',
                            to: '2022-12-31',
                          }
                        : {
                            text: `"${phrase}" ${pick().slice(0, 2)}*`,
                            types: ['source', 'claim'] as SearchType[],
                          };
        queries.push({ ...query, limit: 20 });
      }
      const timings: number[] = [];
      for (const query of queries.slice(0, 10)) await dispatch(handlers, 'library.search', query);
      // Each query runs three times and counts its median: on a shared machine a single run
      // mostly measures the scheduler.
      for (const query of queries) {
        const runs: number[] = [];
        for (let r = 0; r < 3; r++) {
          const t0 = performance.now();
          const result = await dispatch(handlers, 'library.search', query);
          runs.push(performance.now() - t0);
          if (!result.ok) throw new Error(`search failed: ${result.error.message}`);
        }
        const median = runs.sort((a, b) => a - b)[1]!;
        timings.push(median);
        if (process.env.BRIEFWRIGHT_BENCH_DETAIL) {
          console.error(`${median.toFixed(1).padStart(7)} ms  ${JSON.stringify(query)}`);
        }
      }
      timings.sort((a, b) => a - b);
      // The host backs a library up once a day, starting 20 s after it opens; that day's backup
      // is made here, untimed, so the side by side measures searching, not copying the file. The
      // WAL is folded in as the host's idle checkpoint would have done for a library at rest.
      await core.backupIfDue();
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      const peerRows = await searchVsRipgrep(
        dir,
        texts,
        peerQueries(texts, random),
        `${SIZES.sources} sources`,
        scale >= 10 ? { p50: 50 } : scale >= 1 ? { slowest: 20 } : {},
      );
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      const dbBytes = statSync(core.databasePath).size;
      const size = `${SIZES.sources} sources`;
      return [
        {
          area: 'library',
          metric: `import throughput (${size})`,
          value: SIZES.sources / importSeconds,
          unit: 'sources/s',
          limit: { min: 1000 },
        },
        {
          area: 'library',
          metric: `search index tidied after building the library (${tidy.steps} steps)`,
          value: tidySeconds,
          unit: 's',
        },
        {
          area: 'library',
          metric: 'longest step of that tidy (a request arriving meanwhile waits for it)',
          value: tidy.longestMs,
          unit: 'ms',
        },
        {
          area: 'library',
          metric: 'search p50 (median of 3 runs per query)',
          value: percentile(timings, 50),
          unit: 'ms',
        },
        {
          area: 'library',
          metric: 'search p95',
          value: percentile(timings, 95),
          unit: 'ms',
          limit: { max: 20 },
        },
        { area: 'library', metric: 'search max', value: timings[timings.length - 1]!, unit: 'ms' },
        {
          area: 'library',
          metric: `database size (${size}, ${SIZES.excerpts} excerpts, ${SIZES.claims} claims)`,
          value: dbBytes / 1048576,
          unit: 'MB',
        },
        {
          area: 'library',
          metric: 'database size / normalized text',
          value: dbBytes / textBytes,
          unit: '×',
          limit: { max: 3 },
        },
        ...peerRows,
      ];
    } finally {
      core.close();
      if (process.env.BRIEFWRIGHT_BENCH_KEEP) console.error(`library kept in ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  },
};
