import { describe, expect, it } from 'vitest';
import { normalizeTagName, parentTags, suggestTags, tagTree } from './tagSuggestions';

const tags = [
  { name: 'region/ukraine', count: 12 },
  { name: 'region/russia', count: 30 },
  { name: 'topic/drones', count: 4 },
  { name: 'ukraine-war', count: 2 },
];

describe('tag suggestions', () => {
  it('matches the whole name first, then any path segment', () => {
    expect(suggestTags(tags, 'ukr').map((t) => t.name)).toEqual(['ukraine-war', 'region/ukraine']);
    expect(suggestTags(tags, 'region/').map((t) => t.name)).toEqual([
      'region/russia',
      'region/ukraine',
    ]);
  });

  it('leaves out tags already chosen', () => {
    expect(suggestTags(tags, 'region', ['region/russia']).map((t) => t.name)).toEqual([
      'region/ukraine',
    ]);
  });

  it('normalizes typed names and lists parents', () => {
    expect(normalizeTagName(' Region / Ukraine/ ')).toBe('region/ukraine');
    expect(normalizeTagName('Open Source')).toBe('open-source');
    expect(parentTags('a/b/c')).toEqual(['a', 'a/b']);
  });
});

describe('tag tree', () => {
  it('puts children under their parents, adding parents that exist only through children', () => {
    const rows = tagTree([
      { name: 'region/ukraine', count: 2 },
      { name: 'region-x', count: 1 },
      { name: 'region/russia/moscow', count: 1 },
    ]);
    expect(rows.map((r) => [r.name, r.depth, r.count])).toEqual([
      ['region', 0, null],
      ['region/russia', 1, null],
      ['region/russia/moscow', 2, 1],
      ['region/ukraine', 1, 2],
      ['region-x', 0, 1],
    ]);
  });
});
