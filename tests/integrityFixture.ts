import type { Claim, Excerpt, SourceSummary } from '../shared/model';
import { editorState, paragraph, text } from './exportNotes';
import {
  openTestLibrary,
  readSeed,
  SEED_ESSAY,
  SEED_REPORT,
  upload,
  type TestLibrary,
} from './library';

export const CHANGED_QUOTE = 'Rubio played a more diminutive role and held lower expectations';

const excerptNode = (e: Excerpt) => ({
  type: 'bw-excerpt',
  version: 1,
  excerptId: e.id,
  quote: e.quote,
  locator: e.locator,
  marking: e.effectiveMarking,
  source: e.source,
});

const sourceCitation = (s: SourceSummary) => {
  const snapshot = {
    sourceId: s.id,
    title: s.title,
    author: s.author,
    outlet: s.outlet,
    publishedAt: s.publishedAt,
    url: s.url,
    marking: s.marking,
  };
  return {
    type: 'bw-citation',
    version: 1,
    excerptId: null,
    quote: null,
    locator: null,
    marking: s.marking,
    source: snapshot,
  };
};

const claimNode = (c: Claim) => ({
  type: 'bw-claim',
  version: 2,
  claimId: c.id,
  text: c.text,
  likelihood: c.likelihood,
  confidence: c.confidence,
  marking: c.marking,
  evidence: c.evidence,
});

/**
 * A library with a note citing, from library copies (so everything verifies): an excerpt of the
 * seed report, a claim, a whole source (the essay) and a small source that can be deleted.
 */
export async function citingNote(dataDir: string) {
  const lib: TestLibrary = openTestLibrary(dataDir);
  const report = readSeed(SEED_REPORT).toString('utf8');
  const imported = await lib.call('sources.import', {
    files: [
      upload('report.txt', report),
      upload('essay.txt', readSeed(SEED_ESSAY)),
      upload('memo.txt', 'Memo\nThe ferry schedule changes on Monday, the harbour master said.'),
    ],
  });
  const [reportId, essayId, memoId] = imported.results.map((r) => r.sourceId!);
  const excerpt = await lib.call('excerpts.create', { sourceId: reportId!, quote: CHANGED_QUOTE });
  const memoExcerpt = await lib.call('excerpts.create', {
    sourceId: memoId!,
    quote: 'The ferry schedule changes on Monday',
  });
  const claim = await lib.call('claims.create', {
    text: 'Washington is stepping back from the talks.',
    likelihood: 'likely',
  });
  const essay = await lib.call('sources.get', { id: essayId! });
  const note = lib.core.notes.create(
    'Integrity brief',
    editorState([
      paragraph(text('Officials said:')),
      excerptNode(excerpt),
      claimNode(claim),
      paragraph(text('Background reading.'), sourceCitation(essay)),
      excerptNode(memoExcerpt),
    ]),
  );
  return {
    lib,
    note,
    report,
    reportId: reportId!,
    essayId: essayId!,
    memoId: memoId!,
    excerpt,
    claim,
  };
}

/** Changes the library under the note: the excerpt's words, the claim's likelihood, the essay's marking, and the memo deleted. */
export async function changeLibrary(f: Awaited<ReturnType<typeof citingNote>>) {
  const { lib } = f;
  await lib.call('sources.reimport', {
    id: f.reportId,
    file: upload('report.txt', f.report.replace('a more diminutive role', 'a more modest role')),
  });
  await lib.call('excerpts.acceptProposal', { id: f.excerpt.id });
  await lib.call('claims.update', { id: f.claim.id, likelihood: 'almost certain' });
  await lib.call('sources.update', { id: f.essayId, marking: 'TLP:AMBER' });
  await lib.call('sources.delete', { id: f.memoId });
}
