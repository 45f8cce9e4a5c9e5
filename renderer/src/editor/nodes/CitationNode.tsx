import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import {
  CITATION_NODE_TYPE,
  type SerializedCitationNode,
} from '../../../../shared/note/serializedNodes';
import type { CitationInsert } from '../commands';
import { fullReference } from '../references';
import { CitationComponent } from './CitationComponent';
import { parseDataAttribute, readId, readSource, readString } from './snapshots';

export type CitationSnapshot = CitationInsert;

type SerializedCitation = Spread<SerializedCitationNode, SerializedLexicalNode>;

/** An inline citation marker, shown as its source's number in reading order. */
export class CitationNode extends DecoratorNode<JSX.Element> {
  __snapshot: CitationSnapshot;

  static override getType(): string {
    return CITATION_NODE_TYPE;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__snapshot, node.__key);
  }

  constructor(snapshot: CitationSnapshot, key?: NodeKey) {
    super(key);
    this.__snapshot = snapshot;
  }

  static override importJSON(json: SerializedLexicalNode): CitationNode {
    return $createCitationNode(readCitationSnapshot(json as unknown as Record<string, unknown>));
  }

  override exportJSON(): SerializedCitation {
    const s = this.getLatest().__snapshot;
    return {
      type: CITATION_NODE_TYPE,
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
      sup: (element: HTMLElement) =>
        element.hasAttribute('data-bw-citation')
          ? {
              priority: 2,
              conversion: (el) => {
                const data = parseDataAttribute(el as HTMLElement, 'data-bw-citation');
                return { node: data ? $createCitationNode(readCitationSnapshot(data)) : null };
              },
            }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const s = this.getLatest().__snapshot;
    const sup = document.createElement('sup');
    sup.setAttribute('data-bw-citation', JSON.stringify(this.exportJSON()));
    sup.title = fullReference(s.source, s.locator);
    sup.textContent = `[${s.source.title}]`;
    return { element: sup };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'bw-citation-host';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  getSnapshot(): CitationSnapshot {
    return this.getLatest().__snapshot;
  }

  setSnapshot(snapshot: CitationSnapshot): this {
    const writable = this.getWritable();
    writable.__snapshot = snapshot;
    return writable;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <CitationComponent nodeKey={this.__key} snapshot={this.__snapshot} />;
  }
}

export function readCitationSnapshot(json: Record<string, unknown>): CitationSnapshot {
  const excerptId = readId(json.excerptId);
  return {
    excerptId: excerptId || null,
    quote: readString(json.quote),
    locator: readString(json.locator),
    marking: readString(json.marking),
    source: readSource(json.source),
  };
}

export function $createCitationNode(snapshot: CitationSnapshot): CitationNode {
  return $applyNodeReplacement(new CitationNode(snapshot));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
