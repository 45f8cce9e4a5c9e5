/** Link protocols a note may carry; anything else (javascript:, data:, file:, …) is refused. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Query parameters that only exist to track readers; dropped from pasted and typed links. */
const TRACKING_PARAM =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_eid|mc_cid|_hsenc|_hsmi|igshid|yclid|ref_src)$/i;

/** True for an absolute http(s)/mailto URL. */
export function isSafeUrl(url: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

/** The URL without tracking parameters, or null when it is not safe to keep as a link. */
export function cleanUrl(url: string): string | null {
  if (!isSafeUrl(url)) return null;
  const parsed = new URL(url.trim());
  for (const key of [...parsed.searchParams.keys()])
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  return parsed.toString();
}

/**
 * A source's web address as stored: http(s) only, without tracking parameters; null when the
 * value is not a web address (the one rule for importers, the details panel and the CLI).
 */
export function cleanSourceUrl(url: string | null | undefined): string | null {
  if (!url || !/^\s*https?:\/\//i.test(url)) return null;
  return cleanUrl(url);
}
