import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import { SANS, SERIF } from './theme';

/** Font files in resources/fonts; Noto covers Latin, Cyrillic and Greek. */
const FONT_FILES = {
  [SERIF]: {
    normal: 'NotoSerif-Regular.ttf',
    bold: 'NotoSerif-Bold.ttf',
    italics: 'NotoSerif-Italic.ttf',
    bolditalics: 'NotoSerif-BoldItalic.ttf',
  },
  [SANS]: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Regular.ttf',
    bolditalics: 'NotoSans-Bold.ttf',
  },
} as const;

let fontsLoadedFrom: string | null = null;

/**
 * pdfmake may fetch URLs and read local files named in a document (images, fonts, attachments).
 * Both are denied: fonts come from pdfmake's in-memory file system, loaded here once.
 */
function preparePdfmake(resourcesDir: string): void {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  if (fontsLoadedFrom === resourcesDir) return;
  const files = new Set(Object.values(FONT_FILES).flatMap((f) => Object.values(f)));
  for (const file of files) {
    pdfmake.virtualfs.writeFileSync(file, readFileSync(join(resourcesDir, 'fonts', file)));
  }
  pdfmake.setFonts(FONT_FILES as unknown as Record<string, Record<string, string>>);
  fontsLoadedFrom = resourcesDir;
}

/** Lays out and renders a document definition to PDF bytes, reporting progress 0…1. */
export async function renderPdf(
  docDefinition: object,
  resourcesDir: string,
  onProgress?: (fraction: number) => void,
): Promise<Buffer> {
  preparePdfmake(resourcesDir);
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(docDefinition).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}
