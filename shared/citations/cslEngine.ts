import CSL from 'citeproc';
import type { SourceSnapshot } from '../note/serializedNodes';
import { cslHtmlToText, type StyledText } from './cslHtml';
import { cslItemId, toCslItem } from './cslItem';
import { parseLocator } from './locators';

/** One place in the text that cites one or more sources, each perhaps at a locator. */
export interface ClusterInput {
  items: { source: SourceSnapshot; locator: string | null }[];
}

/** What a style makes of a note's citations, computed for the whole note in one pass. */
export interface FormattedCitations {
  /** `note`: each cluster is a footnote or endnote; `in-text`: printed where it stands. */
  kind: 'note' | 'in-text';
  /** Whether in-text citations are numbers (IEEE, Vancouver) rather than author–date. */
  numeric: boolean;
  /** Per cluster, in order: the in-text form or the note's text. */
  clusters: StyledText[][];
  /** The reference list or bibliography, in the style's order. */
  bibliography: BibliographyEntry[];
  /**
   * How the style sets its list out: `hanging` (first line flush, the rest indented: APA,
   * Chicago), `labelled` (a number column, the text aligned beside it: IEEE, Vancouver) or
   * `flush` (plain paragraphs).
   */
  bibliographyLayout: 'hanging' | 'labelled' | 'flush';
  /** What the style calls its list: "References" for author–date, "Bibliography" for notes. */
  bibliographyTitle: string;
}

export interface BibliographyEntry {
  sourceId: number;
  /** The whole entry, label included ("[1] J. Marrow, …"). */
  text: StyledText[];
  /** A numeric style's label ("[1]", "1."), or null. */
  label: StyledText[] | null;
  /** The entry without its label. */
  body: StyledText[];
}

export interface StyleXml {
  /** The CSL style (XML text). */
  style: string;
  /** The CSL locale (XML text) the style's terms come from. */
  locale: string;
}

/** True when the style says its citations are numeric (category citation-format="numeric"). */
export function isNumericStyle(xml: string): boolean {
  return /citation-format="numeric"/.test(xml);
}

const LABELLED =
  /<div class="csl-left-margin">([\s\S]*?)<\/div>\s*<div class="csl-right-inline">([\s\S]*?)<\/div>/;

/** One bibliography entry's text, with a numeric style's label set apart from the rest. */
function entryParts(html: string): Omit<BibliographyEntry, 'sourceId'> {
  const text = cslHtmlToText(html);
  const labelled = LABELLED.exec(html);
  if (!labelled) return { text, label: null, body: text };
  return { text, label: cslHtmlToText(labelled[1]!), body: cslHtmlToText(labelled[2]!) };
}

type Engine = ReturnType<typeof makeEngine>;
type Items = Map<string, Record<string, unknown>>;

function makeEngine(xml: StyleXml, holder: { items: Items }) {
  return new CSL.Engine(
    {
      retrieveLocale: () => xml.locale,
      retrieveItem: (id: string) => holder.items.get(id) ?? { id, type: 'report', title: id },
    },
    xml.style,
    'en-US',
    true,
  );
}

/** Parsing a large style takes citeproc most of a second: engines are kept, a few at a time. */
const ENGINES = new Map<string, { engine: Engine; holder: { items: Items } }>();
const KEPT_ENGINES = 4;

const styleKey = (xml: StyleXml) => `${xml.locale.length}:${xml.style}`;

function engineFor(xml: StyleXml, items: Items): Engine {
  const key = styleKey(xml);
  let kept = ENGINES.get(key);
  if (!kept) {
    const holder = { items };
    kept = { engine: makeEngine(xml, holder), holder };
    if (ENGINES.size >= KEPT_ENGINES) ENGINES.delete(ENGINES.keys().next().value!);
    ENGINES.set(key, kept);
  } else {
    kept.holder.items = items;
    // Forget the previous note's items, so changed metadata is read afresh.
    kept.engine.updateItems([]);
    (kept.engine as unknown as { tmp: { loadedItemIDs: object } }).tmp.loadedItemIDs = {};
  }
  return kept.engine;
}

