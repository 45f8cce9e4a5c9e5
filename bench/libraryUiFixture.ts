import { seededRandom } from '../tests/seededRandom';
import { openCore } from '../electron/core/context';
import { createSearchIndexTidy } from '../electron/core/search/searchIndexTidy';

/**
 * A large library for the library-pane benchmark, built through core's own repositories:
 * `excerpts` excerpts over excerpts/50 generated sources of ~800 words, tagged from 500 tags.
 */
const FUNCTION_WORDS =
  'the of and to in a is that for on with as by at from was were has have be this which'.split(' ');
const TOPICAL = (
  'drone sanctions ceasefire talks negotiations pipeline election grain exports missile border ' +
  'refugees inflation shipping energy troops diplomat harbour satellite cyber protest summit ' +
  'minister parliament coalition budget tariff convoy frontier artillery reservoir corridor ' +
  'agreement mediation envoy delegation offensive reserves logistics blockade port railway'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa te vo za bri cho dra fen gul har jis kor lun mer nav';

/**
 * A vocabulary with a long tail, like real text: made-up words ranked by frequency, with the
 * topical words (the benchmark's queries) spread among the fairly common ones.
 */
function vocabulary(): string[] {
  const syllables = SYLLABLES.split(' ');
  const words: string[] = [];
  for (const a of syllables)
    for (const b of syllables) for (const c of ['', 'n', 'st', 'ra']) words.push(a + b + c);
  TOPICAL.forEach((word, i) => words.splice(20 + i * 12, 0, word));
  return words;
}
const VOCABULARY = vocabulary();

function article(random: () => number, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 8 + Math.floor(random() * 14);
    const sentence = Array.from({ length }, () =>
      random() < 0.45
        ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)]!
        : VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.2)]!,
    );
    sentence[0] = sentence[0]!.charAt(0).toUpperCase() + sentence[0]!.slice(1);
    sentences.push(`${sentence.join(' ')}.`);
    count += length;
  }
  // Paragraphs of five sentences.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5)
    paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return paragraphs.join('\n\n');
}

export async function buildUiBenchLibrary(dataDir: string, excerptCount: number): Promise<void> {
  const core = openCore({ dataDir, sample: false });
  try {
    const { importer, sources, excerpts } = core.library;
    const random = seededRandom(42);
    const perSource = 50;
    const sourceCount = Math.max(1, Math.ceil(excerptCount / perSource));
    const tags = Array.from({ length: 500 }, (_, i) => `topic-${i % 25}/subject-${i}`);
    let made = 0;
    for (let i = 0; i < sourceCount && made < excerptCount; i++) {
      const text = `Generated report ${i + 1}\n\n${article(random, 800)}\n`;
      const report = await importer.importFile({
        name: `report-${i + 1}.txt`,
        bytes: Buffer.from(text),
      });
      if (report.status !== 'imported' || !report.sourceId)
        throw new Error(`import failed: ${report.reason}`);
      const sourceId = report.sourceId;
      const body = sources.textOf(sourceId).text;
      const ends = [...body.matchAll(/\. /g)].map((m) => m.index + 1);
      core.db.transaction(() => {
        for (let k = 0; k < perSource && made < excerptCount; k++, made++) {
          const at = Math.floor(random() * Math.max(1, ends.length - 1));
          const start = at === 0 ? 0 : ends[at - 1]! + 1;
          const end = ends[at] ?? body.length;
          excerpts.create({
            sourceId,
            start,
            end: end > start ? end : body.length,
            tags: [tags[Math.floor(random() * tags.length)]!],
          });
        }
      })();
    }
    // At rest, as the host leaves a library once it has been idle for a moment.
    createSearchIndexTidy(core.db).runToEnd();
  } finally {
    core.close();
  }
}
