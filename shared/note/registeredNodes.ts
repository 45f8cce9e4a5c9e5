import { z } from 'zod';
import { NODE_DESCRIPTORS } from './nodes';
import { ANALYTIC_CONFIDENCES, LIKELIHOODS } from '../icd203/scale';
import { CITATION_NODE_TYPE, CLAIM_NODE_TYPE, EXCERPT_NODE_TYPE } from './serializedNodes';

/**
 * The node types a note may hold, with the shape each must have and where it may stand. This is
 * the one list that content validation (at save) and loading (in the editor) read; when each
 * node type has a descriptor of its own in `shared/note/nodes/`, this list is built from them.
 */

/** A node that may stand at the top level of a note, in a list item or a quote. */
export type NodePlacement = 'block' | 'inline' | 'list-item' | 'root';

/** What a node may contain: nothing, inline content, list items, or blocks. */
export type NodeContent = 'none' | 'inline' | 'list-items' | 'list-item-content' | 'blocks';

export interface RegisteredNode {
  placement: NodePlacement;
  content: NodeContent;
  /** The node's own fields (children are checked by the walker, not here). */
  shape: z.ZodType;
}

export const UNSUPPORTED_NODE_TYPE = 'bw-unsupported';

/** Longest text in one text node. A note's total size is bounded separately. */
export const MAX_TEXT_NODE_CHARS = 200_000;
/** Deepest nesting below the root (a list nested 20 times is about 40 deep). */
export const MAX_NOTE_DEPTH = 100;
/** Most nodes in one note. */
export const MAX_NOTE_NODES = 200_000;
/** A marking in a snapshot; the same bound the library applies to markings it stores. */
export const MAX_MARKING_CHARS = 40;
/** Longest quote snapshot. */
export const MAX_QUOTE_CHARS = 5_000_000;

const str = (max: number) => z.string().max(max);
const nullableStr = (max: number) => str(max).nullable();
const id = z.number().int().positive();
const element = z.looseObject({ children: z.array(z.unknown()) });

const sourceSnapshot = z.looseObject({
  sourceId: id,
  title: str(2000),
  author: nullableStr(2000).optional(),
  outlet: nullableStr(2000).optional(),
  publishedAt: nullableStr(40).optional(),
  url: nullableStr(4000).optional(),
  marking: nullableStr(MAX_MARKING_CHARS).optional(),
});

const snapshotFields = {
  quote: str(MAX_QUOTE_CHARS),
  locator: nullableStr(200).optional(),
  marking: nullableStr(MAX_MARKING_CHARS).optional(),
  source: sourceSnapshot,
};

const textShape = z.looseObject({
  text: str(MAX_TEXT_NODE_CHARS),
  format: z.number().int().min(0).optional(),
  detail: z.number().int().min(0).optional(),
  mode: z.enum(['normal', 'token', 'segmented']).optional(),
  style: str(2000).optional(),
});

const link = element.extend({
  url: str(4000),
  rel: nullableStr(200).optional(),
  target: nullableStr(200).optional(),
  title: nullableStr(2000).optional(),
});

/** The saved shape of each of Briefwright's own node types (their descriptors say the rest). */
const SNAPSHOT_SHAPES: Readonly<Record<string, z.ZodType>> = {
  [EXCERPT_NODE_TYPE]: z.looseObject({ excerptId: id, ...snapshotFields }),
  [CITATION_NODE_TYPE]: z.looseObject({
    excerptId: id.nullable(),
    ...snapshotFields,
    quote: nullableStr(MAX_QUOTE_CHARS).optional(),
  }),
  [CLAIM_NODE_TYPE]: z.looseObject({
    claimId: id,
    text: str(10_000),
    likelihood: z.enum(LIKELIHOODS).nullable().optional(),
    // Version 1 kept the likelihood term here; version 2 keeps the analytic confidence.
    confidence: z
      .enum([...LIKELIHOODS, ...ANALYTIC_CONFIDENCES])
      .nullable()
      .optional(),
    marking: nullableStr(MAX_MARKING_CHARS).optional(),
    evidence: z
      .array(
        z.looseObject({
          excerptId: id,
          relation: z.enum(['supports', 'contradicts']),
          ...snapshotFields,
        }),
      )
      .max(500),
  }),
};

/** Briefwright's own node types, one per descriptor in `shared/note/nodes/`. */
function briefwrightNodes(): Record<string, RegisteredNode> {
  const registered: Record<string, RegisteredNode> = {};
  for (const descriptor of NODE_DESCRIPTORS) {
    const shape = SNAPSHOT_SHAPES[descriptor.type];
    // A descriptor without a shape here is a programming error, caught by the tests.
    if (!shape) throw new Error(`No saved shape for node type ${descriptor.type}`);
    registered[descriptor.type] = { placement: descriptor.placement, content: 'none', shape };
  }
  return registered;
}

export const REGISTERED_NODES: Readonly<Record<string, RegisteredNode>> = {
  root: { placement: 'root', content: 'blocks', shape: element },
  paragraph: { placement: 'block', content: 'inline', shape: element },
  heading: {
    placement: 'block',
    content: 'inline',
    shape: element.extend({ tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) }),
  },
  quote: { placement: 'block', content: 'inline', shape: element },
  list: {
    placement: 'block',
    content: 'list-items',
    shape: element.extend({
      listType: z.enum(['bullet', 'number', 'check']),
      start: z.number().int().min(0).max(1_000_000).optional(),
    }),
  },
  listitem: {
    placement: 'list-item',
    content: 'list-item-content',
    shape: element.extend({ value: z.number().int().optional(), checked: z.boolean().optional() }),
  },
  link: { placement: 'inline', content: 'inline', shape: link },
  autolink: { placement: 'inline', content: 'inline', shape: link },
  text: { placement: 'inline', content: 'none', shape: textShape },
  tab: { placement: 'inline', content: 'none', shape: textShape },
  linebreak: { placement: 'inline', content: 'none', shape: z.looseObject({}) },
  horizontalrule: { placement: 'block', content: 'none', shape: z.looseObject({}) },
  ...briefwrightNodes(),
  // Holds a node this version cannot show, as JSON text, so nothing of it is lost.
  [UNSUPPORTED_NODE_TYPE]: {
    placement: 'block',
    content: 'none',
    shape: z.looseObject({
      json: z.string(),
      inline: z.boolean(),
      originalType: str(200),
    }),
  },
};

/** Which placements a parent's content admits. */
export const ADMITS: Readonly<Record<NodeContent, readonly NodePlacement[]>> = {
  none: [],
  inline: ['inline'],
  'list-items': ['list-item'],
  // Inline content and nested lists (checked by type in the walker).
  'list-item-content': ['inline', 'block'],
  blocks: ['block'],
};
