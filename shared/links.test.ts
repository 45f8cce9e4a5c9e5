import { describe, expect, it } from 'vitest';
import { cleanSourceUrl, cleanUrl, isSafeUrl } from './links';

describe('safe links', () => {
  it('keeps http(s) and mailto links and refuses script and data URLs', () => {
    expect(isSafeUrl('https://example.org/a')).toBe(true);
    expect(isSafeUrl('mailto:desk@example.org')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isSafeUrl('data:text/html,<script>')).toBe(false);
    expect(isSafeUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeUrl('not a url')).toBe(false);
  });

  it('drops tracking parameters and keeps the rest', () => {
    expect(cleanUrl('https://example.org/a?id=3&utm_source=x&fbclid=y#top')).toBe(
      'https://example.org/a?id=3#top',
    );
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('source addresses', () => {
  it('are stored without utm_*, fbclid, gclid or mc_eid, and only as http(s)', () => {
    expect(
      cleanSourceUrl(
        ' https://news.example/a/b?utm_source=nl&utm_medium=email&id=7&fbclid=x&gclid=y&mc_eid=z ',
      ),
    ).toBe('https://news.example/a/b?id=7');
    expect(cleanSourceUrl('https://news.example/a?utm_campaign=x')).toBe('https://news.example/a');
    expect(cleanSourceUrl('mailto:desk@example.org')).toBeNull();
    expect(cleanSourceUrl('javascript:alert(1)')).toBeNull();
    expect(cleanSourceUrl(null)).toBeNull();
  });
});
