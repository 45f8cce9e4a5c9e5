import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../tests/tempDir';
import { openDatabase } from '../connection';
import { migrations } from './index';
import { openCore } from '../../context';

const tempDir = useTempDirs();

describe('migration 6 (compressed originals)', () => {
  it('compresses the originals of an existing library and gives back the same bytes', () => {
    const dir = tempDir();
    const path = join(dir, 'library.sqlite');
    openDatabase(path, { migrations: migrations.slice(0, 5) }).close();
    const text = 'The ferry resumed at half capacity. '.repeat(400);
    const pdfLike = randomBytes(4000);
    const v5 = new Database(path);
    const insert =
      v5.prepare(`INSERT INTO sources (kind, title, imported_at, updated_at, content_hash, file_name, mime, text_length, text)
      VALUES ('text', ?, 'x', 'x', ?, 'f', 'text/plain', 1, 'x')`);
    insert.run('Text', 'h1');
    insert.run('Binary', 'h2');
    v5.prepare('INSERT INTO source_files (source_id, bytes) VALUES (1, ?), (2, ?)').run(
      Buffer.from(text),
      pdfLike,
    );
    v5.close();

    const core = openCore({ dataDir: dir, sample: false });
    try {
      const rows = core.db
        .prepare('SELECT source_id, encoding, length(bytes) AS size FROM source_files')
        .all() as { source_id: number; encoding: string; size: number }[];
      expect(rows[0]).toMatchObject({ source_id: 1, encoding: 'br' });
      expect(rows[0]!.size).toBeLessThan(text.length / 10);
      // Incompressible bytes stay as they came.
      expect(rows[1]).toMatchObject({ source_id: 2, encoding: 'raw', size: pdfLike.length });
      expect(core.library.sources.original(1)!.toString()).toBe(text);
      expect(core.library.sources.original(2)!.equals(pdfLike)).toBe(true);
    } finally {
      core.close();
    }
  });

  it('stores a newly imported file compressed and reads it back byte for byte', async () => {
    const core = openCore({ dataDir: tempDir(), sample: false });
    try {
      const bytes = Buffer.from(
        Array.from({ length: 300 }, (_, i) => `Line ${i}: pilots and freight.`).join('\n'),
      );
      const result = await core.library.importer.importFile({ name: 'a.txt', bytes });
      const id = result.sourceId!;
      const stored = core.db
        .prepare('SELECT encoding, length(bytes) AS size FROM source_files WHERE source_id = ?')
        .get(id) as { encoding: string; size: number };
      // A text file is now stored as compressed edits of its own text (textDelta.ts).
      expect(stored.encoding).toBe('delta');
      expect(stored.size).toBeLessThan(bytes.length / 3);
      expect(core.library.sources.original(id)!.equals(bytes)).toBe(true);
    } finally {
      core.close();
    }
  });
});
