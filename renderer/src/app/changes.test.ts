import { describe, expect, it } from 'vitest';
import { entitiesTouchedBy } from './changes';

describe('what a call makes stale', () => {
  it('reads touch nothing', () => {
    for (const m of ['sources.get', 'library.search', 'notes.list', 'app.info', 'app.changes'])
      expect(entitiesTouchedBy(m)).toEqual([]);
  });

  it('writes touch what they change; an unknown write touches everything', () => {
    expect(entitiesTouchedBy('excerpts.create')).toContain('excerpts');
    expect(entitiesTouchedBy('excerpts.create')).toContain('sources');
    expect(entitiesTouchedBy('tags.merge')).toContain('tags');
    expect(entitiesTouchedBy('notes.create')).toEqual(['notes']);
    expect(entitiesTouchedBy('export.pdf')).toEqual([]);
    expect(entitiesTouchedBy('widgets.frob')).toHaveLength(5);
  });
});
