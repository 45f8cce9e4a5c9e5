import { describe, expect, it } from 'vitest';
import { normalizeTagName, parentTags, suggestTags } from './tagSuggestions';

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
