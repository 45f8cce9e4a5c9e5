import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type Spread,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import {
  EXCERPT_NODE_TYPE,
  type SerializedExcerptNode,
  type SourceSnapshot,
} from '../../../../shared/note/serializedNodes';
import { attribution } from '../references';
import { ExcerptComponent } from './ExcerptComponent';
import { parseDataAttribute, readId, readSource, readString } from './snapshots';

export interface ExcerptSnapshot {
  excerptId: number;
  quote: string;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}

type SerializedExcerpt = Spread<SerializedExcerptNode, SerializedLexicalNode>;

/**
 * A quoted excerpt from the library as a block. The quote is a snapshot, rendered read-only, so
 * the note stays true to what was cited even if the library changes or the source is deleted.
 */
export class ExcerptNode extends DecoratorNode<JSX.Element> {
  __snapshot: ExcerptSnapshot;

  static override getType(): string {
    return EXCERPT_NODE_TYPE;
  }

  static override clone(node: ExcerptNode): ExcerptNode {
    return new ExcerptNode(node.__snapshot, node.__key);
  }

  constructor(snapshot: ExcerptSnapshot, key?: NodeKey) {
    super(key);
    this.__snapshot = snapshot;
  }

  static override importJSON(json: SerializedLexicalNode): ExcerptNode {
    // Version 1 is the only format so far; unknown fields are ignored.
    return $createExcerptNode(readExcerptSnapshot(json as unknown as Record<string, unknown>));
  }

  override exportJSON(): SerializedExcerpt {
    const s = this.getLatest().__snapshot;
    return {
      type: EXCERPT_NODE_TYPE,
      version: 1,
      excerptId: s.excerptId,
      quote: s.quote,
      locator: s.locator,
      marking: s.marking,
      source: { ...s.source },
    };
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      blockquote: (element: HTMLElement) =>
        element.hasAttribute('data-bw-excerpt')
          ? {
              priority: 2,
              conversion: (el) => {
                const data = parseDataAttribute(el as HTMLElement, 'data-bw-excerpt');
                return { node: data ? $createExcerptNode(readExcerptSnapshot(data)) : null };
              },
            }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const s = this.getLatest().__snapshot;
    const quote = document.createElement('blockquote');
    quote.setAttribute('data-bw-excerpt', JSON.stringify(this.exportJSON()));
    const text = document.createElement('p');
    text.textContent = s.quote;
    const cite = document.createElement('cite');
    cite.textContent = `— ${s.source.title}${attribution(s.source, s.locator) ? `, ${attribution(s.source, s.locator)}` : ''}`;
    quote.append(text, cite);
    return { element: quote };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'bw-excerpt-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getSnapshot(): ExcerptSnapshot {
    return this.getLatest().__snapshot;
  }

  setSnapshot(snapshot: ExcerptSnapshot): this {
    const writable = this.getWritable();
    writable.__snapshot = snapshot;
    return writable;
  }

  override getTextContent(): string {
    return `“${this.__snapshot.quote}”\n`;
  }

  override decorate(): JSX.Element {
    return <ExcerptComponent nodeKey={this.__key} snapshot={this.__snapshot} />;
  }
}

export function readExcerptSnapshot(json: Record<string, unknown>): ExcerptSnapshot {
  return {
    excerptId: readId(json.excerptId),
    quote: readString(json.quote) ?? '',
    locator: readString(json.locator),
    marking: readString(json.marking),
    source: readSource(json.source),
  };
}

export function $createExcerptNode(snapshot: ExcerptSnapshot): ExcerptNode {
  return $applyNodeReplacement(new ExcerptNode(snapshot));
}

export function $isExcerptNode(node: LexicalNode | null | undefined): node is ExcerptNode {
  return node instanceof ExcerptNode;
}
