import { inflateRawSync } from 'node:zlib';
import { mb, type ImportLimits } from './importLimits';
import { ImportRefusal } from './types';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The central directory: the archive's own list of entries and their sizes. */
function centralDirectory(zip: Buffer): ZipEntry[] {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  const floor = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= floor; i--) {
    if (zip.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ImportRefusal('The Word document could not be read (damaged: no zip directory).');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE)
      throw new ImportRefusal('The Word document could not be read (damaged: bad zip directory).');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      declaredSize: zip.readUInt32LE(offset + 24),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes, or null when they go past `cap` (the declared size may lie). */
function inflateEntry(zip: Buffer, entry: ZipEntry, cap: number): Buffer | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE)
    throw new ImportRefusal('The Word document could not be read (damaged: bad zip entry).');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length > cap ? null : data;
  if (entry.method !== 8)
    throw new ImportRefusal(`The Word document uses an unsupported compression (${entry.method}).`);
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw new ImportRefusal(
      'The Word document could not be read (damaged: a part cannot be decompressed).',
    );
  }
}

/**
 * How deep elements nest in an XML text, counted without building a tree (a parser that
 * recurses would overflow the stack on the very input this guards against).
 */
export function xmlNestingDepth(xml: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  const tag =
    /<(\/?)[A-Za-z_][^>]*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1] === undefined) continue; // CDATA, comment or processing instruction
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    }
  }
  return deepest;
}

/**
 * Checks a DOCX (a zip) before anything inflates it whole: each part's real uncompressed size,
 * the total and its ratio to the file size, and how deep the XML of the text parts nests.
 */
export function checkDocxArchive(zip: Buffer, limits: ImportLimits): void {
  const entries = centralDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    if (entry.declaredSize > limits.maxEntryBytes)
      throw new ImportRefusal(
        `The Word document's part "${entry.name}" expands to ${mb(entry.declaredSize)}; parts over ${mb(limits.maxEntryBytes)} are not imported.`,
      );
    // Inflate no further than the first limit this part could break.
    const rooms: [number, string][] = [
      [
        limits.maxEntryBytes,
        `The Word document's part "${entry.name}" expands past ${mb(limits.maxEntryBytes)}; it is not imported.`,
      ],
      [
        limits.maxArchiveBytes - total,
        `The Word document expands past ${mb(limits.maxArchiveBytes)}; it is not imported.`,
      ],
      [
        zip.length * limits.maxExpansionRatio - total,
        `The Word document expands more than ${limits.maxExpansionRatio} times its size (a zip bomb?); it is not imported.`,
      ],
    ];
    const [room, refusal] = rooms.reduce((a, b) => (b[0] < a[0] ? b : a));
    const bytes = inflateEntry(zip, entry, Math.max(0, room));
    if (bytes === null) throw new ImportRefusal(refusal);
    total += bytes.length;
    if (/^word\/.*\.xml$/i.test(entry.name)) {
      const depth = xmlNestingDepth(bytes.toString('utf8'), limits.maxNestingDepth);
      if (depth > limits.maxNestingDepth)
        throw new ImportRefusal(
          `The Word document nests elements more than ${limits.maxNestingDepth} levels deep; it is not imported.`,
        );
    }
  }
}
