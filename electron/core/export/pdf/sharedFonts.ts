import PdfmakeDocumentModule from 'pdfmake/js/PDFDocument.js';

/**
 * pdfmake opens every font anew for each document (PDFKit → fontkit.create), and fontkit decodes
 * a font's substitution and positioning tables lazily, on the first words it lays out: about
 * 100 ms of every export, most of the cost of a short note. The decoded tables never change, so
 * while `withSharedFonts` runs each face is parsed once per thread and lent to every document.
 *
 * What depends on a document's own text starts afresh in each: its subset, its word layouts and
 * fontkit's glyph objects (a glyph keeps the characters it was first made from, which become the
 * PDF's text for copy and search; kept across documents, a ligature or an Arabic joining form
 * seen in an earlier export could lose a letter in this one).
 */

interface FontkitFont {
  createSubset(): unknown;
  _glyphs: Record<number, unknown>;
}
/** PDFKit's EmbeddedFont: the parsed font and this document's subset of it. */
interface EmbeddedFontLike {
  font?: FontkitFont;
  subset?: unknown;
}
type FaceDefinition = unknown[] | unknown;
interface PdfDocumentLike {
  fonts: Record<string, Record<string, FaceDefinition>>;
  virtualfs: { existsSync(name: string): boolean; readFileSync(name: string): unknown } | null;
  getFontType(bold: boolean, italics: boolean): string;
}
interface PdfmakeDocumentClass {
  prototype: {
    provideFont(
      this: PdfDocumentLike,
      family: string,
      bold: boolean,
      italics: boolean,
    ): EmbeddedFontLike;
  };
}

const PdfmakeDocument = ((PdfmakeDocumentModule as unknown as { default?: PdfmakeDocumentClass })
  .default ?? PdfmakeDocumentModule) as unknown as PdfmakeDocumentClass;

/** Keyed by the font file's bytes (pdfmake's virtual file system hands out the same buffer). */
const faces = new WeakMap<object, Map<string, FontkitFont>>();
const adopted = new WeakSet<object>();
let sharing = 0;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const original = PdfmakeDocument.prototype.provideFont;
  PdfmakeDocument.prototype.provideFont = function (family, bold, italics) {
    const embedded = original.call(this, family, bold, italics);
    if (sharing > 0 && !adopted.has(embedded)) {
      adopted.add(embedded);
      share(this, embedded, this.fonts[family]?.[this.getFontType(bold, italics)]);
    }
    return embedded;
  };
}

function share(doc: PdfDocumentLike, embedded: EmbeddedFontLike, definition: FaceDefinition): void {
  const [file, face = ''] = Array.isArray(definition) ? definition : [definition];
  // A face in a collection has had its file name replaced with the bytes; a plain file has not.
  const bytes =
    typeof file === 'string' && doc.virtualfs?.existsSync(file)
      ? doc.virtualfs.readFileSync(file)
      : file;
  if (!embedded.font || !bytes || typeof bytes !== 'object') return;
  let byFace = faces.get(bytes);
  if (!byFace) faces.set(bytes, (byFace = new Map()));
  const shared = byFace.get(String(face));
  if (!shared) {
    byFace.set(String(face), embedded.font);
    return;
  }
  shared._glyphs = {};
  embedded.font = shared;
  embedded.subset = shared.createSubset();
}

/** Runs `work` (one or more pdfmake renders) with fonts parsed once and shared between them. */
export async function withSharedFonts<T>(work: () => Promise<T>): Promise<T> {
  install();
  sharing++;
  try {
    return await work();
  } finally {
    sharing--;
  }
}
