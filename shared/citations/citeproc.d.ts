/** The parts of citeproc-js Briefwright uses (the package ships no types). */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): object;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  interface Citation {
    citationID: string;
    citationItems: CitationItem[];
    properties: { noteIndex: number };
  }
  interface BibliographyMeta {
    entry_ids: string[][];
    bibstart: string;
    bibend: string;
    /** Set when the style asks for hanging indents (APA, Chicago). */
    hangingindent?: boolean | number;
    /** "flush" or "margin" when a numeric label stands in a column of its own (IEEE). */
    'second-field-align'?: string | false;
  }
  interface EngineInstance {
    opt: { xclass: 'note' | 'in-text'; [key: string]: unknown };
    bibliography?: unknown;
    rebuildProcessorState(
      citations: Citation[],
      mode?: 'html' | 'text' | 'rtf',
    ): [string, number, string][];
    makeBibliography(): [BibliographyMeta, string[]] | false;
    updateItems(ids: string[]): void;
  }
  const CSL: {
    Engine: new (
      sys: CiteprocSys,
      style: string,
      lang?: string,
      forceLang?: boolean,
    ) => EngineInstance;
  };
  export default CSL;
}
