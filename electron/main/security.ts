/** Links a user clicks in a note may open in the system browser; nothing else may leave the app. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return true;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  // Credentials in a link are a classic way to disguise the real host.
  return url.username === '' && url.password === '' && url.hostname !== '';
}

/** Is `url` the renderer we loaded (the dev server or our own index.html)? */
export function isOwnRendererUrl(url: string, rendererUrl: string): boolean {
  try {
    const given = new URL(url);
    const own = new URL(rendererUrl);
    if (own.protocol === 'file:')
      return given.protocol === 'file:' && given.pathname === own.pathname;
    return given.origin === own.origin;
  } catch {
    return false;
  }
}
