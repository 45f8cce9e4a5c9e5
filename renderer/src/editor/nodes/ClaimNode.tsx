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
import { CLAIM_NODE_TYPE, type SerializedClaimNode } from '../../../../shared/note/serializedNodes';
import type { ClaimInsert } from '../commands';
import { ClaimComponent } from './ClaimComponent';
import { formatAssessment } from '../../../../shared/icd203/scale';
import { parseDataAttribute, readEvidence, readId, readJudgments, readString } from './snapshots';

export type ClaimSnapshot = ClaimInsert;

type SerializedClaim = Spread<SerializedClaimNode, SerializedLexicalNode>;

/** A claim from the library with its ICD 203 likelihood and confidence and the evidence that supports or contradicts it. */
export class ClaimNode extends DecoratorNode<JSX.Element> {
  __snapshot: ClaimSnapshot;

  static override getType(): string {
    return CLAIM_NODE_TYPE;
  }

  static override clone(node: ClaimNode): ClaimNode {
    return new ClaimNode(node.__snapshot, node.__key);
  }

  constructor(snapshot: ClaimSnapshot, key?: NodeKey) {
    super(key);
    this.__snapshot = snapshot;
  }

  static override importJSON(json: SerializedLexicalNode): ClaimNode {
    return $createClaimNode(readClaimSnapshot(json as unknown as Record<string, unknown>));
  }

  override exportJSON(): SerializedClaim {
    const s = this.getLatest().__snapshot;
    return {
      type: CLAIM_NODE_TYPE,
      version: 2,
      claimId: s.claimId,
      text: s.text,
      likelihood: s.likelihood,
      confidence: s.confidence,
      marking: s.marking,
      evidence: s.evidence.map((e) => ({ ...e, source: { ...e.source } })),
    };
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      div: (element: HTMLElement) =>
        element.hasAttribute('data-bw-claim')
          ? {
              priority: 2,
              conversion: (el) => {
                const data = parseDataAttribute(el as HTMLElement, 'data-bw-claim');
                return { node: data ? $createClaimNode(readClaimSnapshot(data)) : null };
              },
            }
          : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const s = this.getLatest().__snapshot;
    const div = document.createElement('div');
    div.setAttribute('data-bw-claim', JSON.stringify(this.exportJSON()));
    const claim = document.createElement('p');
    const assessment = formatAssessment(s.likelihood, s.confidence);
    claim.textContent = assessment ? `${s.text} (${assessment})` : s.text;
    div.append(claim);
    return { element: div };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'bw-claim-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getSnapshot(): ClaimSnapshot {
    return this.getLatest().__snapshot;
  }

  setSnapshot(snapshot: ClaimSnapshot): this {
    const writable = this.getWritable();
    writable.__snapshot = snapshot;
    return writable;
  }

  override getTextContent(): string {
    return `${this.__snapshot.text}\n`;
  }

  override decorate(): JSX.Element {
    return <ClaimComponent nodeKey={this.__key} snapshot={this.__snapshot} />;
  }
}

export function readClaimSnapshot(json: Record<string, unknown>): ClaimSnapshot {
  return {
    claimId: readId(json.claimId),
    text: readString(json.text) ?? '',
    ...readJudgments(json),
    marking: readString(json.marking),
    evidence: readEvidence(json.evidence),
  };
}

export function $createClaimNode(snapshot: ClaimSnapshot): ClaimNode {
  return $applyNodeReplacement(new ClaimNode(snapshot));
}

export function $isClaimNode(node: LexicalNode | null | undefined): node is ClaimNode {
  return node instanceof ClaimNode;
}
