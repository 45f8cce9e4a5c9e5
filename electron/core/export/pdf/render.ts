import pdfmake from 'pdfmake';
import { loadEmojiNames, type EmojiNames } from './emojiNames';
import { loadFontSet, type FontSet } from './fonts';
import { createShaper } from './shapeDocument';

let loaded: { resourcesDir: string; fonts: FontSet; emoji: EmojiNames } | null = null;

/**
 * pdfmake may fetch URLs and read local files named in a document (images, fonts, attachments).
 * Both are denied: fonts come from pdfmake's in-memory file system, loaded here once.
 */
function preparePdfmake(resourcesDir: string): { fonts: FontSet; emoji: EmojiNames } {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  if (loaded?.resourcesDir !== resourcesDir) {
    const fonts = loadFontSet(resourcesDir);
    for (const [file, bytes] of fonts.files) pdfmake.virtualfs.writeFileSync(file, bytes);
    loaded = { resourcesDir, fonts, emoji: loadEmojiNames(resourcesDir) };
  }
  // pdfmake writes the loaded font into its definition, so each document gets fresh ones.
  pdfmake.setFonts(loaded.fonts.definitions() as unknown as Record<string, Record<string, string>>);
  return loaded;
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
  pdfmake.setProgressCallback(onProgress);
  try {
    const bytes = await pdfmake.createPdf(docDefinition).getBuffer();
    return { bytes, warnings: shaper.warnings() };
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
