/** Minimal declarations for the untyped libraries the export uses. */

declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    virtualfs: {
      writeFileSync(name: string, content: Buffer): void;
      existsSync(name: string): boolean;
    };
    setFonts(fonts: Record<string, Record<string, string>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setProgressCallback(callback: ((progress: number) => void) | undefined): void;
    createPdf(docDefinition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'pdfmake/js/LayoutBuilder.js' {
  const LayoutBuilder: unknown;
  export default LayoutBuilder;
}

declare module 'fontkit' {
  interface Font {
    postscriptName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  interface FontCollection {
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  export function create(
    buffer: Buffer | Uint8Array,
    postscriptName?: string,
  ): Font | FontCollection;
}

declare module 'pdfmake/js/PDFDocument.js' {
  const PDFDocument: unknown;
  export default PDFDocument;
}
