import type { AnalyticConfidence, Likelihood } from '../../../shared/icd203/scale';
import type { Database } from 'better-sqlite3';
import type { Creator } from '../../../shared/model';
import type { Library } from './library';
import { contentHash } from './importService';
import { normalizeText } from '../importers/normalizeText';
import { writeTransaction } from '../db/writeTransaction';

/**
 * The first-run sample library: three short sources written for Briefwright about an invented
 * place (the Vessmark Strait), with excerpts, claims and tags, so a new user sees how the
 * pieces fit. Skipped with `--no-sample` (hosts) or `sample: false` (core).
 */
interface SampleSource {
  title: string;
  creators: Creator[];
  outlet: string;
  publishedAt: string;
  fileName: string;
  tags: string[];
  marking: string | null;
  text: string;
  excerpts: { quote: string; tags?: string[]; comment?: string }[];
}

const SOURCES: SampleSource[] = [
  {
    title: 'Ferry traffic resumes across the Vessmark Strait',
    creators: [{ family: 'Marrow', given: 'Ilse' }],
    outlet: 'Northern Coast Ledger',
    publishedAt: '2026-03-04',
    fileName: 'vessmark-ferries.txt',
    tags: ['region/vessmark', 'topic/shipping'],
    marking: 'TLP:CLEAR',
    text: `Ferries returned to the Vessmark Strait on Tuesday after a nine-day halt, carrying the first passengers since the harbour authority closed the crossing during the dispute over pilot fees.
The port director, Aurel Kenning, said the crossings would run “at half capacity until the pilots’ contract is signed,” and warned that the timetable could change at short notice.
Freight operators were less hopeful. One logistics manager in Tarsholm said that lorries were still queuing for two days at the northern terminal, and that perishable cargo had been diverted to the longer rail route.
The dispute began when the authority proposed to double the fee charged for each pilotage hour. Pilots’ representatives called the proposal “a tax on safety” and stopped work within a week.
Negotiations are expected to continue next week in Tarsholm.`,
    excerpts: [
      {
        quote: 'at half capacity until the pilots’ contract is signed',
        tags: ['topic/shipping'],
        comment: 'Official position on capacity.',
      },
      {
        quote: 'lorries were still queuing for two days at the northern terminal',
        tags: ['topic/logistics'],
      },
    ],
  },
  {
    title: 'Pilots and harbour authority near agreement, officials say',
    creators: [{ family: 'Brevik', given: 'Tomas' }],
    outlet: 'Strait Observer',
    publishedAt: '2026-03-09',
    fileName: 'vessmark-pilots.txt',
    tags: ['region/vessmark', 'topic/labour'],
    marking: 'TLP:GREEN',
    text: `Negotiators for the Vessmark pilots’ association and the harbour authority have agreed on most points of a new contract, according to two officials familiar with the talks.
The draft would raise the pilotage fee by a quarter rather than doubling it, and would fund two additional night crews. “We are close, but nothing is agreed until everything is agreed,” one official said.
The association has not confirmed the account. Its spokesperson, Mira Solvang, said members would vote on any final text and that a return to full service depended on the night crews being hired first.
Analysts at the Tarsholm Chamber of Commerce estimate that each week of reduced crossings costs regional exporters roughly four million crowns.`,
    excerpts: [
      {
        quote: 'raise the pilotage fee by a quarter rather than doubling it',
        tags: ['topic/labour'],
      },
      {
        quote: 'a return to full service depended on the night crews being hired first',
        comment: 'Condition for full service.',
      },
      {
        quote:
          'each week of reduced crossings costs regional exporters roughly four million crowns',
        tags: ['topic/economy'],
      },
    ],
  },
  {
    title: 'Shipping notice: Vessmark northern terminal',
    creators: [{ literal: 'Harbour Authority of Vessmark' }],
    outlet: 'Harbour Authority notices',
    publishedAt: '2026-03-11',
    fileName: 'vessmark-notice.txt',
    tags: ['region/vessmark/tarsholm', 'topic/shipping'],
    marking: null,
    text: `Notice to operators, 11 March 2026.
From 12 March, the northern terminal will accept freight bookings for night crossings again. Day crossings remain limited to passenger ferries and emergency cargo.
Operators are asked to confirm bookings no later than six hours before departure. Unconfirmed slots will be released to the waiting list.
This notice replaces the notice of 3 March.`,
    excerpts: [
      {
        quote: 'the northern terminal will accept freight bookings for night crossings again',
        tags: ['topic/shipping'],
      },
    ],
  },
];

const CLAIMS: {
  text: string;
  likelihood: Likelihood;
  confidence: AnalyticConfidence;
  tags: string[];
  evidence: { source: number; excerpt: number; relation: 'supports' | 'contradicts' }[];
}[] = [
  {
    text: 'Full ferry service across the Vessmark Strait will resume within a month.',
    likelihood: 'roughly even chance',
    confidence: 'low',
    tags: ['region/vessmark', 'topic/shipping'],
    evidence: [
      { source: 1, excerpt: 0, relation: 'supports' },
      { source: 1, excerpt: 1, relation: 'contradicts' },
      { source: 2, excerpt: 0, relation: 'supports' },
    ],
  },
  {
    text: 'The stoppage is imposing a significant cost on regional exporters.',
    likelihood: 'likely',
    confidence: 'moderate',
    tags: ['topic/economy'],
    evidence: [
      { source: 0, excerpt: 1, relation: 'supports' },
      { source: 1, excerpt: 2, relation: 'supports' },
    ],
  },
];

/** Writes the sample library into an empty database, in one transaction. */
export function seedSampleLibrary(library: Library, db: Database): void {
  writeTransaction(db, () => {
    const excerptIds: number[][] = [];
    for (const sample of SOURCES) {
      const text = normalizeText(sample.text);
      const sourceId = library.sources.insert(
        {
          kind: 'text',
          title: sample.title,
          creators: sample.creators,
          outlet: sample.outlet,
          publishedAt: sample.publishedAt,
          url: null,
          text,
          pageOffsets: null,
          fileName: sample.fileName,
          mime: 'text/plain',
          bytes: Buffer.from(`${sample.title}\n${text}\n`, 'utf8'),
          contentHash: contentHash(text),
          marking: sample.marking,
        },
        sample.tags,
      );
      excerptIds.push(
        sample.excerpts.map((e) =>
          library.excerpts.create({ sourceId, quote: e.quote, tags: e.tags, comment: e.comment }),
        ),
      );
    }
    for (const claim of CLAIMS) {
      library.claims.create({
        text: claim.text,
        likelihood: claim.likelihood,
        confidence: claim.confidence,
        tags: claim.tags,
        evidence: claim.evidence.map((e) => ({
          excerptId: excerptIds[e.source]![e.excerpt]!,
          relation: e.relation,
        })),
      });
    }
  })();
}
