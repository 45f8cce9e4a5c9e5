import pdfmake from 'pdfmake';
import { loadEmojiNames, type EmojiNames } from './emojiNames';
import { loadFontSet, type FontSet } from './fonts';
import { createShaper } from './shapeDocument';
import { withSharedFonts } from './sharedFonts';

let loaded: { resourcesDir: string; fonts: FontSet; emoji: EmojiNames } | null = null;

/**
 * pdfmake may fetch URLs and read local files named in a document (images, fonts, attachments).
 * Both are denied: fonts come from pdfmake's in-memory file system, loaded here once.
 */
function preparePdfmake(resourcesDir: string): { fonts: FontSet; emoji: EmojiNames } {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  if (loaded?.resourcesDir !== resourcesDir)
    loaded = {
      resourcesDir,
      fonts: loadFontSet(resourcesDir),
      emoji: loadEmojiNames(resourcesDir),
    };
  return loaded;
}

/** Puts font files pdfmake does not have yet into its file system (a CJK font, once needed). */
function addFontFiles(fonts: FontSet): void {
  for (const [file, bytes] of fonts.files)
    if (!pdfmake.virtualfs.existsSync(file)) pdfmake.virtualfs.writeFileSync(file, bytes);
}

/**
 * Headers and footers are made and shaped while pdfmake lays out the pages, so a CJK font first
 * needed by one (a title, a footnote) must reach pdfmake before it measures that text.
 */
function addingFontFiles(doc: Record<string, unknown>, fonts: FontSet): void {
  for (const key of ['header', 'footer']) {
    const make = doc[key];
    if (typeof make !== 'function') continue;
    doc[key] = (...args: unknown[]): unknown => {
      const made: unknown = (make as (...a: unknown[]) => unknown)(...args);
      addFontFiles(fonts);
      return made;
    };
  }
}

export interface RenderedPdf {
  bytes: Buffer;
  /** Characters that could not be printed as written, and where. */
  warnings: string[];
}

/**
 * Lays out and renders a document definition to PDF bytes, reporting progress 0…1. Every text
 * is first prepared for its script (pdf/shapeDocument.ts); the definition is changed in place.
 */
export async function renderPdf(
  docDefinition: object,
  resourcesDir: string,
  onProgress?: (fraction: number) => void,
): Promise<RenderedPdf> {
  const { fonts, emoji } = preparePdfmake(resourcesDir);
  const shaper = createShaper(fonts, emoji);
  shaper.shape(docDefinition as Record<string, unknown>);
  addingFontFiles(docDefinition as Record<string, unknown>, fonts);
  addFontFiles(fonts);
  // pdfmake writes the loaded font into its definition, so each document gets fresh ones.
  pdfmake.setFonts(fonts.definitions() as unknown as Record<string, Record<string, string>>);
  pdfmake.setProgressCallback(onProgress);
  try {
    const bytes = await withSharedFonts(() => pdfmake.createPdf(docDefinition).getBuffer());
    return { bytes, warnings: shaper.warnings() };
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
