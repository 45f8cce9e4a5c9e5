import { DEFAULT_IMPORT_LIMITS, textLimitMessage, type ImportLimits } from './importLimits';
import { ImportRefusal, type ImportedSource, type Importer } from './types';

/**
 * Each importer's libraries (jsdom, mammoth, pdf.js) load when a file of its kind first comes,
 * so the host, which only names the formats, and a new import worker start light.
 */
const lazy =
  (load: () => Promise<Importer>): Importer =>
  async (input) =>
    (await load())(input);
const importText = lazy(async () => (await import('./textImporter')).importText);
const importHtml = lazy(async () => (await import('./htmlImporter')).importHtml);
const importPdf = lazy(async () => (await import('./pdfImporter')).importPdf);
const importDocx = lazy(async () => (await import('./docxImporter')).importDocx);

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
];

const BY_EXTENSION: Record<string, Importer> = {
  '.txt': importText,
  '.text': importText,
  '.md': importText,
  '.markdown': importText,
  '.html': importHtml,
  '.htm': importHtml,
  '.xhtml': importHtml,
  '.pdf': importPdf,
  '.docx': importDocx,
};

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0]?.toLowerCase() ?? '';

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Picks the importer by extension, checked against the file's first bytes. */
function importerFor(fileName: string, bytes: Buffer): Importer {
  const ext = extensionOf(fileName);
  const head = bytes.subarray(0, 8).toString('latin1');
  const isPdf = head.startsWith('%PDF-');
  const isZip = head.startsWith('PK\x03\x04');
  if (ext === '.pdf' && !isPdf) throw new ImportRefusal('The file is named .pdf but is not a PDF.');
  if (ext === '.docx' && !isZip)
    throw new ImportRefusal('The file is named .docx but is not a Word document.');
  if (ext === '.doc')
    throw new ImportRefusal('Old Word .doc files are not supported; save it as .docx.');
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  if (isPdf) return importPdf;
  throw new ImportRefusal(
    `Unsupported file type${ext ? ` "${ext}"` : ''} (supported: ${SUPPORTED_EXTENSIONS.join(', ')}).`,
  );
}

/** Reads one file into a source, or throws ImportRefusal with the reason. */
export async function readSourceFile(
  fileName: string,
  bytes: Buffer,
  maxBytes = DEFAULT_MAX_IMPORT_BYTES,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportedSource> {
  if (bytes.length === 0) throw new ImportRefusal('The file is empty.');
  if (bytes.length > maxBytes) {
    throw new ImportRefusal(
      `The file is ${megabytes(bytes.length)}; files over ${megabytes(maxBytes)} are not imported.`,
    );
  }
  const importer = importerFor(fileName, bytes);
  let source: ImportedSource;
  try {
    source = await importer({ fileName, bytes, limits });
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new ImportRefusal('The file nests its content too deeply to be read.');
    throw new ImportRefusal(
      `The file could not be read (${String((error as Error)?.message ?? error).slice(0, 200)}).`,
    );
  }
  if (source.text.length > limits.maxTextChars)
    throw new ImportRefusal(textLimitMessage(source.text.length, limits.maxTextChars));
  if (!source.text.trim()) throw new ImportRefusal('No text was found in the file.');
  return source;
}

export { ImportRefusal, type ImportedSource };
