import { describe, expect, it } from 'vitest';
import { cleanUrl, isSafeUrl } from './safeUrl';

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
