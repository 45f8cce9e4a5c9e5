/**
 * Normalization of imported text: NFC, one kind of line break, no invisible or control
 * characters, single spaces, at most one blank line between paragraphs. Typographic quotes,
 * dashes and every script are kept exactly as they are.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(ODD_CHARACTERS, tidyCharacter)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Everything normalisation changes, in one pass over the text (most texts hold none of it):
 * line breaks of every kind, invisible characters that only break words apart (joiners stay:
 * scripts need them), spaces of every width, and control characters other than the newline.
 * The alternatives are tried in that order, so a vertical tab is a line break, not a control.
 */
const ODD_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /\r\n?|[\u2028\u2029\v\f\u0085]|[\u200b\u2060\ufeff\u00ad]|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|[\u0000-\u0008\u000e-\u001f\u007f]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
const WIDE_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

function tidyCharacter(found: string): string {
  if (found.length === 2 || found === '\r' || /[\u2028\u2029\v\f\u0085]/.test(found)) return '\n';
  if (INVISIBLE.test(found)) return '';
  if (WIDE_SPACE.test(found)) return ' ';
  return '';
}

/** Headings that start the link lists web pages append after an article. */
const TAIL_HEADINGS = [
  /^from your site articles$/i,
  /^related articles around the web$/i,
  /^related (articles|stories|posts|coverage|content|reading)\s*:?$/i,
  /^(read|see) (more|also)\s*:?$/i,
  /^more from [\p{L}\p{N} .&'’-]{1,60}$/iu,
  /^recommended( for you)?\s*:?$/i,
  /^you (may|might) also (like|enjoy)\s*:?$/i,
];

/** Lone lines of sharing and subscription furniture. */
const FURNITURE = [
  /^share( this( article| story| post)?)?( on [\p{L} ]{2,20})?\s*:?$/iu,
  /^(share|tweet|email|print|copy link)(\s*[|·•/,]\s*(share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit))*$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|reddit|email)(\s*[|·•/,]?\s*(facebook|twitter|x|linkedin|whatsapp|reddit|email))+$/i,
  /^(subscribe|sign up)\b.{0,80}(newsletter|inbox|updates|today|now|free)\W*$/i,
  /^follow us( on [\p{L} ,&]{2,60})?\W*$/iu,
  /^advertisement$/i,
];

const isFurniture = (line: string) => FURNITURE.some((re) => re.test(line.trim()));

/**
 * Drops the web boilerplate at the end of an article: everything from a "related articles"
 * heading in the last part of the text, then trailing share/subscribe lines.
 */
export function stripBoilerplate(text: string): string {
  const lines = text.split('\n');
  // Only look near the end: the same words inside the article body are left alone.
  const from = Math.max(1, Math.floor(lines.length * 0.5));
  for (let i = from; i < lines.length; i++) {
    if (TAIL_HEADINGS.some((re) => re.test(lines[i]!.trim()))) {
      lines.length = i;
      break;
    }
  }
  return stripTrailingFurniture(lines.join('\n'));
}

/** Drops trailing share/subscribe/advertisement lines (never the only line). */
export function stripTrailingFurniture(text: string): string {
  const lines = text.split('\n');
  while (
    lines.length > 1 &&
    (lines[lines.length - 1]!.trim() === '' || isFurniture(lines[lines.length - 1]!))
  )
    lines.pop();
  return lines.join('\n').trim();
}

/** Whether a line reads like a headline: short, no closing sentence punctuation. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 200) return false;
  if (trimmed.split(/\s+/).length > 30) return false;
  if (/[.,;]$/.test(trimmed) && !/\.\.\.$|…$/.test(trimmed)) return false;
  return /[\p{L}\p{N}]/u.test(trimmed);
}

/** A title when the text has no headline: the start of its first sentence, or the file name. */
export function deriveTitle(text: string, fileName: string): string {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(firstLine)?.[1] ?? firstLine;
  if (sentence.trim()) {
    if (sentence.length <= 100) return sentence.trim();
    const cut = sentence.slice(0, 100);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trim()}…`;
  }
  return fileName.replace(/\.[^.]+$/, '') || 'Untitled source';
}
