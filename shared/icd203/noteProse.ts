/**
 * The prose of a saved note as the estimative-language check reads it: one block per paragraph,
 * quote, list item and claim, each knowing whether it is a key judgment and which claim's
 * likelihood it goes with. Works on serialized Lexical JSON, so the editor (from its live state's
 * JSON) and the export read the same blocks with the same ids.
 */
import { CITATION_NODE_TYPE, CLAIM_NODE_TYPE } from '../note/serializedNodes';
import type { CheckBlock } from './estimativeCheck';
import { readClaimJudgments } from './claimJudgments';
import type { Likelihood } from './scale';

export interface ProseNode {
  type: string;
  children?: ProseNode[];
  [key: string]: unknown;
}

/** A heading that opens the note's key judgments (as the PDF's summary box also reads it). */
export const KEY_JUDGMENTS_HEADING =
  /^(bluf|bottom line( up front)?|summary|key judg(e)?ments?|assessment)\s*:?$/i;

const PROSE_BLOCKS = new Set(['paragraph', 'quote']);

/** The text of inline content: text runs, line breaks and tabs; decorators add nothing. */
export function inlineText(nodes: readonly ProseNode[] | undefined): string {
  let out = '';
  for (const node of nodes ?? []) {
    if (node.type === 'linebreak') out += '\n';
    else if (typeof node.text === 'string' && node.type !== CLAIM_NODE_TYPE) out += node.text;
    else if (node.children) out += inlineText(node.children);
  }
  return out;
}

function headingLevel(node: ProseNode): number {
  return Number(/^h([1-6])$/.exec(String(node.tag ?? 'h2'))?.[1] ?? '2');
}

function claimLikelihood(node: ProseNode): Likelihood | null {
  return readClaimJudgments(node).likelihood;
}

/** Excerpt ids cited anywhere under a node. */
function citedExcerpts(node: ProseNode, into: Set<number> = new Set()): Set<number> {
  if (node.type === CITATION_NODE_TYPE && typeof node.excerptId === 'number')
    into.add(node.excerptId);
  for (const child of node.children ?? []) citedExcerpts(child, into);
  return into;
}

/** Each excerpt that is evidence for exactly one likelihood among the note's claims. */
function evidenceLikelihoods(children: readonly ProseNode[]): Map<number, Likelihood | null> {
  const map = new Map<number, Likelihood | null>();
  for (const node of children) {
    if (node.type !== CLAIM_NODE_TYPE) continue;
    const likelihood = claimLikelihood(node);
    if (!likelihood || !Array.isArray(node.evidence)) continue;
    for (const e of node.evidence as { excerptId?: unknown }[]) {
      if (typeof e.excerptId !== 'number') continue;
      const known = map.get(e.excerptId);
      map.set(e.excerptId, known === undefined || known === likelihood ? likelihood : null);
    }
  }
  return map;
}

export function noteProse(root: ProseNode): CheckBlock[] {
  const children = root.children ?? [];
  const evidence = evidenceLikelihoods(children);
  const blocks: CheckBlock[] = [];
  let keySection: number | null = null;

  /** A block sits with the claim right after it or, first, right before it; else a claim it cites. */
  const likelihoodFor = (index: number, node: ProseNode): Likelihood | null => {
    for (const near of [children[index - 1], children[index + 1]]) {
      if (near?.type === CLAIM_NODE_TYPE) return claimLikelihood(near);
    }
    const cited = [...citedExcerpts(node)]
      .map((id) => evidence.get(id))
      .filter((l): l is Likelihood => !!l);
    return new Set(cited).size === 1 ? cited[0]! : null;
  };

  const listItems = (
    list: ProseNode,
    path: string,
    keyJudgment: boolean,
    likelihood: Likelihood | null,
  ) => {
    (list.children ?? []).forEach((item, j) => {
      const inline = (item.children ?? []).filter((c) => c.type !== 'list');
      const text = inlineText(inline);
      if (text.trim())
        blocks.push({ id: `${path}.${j}`, text, context: { keyJudgment, likelihood } });
      (item.children ?? []).forEach((c, k) => {
        if (c.type === 'list') listItems(c, `${path}.${j}.${k}`, keyJudgment, likelihood);
      });
    });
  };

  children.forEach((node, i) => {
    if (node.type === 'heading') {
      const level = headingLevel(node);
      if (KEY_JUDGMENTS_HEADING.test(inlineText(node.children).trim())) keySection = level;
      else if (keySection !== null && level <= keySection) keySection = null;
      return;
    }
    const inKeySection = keySection !== null;
    if (node.type === CLAIM_NODE_TYPE) {
      const text = typeof node.text === 'string' ? node.text : '';
      if (text.trim())
        blocks.push({
          id: String(i),
          text,
          context: { keyJudgment: true, likelihood: claimLikelihood(node) },
        });
      return;
    }
    if (PROSE_BLOCKS.has(node.type)) {
      const text = inlineText(node.children);
      if (text.trim())
        blocks.push({
          id: String(i),
          text,
          context: { keyJudgment: inKeySection, likelihood: likelihoodFor(i, node) },
        });
    } else if (node.type === 'list') {
      listItems(node, String(i), inKeySection, likelihoodFor(i, node));
    }
  });
  return blocks;
}
