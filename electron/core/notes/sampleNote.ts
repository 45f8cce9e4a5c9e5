import type { Database } from 'better-sqlite3';
import { createCitationLookup } from './citationLookup';
import { createNotesRepository } from './notesRepository';

const block = { format: '', indent: 0, direction: null, version: 1 } as const;
const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
});
const heading = (value: string) => ({
  ...block,
  type: 'heading',
  tag: 'h2',
  children: [text(value)],
});
const paragraph = (...children: object[]) => ({
  ...block,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children,
});

export const SAMPLE_NOTE_TITLE = 'Vessmark Strait: ferry outlook (example)';

/**
 * The example briefing note of the first-run sample library: a BLUF note quoting the sample
 * excerpts and claims through the same snapshots the editor makes. Call right after
 * `seedSampleLibrary`; it reads the sample rows back and does nothing if they are missing.
 */
export function seedSampleNote(db: Database): void {
  const excerptIds = db
    .prepare<[], { id: number }>('SELECT id FROM excerpts ORDER BY id LIMIT 6')
    .all()
    .map((r) => r.id);
  const claimIds = db
    .prepare<[], { id: number }>('SELECT id FROM claims ORDER BY id LIMIT 2')
    .all()
    .map((r) => r.id);
  if (excerptIds.length < 4 || claimIds.length < 1) return;
  const found = createCitationLookup(db).lookup(excerptIds, claimIds, []);
  const excerpt = (id: number) => {
    const e = found.excerpts[id]!;
    return { type: 'bw-excerpt', version: 1, excerptId: id, ...e };
  };
  const citation = (id: number) => {
    const e = found.excerpts[id]!;
    return { type: 'bw-citation', version: 1, excerptId: id, ...e };
  };
  const claim = (id: number) => ({
    type: 'bw-claim',
    version: 2,
    claimId: id,
    ...found.claims[id]!,
  });
  const [capacity, queues, fee, nightCrews] = excerptIds as [number, number, number, number];

  const children = [
    heading('Bottom line up front'),
    paragraph(
      text(
        'Ferries are crossing the Vessmark Strait again, but only at half capacity; full service depends on a pilots’ contract that is close but not signed',
      ),
      citation(capacity),
      text('.'),
    ),
    heading('Key judgments'),
    claim(claimIds[0]!),
    ...(claimIds[1] ? [claim(claimIds[1])] : []),
    heading('Background'),
    paragraph(
      text('The crossing closed for nine days over pilot fees. Freight has not recovered'),
      citation(queues),
      text('; the draft contract would '),
      text('raise the fee by a quarter', 1),
      citation(fee),
      text('.'),
    ),
    excerpt(capacity),
    heading('Outlook'),
    paragraph(text('Watch for the pilots’ vote and for the hiring of night crews:')),
    excerpt(nightCrews),
  ];
  const content = JSON.stringify({ root: { ...block, type: 'root', children } });
  createNotesRepository(db).create(SAMPLE_NOTE_TITLE, content);
}
