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

declare module '@citation-js/core' {
  interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    asEntryArray?: boolean;
  }
  export class Cite {
    constructor(data: object[]);
    format(kind: 'bibliography', options: FormatOptions): string | [string, string][];
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}

declare module '@citation-js/plugin-csl';

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
