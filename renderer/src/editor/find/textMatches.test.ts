import { describe, expect, it } from 'vitest';
import { findPattern, matchesIn } from './textMatches';

const find = (text: string, query: string, matchCase = false, wholeWord = false) =>
  matchesIn(text, findPattern(query, { matchCase, wholeWord })!);

describe('find in note', () => {
  it('ignores case unless asked', () => {
    expect(find('Talks, talks, TALKS', 'talks')).toHaveLength(3);
    expect(find('Talks, talks, TALKS', 'talks', true)).toEqual([[7, 12]]);
  });

  it('matches whole words only when asked, in any script', () => {
    expect(find('talk talks talked', 'talk', false, true)).toEqual([[0, 4]]);
    expect(find('Київ і Києва', 'Київ', false, true)).toEqual([[0, 4]]);
    expect(find('talk talks', 'talk')).toHaveLength(2);
  });

  it('treats the query as text, not a pattern', () => {
    expect(find('costs (est.) rose', '(est.)')).toEqual([[6, 12]]);
    expect(findPattern('', { matchCase: false, wholeWord: false })).toBeNull();
  });
});
