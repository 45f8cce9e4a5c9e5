import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder.js';

/**
 * pdfmake has no footnotes (pdfmake#2133) and tells no one which page an inline landed on. Its
 * layout builder lays out the body first and the headers and footers after; this probe records
 * the laid-out pages at that moment, so a footer can print the notes whose markers are on its own
 * page. Markers are found by their `linkToDestination`, which pdfmake keeps on each line's inline.
 */

interface LaidOutInline {
  linkToDestination?: string;
}
interface LaidOutItem {
  type: string;
  item: { inlines?: LaidOutInline[] };
}
interface LaidOutPage {
  items: LaidOutItem[];
}
interface LayoutBuilderLike {
  prototype: {
    addHeadersAndFooters(
      this: { writer: { context(): { pages: LaidOutPage[] } } },
      ...args: unknown[]
    ): void;
  };
}

const LayoutBuilder = ((LayoutBuilderModule as unknown as { default?: LayoutBuilderLike })
  .default ?? LayoutBuilderModule) as unknown as LayoutBuilderLike;

let listener: ((pages: LaidOutPage[]) => void) | null = null;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const original = LayoutBuilder.prototype.addHeadersAndFooters;
  LayoutBuilder.prototype.addHeadersAndFooters = function (...args: unknown[]) {
    listener?.(this.writer.context().pages);
    return original.apply(this, args);
  };
}

/** Page (1-based) of every marker whose destination starts with `prefix`, from one layout. */
export function markerPages(pages: readonly LaidOutPage[], prefix: string): Map<string, number> {
  const found = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const { type, item } of page.items) {
      if (type !== 'line') continue;
      for (const inline of item.inlines ?? []) {
        const id = inline.linkToDestination;
        if (id?.startsWith(prefix) && !found.has(id)) found.set(id, index + 1);
      }
    }
  });
  return found;
}

/**
 * Calls `onLayout` with the marker pages each time pdfmake finishes laying out the body (it may
 * lay out more than once), while `work` runs. Exports run one at a time per thread.
 */
export async function withMarkerPages<T>(
  prefix: string,
  onLayout: (pages: Map<string, number>) => void,
  work: () => Promise<T>,
): Promise<T> {
  install();
  listener = (pages) => onLayout(markerPages(pages, prefix));
  try {
    return await work();
  } finally {
    listener = null;
  }
}
