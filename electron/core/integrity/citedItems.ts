import {
  CITATION_NODE_TYPE,
  CLAIM_NODE_TYPE,
  EXCERPT_NODE_TYPE,
  type EvidenceRelation,
  type SourceSnapshot,
} from '../../../shared/note/serializedNodes';
import { likelihoodOf } from './likelihood';

/** A quote as a note shows it: from an excerpt block, an inline citation or a claim's evidence. */
export interface CitedQuote {
  excerptId: number;
  quote: string;
  locator: string | null;
  marking: string | null;
  source: SourceSnapshot;
}

export interface CitedEvidence extends CitedQuote {
  relation: EvidenceRelation;
}

export type CitedItem =
  | ({ kind: 'excerpt' } & CitedQuote)
  | { kind: 'source'; source: SourceSnapshot }
  | {
      kind: 'claim';
      claimId: number;
      text: string;
      likelihood: string | null;
      evidence: CitedEvidence[];
    };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function readSource(v: unknown): SourceSnapshot | null {
  if (!isObject(v) || !isId(v.sourceId)) return null;
  return {
    sourceId: v.sourceId,
    title: str(v.title) ?? '',
    author: str(v.author),
    outlet: str(v.outlet),
    publishedAt: str(v.publishedAt),
    url: str(v.url),
    marking: str(v.marking),
  };
}

function readQuote(v: Json, excerptId: number): CitedQuote | null {
  const source = readSource(v.source);
  if (!source) return null;
  return {
    excerptId,
    quote: str(v.quote) ?? '',
    locator: str(v.locator),
    marking: str(v.marking),
    source,
  };
}

/**
 * Every cited item in a serialized editor state (its `root`), in reading order, one per node.
 * Malformed nodes are skipped; a note that cannot be read cites nothing it can prove.
 */
export function citedItems(root: unknown): CitedItem[] {
  const out: CitedItem[] = [];
  // Iterative, so a deeply nested note cannot exhaust the stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (node.type === EXCERPT_NODE_TYPE && isId(node.excerptId)) {
      const quote = readQuote(node, node.excerptId);
      if (quote) out.push({ kind: 'excerpt', ...quote });
    } else if (node.type === CITATION_NODE_TYPE) {
      if (isId(node.excerptId)) {
        const quote = readQuote(node, node.excerptId);
        if (quote) out.push({ kind: 'excerpt', ...quote });
      } else {
        const source = readSource(node.source);
        if (source) out.push({ kind: 'source', source });
      }
    } else if (node.type === CLAIM_NODE_TYPE && isId(node.claimId)) {
      const evidence: CitedEvidence[] = [];
      for (const e of Array.isArray(node.evidence) ? node.evidence : []) {
        if (!isObject(e) || !isId(e.excerptId)) continue;
        const quote = readQuote(e, e.excerptId);
        if (quote)
          evidence.push({
            ...quote,
            relation: e.relation === 'contradicts' ? 'contradicts' : 'supports',
          });
      }
      out.push({
        kind: 'claim',
        claimId: node.claimId,
        text: str(node.text) ?? '',
        likelihood: likelihoodOf(node),
        evidence,
      });
    }
    if (Array.isArray(node.children))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The `root` of a note's saved content, or null when it is not readable JSON. */
export function noteRoot(content: string): unknown {
  try {
    const parsed: unknown = JSON.parse(content);
    return isObject(parsed) ? (parsed.root ?? null) : null;
  } catch {
    return null;
  }
}
