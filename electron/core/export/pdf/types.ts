/**
 * The slice of pdfmake's document-definition format the converter produces. pdfmake ships no
 * types; these keep our side honest without describing all of its options.
 */
export interface PdfInline {
  text: string | PdfInline[];
  bold?: boolean;
  italics?: boolean;
  decoration?: ('underline' | 'lineThrough')[];
  sup?: boolean;
  sub?: boolean;
  font?: string;
  fontSize?: number;
  color?: string;
  background?: string;
  characterSpacing?: number;
  link?: string;
  linkToDestination?: string;
  style?: string | string[];
  noWrap?: boolean;
}

/** A block: pdfmake accepts many shapes, so this stays an open record. */
export type PdfBlock = { [key: string]: unknown } | string;

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  lineHeight?: number;
  margin?: number[];
  characterSpacing?: number;
  alignment?: 'left' | 'right' | 'center' | 'justify';
}

export interface PdfDocDefinition {
  pageSize: string;
  pageMargins: number[];
  info: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
    creationDate: Date;
  };
  header?: (currentPage: number, pageCount: number) => PdfBlock | null;
  footer?: (currentPage: number, pageCount: number) => PdfBlock | null;
  pageBreakBefore?: (
    node: { headlineLevel?: number },
    around: { getFollowingNodesOnPage(): unknown[] },
  ) => boolean;
  content: PdfBlock[];
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
  language?: string;
}
