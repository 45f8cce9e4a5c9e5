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
