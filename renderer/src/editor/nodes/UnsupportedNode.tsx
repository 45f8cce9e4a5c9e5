import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import type { SerializedUnsupportedNode } from '../../../../shared/note/noteContent';
import { UNSUPPORTED_NODE_TYPE } from '../../../../shared/note/registeredNodes';

type SerializedUnsupported = Spread<SerializedUnsupportedNode, SerializedLexicalNode>;

interface Kept {
  originalType: string;
  inline: boolean;
  json: string;
}

/**
 * Something this version cannot show (a node type it does not know, or one of the wrong shape).
 * It is shown as a marked box and saved back exactly as it came, so opening a note written by
 * another version never loses or breaks anything.
 */
export class UnsupportedNode extends DecoratorNode<JSX.Element> {
  __kept: Kept;

  static override getType(): string {
    return UNSUPPORTED_NODE_TYPE;
  }

  static override clone(node: UnsupportedNode): UnsupportedNode {
    return new UnsupportedNode(node.__kept, node.__key);
  }

  constructor(kept: Kept, key?: NodeKey) {
    super(key);
    this.__kept = kept;
  }

  static override importJSON(json: SerializedLexicalNode): UnsupportedNode {
    const raw = json as unknown as Partial<SerializedUnsupportedNode>;
    return $createUnsupportedNode({
      originalType: typeof raw.originalType === 'string' ? raw.originalType : '',
      inline: raw.inline === true,
      json: typeof raw.json === 'string' ? raw.json : 'null',
    });
  }

  override exportJSON(): SerializedUnsupported {
    const kept = this.getLatest().__kept;
    return { type: UNSUPPORTED_NODE_TYPE, version: 1, ...kept };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement(this.__kept.inline ? 'span' : 'div');
    element.className = this.__kept.inline ? 'bw-unsupported-inline' : 'bw-unsupported-block';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return this.__kept.inline;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    const { originalType, json, inline } = this.__kept;
    const label = originalType ? `Unsupported block: ${originalType}` : 'Unsupported block';
    if (inline)
      return (
        <span className="bw-unsupported" role="note" title={json.slice(0, 2000)}>
          {label}
        </span>
      );
    return (
      <div className="bw-unsupported" role="note" aria-label={label} contentEditable={false}>
        <strong>{label}</strong>
        <span className="bw-unsupported-hint">
          {' '}
          — this version cannot show it; it is kept unchanged and exported as a warning.
        </span>
        <details>
          <summary>Show its data</summary>
          <pre>{json.length > 20_000 ? `${json.slice(0, 20_000)}…` : json}</pre>
        </details>
      </div>
    );
  }
}

export function $createUnsupportedNode(kept: Kept): UnsupportedNode {
  return $applyNodeReplacement(new UnsupportedNode(kept));
}

export function $isUnsupportedNode(node: LexicalNode | null | undefined): node is UnsupportedNode {
  return node instanceof UnsupportedNode;
}
