import { inflateRawSync } from 'node:zlib';

/** The most a single metadata or notes part may inflate to; a larger one is not read. */
const MAX_PART_BYTES = 16 * 1024 * 1024;

/**
 * Reads one named entry of a ZIP archive (a .docx package) through its central directory; null
 * when the archive has no such entry or it cannot be read. Only stored and deflated entries
 * exist in Word packages.
 */
export function readZipEntry(zip: Buffer, name: string): Buffer | null {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  const floor = Math.max(0, zip.length - 65_557);
  let eocd = -1;
  for (let i = zip.length - 22; i >= floor; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && at + 46 <= zip.length; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) return null;
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== 0x04034b50) return null;
    const dataStart =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    try {
      if (method === 0) return data.length <= MAX_PART_BYTES ? Buffer.from(data) : null;
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
    } catch {
      return null;
    }
    return null;
  }
  return null;
}
