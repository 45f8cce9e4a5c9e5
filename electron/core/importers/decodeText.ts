import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportRefusal } from './types';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/**
 * Detects the encoding of a text file: a BOM decides; otherwise valid UTF-8 is UTF-8; otherwise
 * it is a legacy single-byte Windows code page, Cyrillic (1251) or Western (1252).
 */
export function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (strictUtf8(bytes) !== null) return 'utf-8';
  const guess = chardet
    .analyse(bytes)
    .find((m) => /^(windows-125[12]|ISO-8859-[15]|KOI8-R)$/i.test(m.name));
  if (guess && /1251|KOI8|8859-5/i.test(guess.name)) return 'windows-1251';
  if (guess) return 'windows-1252';
  return cyrillicShare(bytes) > 0.5 ? 'windows-1251' : 'windows-1252';
}

/** The text when the bytes are valid UTF-8, else null. */
function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Among bytes ≥ 0xC0 (letters in both code pages), how many look Cyrillic in lower/upper pairs. */
function cyrillicShare(bytes: Buffer): number {
  let high = 0;
  for (const b of bytes) if (b >= 0xc0) high++;
  let ascii = 0;
  for (const b of bytes) if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
  return high / Math.max(1, high + ascii);
}

/** Refuses binary data posing as text: NUL bytes or many control characters. */
export function assertLooksLikeText(bytes: Buffer, encoding: TextEncoding): void {
  if (encoding.startsWith('utf-16')) return;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.indexOf(0) !== -1)
    throw new ImportRefusal('This looks like a binary file, not text (it contains NUL bytes).');
  // An indexed loop: a Buffer's iterator costs more than the check itself on every import.
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > sample.length * 0.02) {
    throw new ImportRefusal(
      'This looks like a binary file, not text (too many control characters).',
    );
  }
}

export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const utf8 = hasBom ? null : strictUtf8(bytes);
  const encoding = utf8 !== null ? 'utf-8' : detectEncoding(bytes);
  assertLooksLikeText(bytes, encoding);
  if (utf8 !== null) return { text: utf8, encoding };
  // Mostly UTF-8 with a few broken sequences: keep it UTF-8 (the broken bytes become U+FFFD,
  // which the import reports) rather than reading the whole file in a legacy code page.
  if (!hasBom && encoding !== 'utf-8') {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    let decoded = 0;
    for (const ch of lenient) {
      if (ch === '\ufffd') replaced++;
      else if (ch.charCodeAt(0) > 0x7f) decoded++;
    }
    if (decoded > replaced * 2) return { text: lenient, encoding: 'utf-8' };
  }
  const text = iconv.decode(bytes, encoding, { stripBOM: true });
  if (text.includes('\ufffd') && encoding.startsWith('utf-16')) {
    throw new ImportRefusal('The file claims to be UTF-16 but could not be decoded.');
  }
  return { text, encoding };
}