/**
 * Runs citeproc over every cluster of a note in one pass, so positions are right: a full note the
 * first time a source is cited, a short one after, "Ibid." right after the same source, and
 * numbers in first-cited order for numeric styles.
 */
export function formatCitations(
  xml: StyleXml,
  clusters: readonly ClusterInput[],
): FormattedCitations {
  const items = new Map<string, Record<string, unknown>>();
  for (const cluster of clusters)
    for (const { source } of cluster.items) {
      const id = cslItemId(source.sourceId);
      if (!items.has(id)) items.set(id, toCslItem(source));
    }
  // Exporting a note again (another paper size, a changed paragraph) cites the same sources at
  // the same places: the result depends only on the style, the items and the clusters.
  const key = JSON.stringify([
    styleKey(xml),
    [...items.values()],
    clusters.map((c) => c.items.map(({ source, locator }) => [source.sourceId, locator])),
  ]);
  const known = RESULTS.get(key);
  if (known) {
    RESULTS.delete(key);
    RESULTS.set(key, known);
    return known;
  }
  const result = runCiteproc(xml, clusters, items);
  if (RESULTS.size >= KEPT_RESULTS) RESULTS.delete(RESULTS.keys().next().value!);
  RESULTS.set(key, result);
  return result;
}

/** The last few notes' formatted citations; callers only read them. */
const RESULTS = new Map<string, FormattedCitations>();
const KEPT_RESULTS = 8;

function runCiteproc(
  xml: StyleXml,
  clusters: readonly ClusterInput[],
  items: Items,
): FormattedCitations {
  const engine = engineFor(xml, items);
  const kind = engine.opt.xclass === 'note' ? 'note' : 'in-text';
  const citations = clusters
    .map((cluster, i) => ({
      citationID: `c${i}`,
      citationItems: cluster.items.map(({ source, locator }) => {
        const parsed = parseLocator(locator);
        return {
          id: cslItemId(source.sourceId),
          ...(parsed ? { locator: parsed.value, label: parsed.label } : {}),
        };
      }),
      properties: { noteIndex: kind === 'note' ? i + 1 : 0 },
    }))
    .filter((c) => c.citationItems.length > 0);
  // In-text styles print the same cluster the same way wherever it stands (positions only
  // matter to notes), so each distinct cluster is formatted once: citeproc's cost is per cluster.
  const sameAs = new Map<string, string>();
  const distinct =
    kind === 'note'
      ? citations
      : citations.filter((c) => {
          const key = JSON.stringify(c.citationItems);
          const first = sameAs.get(key);
          sameAs.set(c.citationID, first ?? c.citationID);
          if (first) return false;
          sameAs.set(key, c.citationID);
          return true;
        });
  const formatted = new Map<string, string>();
  if (distinct.length) {
    for (const [id, , html] of engine.rebuildProcessorState(distinct, 'html'))
      formatted.set(id, html);
  }
  for (const c of citations) {
    const first = sameAs.get(c.citationID);
    if (first && first !== c.citationID) formatted.set(c.citationID, formatted.get(first) ?? '');
  }
  const bibliography: BibliographyEntry[] = [];
  let bibliographyLayout: FormattedCitations['bibliographyLayout'] = 'flush';
  const made = items.size && engine.bibliography ? engine.makeBibliography() : false;
  if (made) {
    const [meta, entries] = made;
    if (meta['second-field-align']) bibliographyLayout = 'labelled';
    else if (meta.hangingindent) bibliographyLayout = 'hanging';
    entries.forEach((html, i) => {
      const id = meta.entry_ids[i]?.[0] ?? '';
      bibliography.push({ sourceId: Number(id.slice(1)), ...entryParts(html) });
    });
  }
  return {
    kind,
    numeric: isNumericStyle(xml.style),
    clusters: clusters.map((_, i) => cslHtmlToText(formatted.get(`c${i}`) ?? '')),
    bibliography,
    bibliographyLayout,
    bibliographyTitle: kind === 'note' ? 'Bibliography' : 'References',
  };
}
