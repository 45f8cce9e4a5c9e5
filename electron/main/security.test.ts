import { describe, expect, it } from 'vitest';
import { isOwnRendererUrl, isSafeExternalUrl } from './security';

describe('external links', () => {
  it.each(['https://example.org/report', 'http://example.org', 'mailto:desk@example.org'])(
    'opens %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://user:pw@example.org',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('own renderer', () => {
  it('matches only our index file or dev-server origin', () => {
    expect(
      isOwnRendererUrl('file:///app/renderer/index.html#x', 'file:///app/renderer/index.html'),
    ).toBe(true);
    expect(isOwnRendererUrl('file:///etc/passwd', 'file:///app/renderer/index.html')).toBe(false);
    expect(isOwnRendererUrl('http://localhost:5173/a', 'http://localhost:5173/')).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
