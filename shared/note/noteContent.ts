import {
  ADMITS,
  MAX_NOTE_DEPTH,
  MAX_NOTE_NODES,
  REGISTERED_NODES,
  UNSUPPORTED_NODE_TYPE,
  type NodeContent,
} from './registeredNodes';

/**
 * Reading a note's saved content against the registered node types. Both walks are iterative so
 * that no nesting, however deep, can overflow the stack.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved form of a node this version cannot show: its JSON, kept as text. */
export interface SerializedUnsupportedNode {
  type: typeof UNSUPPORTED_NODE_TYPE;
  version: 1;
  /** The type the kept node says it has ("" when it had none). */
  originalType: string;
  /** True when it stood inside a paragraph, so it shows inline. */
  inline: boolean;
  json: string;
}

/** Why a node cannot stand where it is, or null when it can. */
export function nodeProblem(node: unknown, parent: NodeContent, depth: number): string | null {
  if (!isObject(node)) return 'a node must be an object';
  const type = node.type;
  if (typeof type !== 'string') return 'a node has no type';
  const registered = Object.hasOwn(REGISTERED_NODES, type) ? REGISTERED_NODES[type] : undefined;
  if (!registered) return `unknown node type "${type.slice(0, 60)}"`;
  if (depth > MAX_NOTE_DEPTH) return `nesting deeper than ${MAX_NOTE_DEPTH} levels`;
  const parsed = registered.shape.safeParse(node);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    return `a "${type}" node has a bad ${field ? `"${field}": ` : 'shape: '}${issue.message}`;
  }
  if (type === 'root') return parent === 'blocks' && depth === 0 ? null : 'a root inside a note';
  const placement =
    type === UNSUPPORTED_NODE_TYPE
      ? node.inline === true
        ? 'inline'
        : 'block'
      : registered.placement;
  const admitted =
    parent === 'list-item-content'
      ? placement === 'inline' || type === 'list'
      : ADMITS[parent].includes(placement);
  if (!admitted) return `a "${type}" node cannot stand inside ${describeParent(parent)}`;
  return null;
}

function describeParent(parent: NodeContent): string {
  switch (parent) {
    case 'none':
      return 'a node that has no children';
    case 'inline':
      return 'a paragraph, heading, quote or link';
    case 'list-items':
      return 'a list (only list items can)';
    case 'list-item-content':
      return 'a list item';
    case 'blocks':
      return 'the top level of a note';
  }
}

const contentOf = (node: JsonObject): NodeContent => {
  const registered = REGISTERED_NODES[node.type as string];
  return registered?.content ?? 'none';
};

interface Frame {
  node: unknown;
  parent: NodeContent;
  depth: number;
  path: string;
  /** Where the node sits, so loading can put a replacement in its place. */
  siblings: unknown[] | null;
  index: number;
}

export type ContentCheck = { ok: true; root: JsonObject } | { ok: false; message: string };

/** Checks saved content: JSON with a `root`, only registered node types, shapes, depth, size. */
export function validateNoteContent(text: string): ContentCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'content must be a serialized editor state (valid JSON)' };
  }
  if (!isObject(parsed) || !isObject(parsed.root))
    return {
      ok: false,
      message: 'content must be a serialized editor state (JSON with a root node)',
    };
  const root = parsed.root;
  if (root.type !== 'root') return { ok: false, message: 'content must start with a "root" node' };
  const stack: Frame[] = [
    { node: root, parent: 'blocks', depth: 0, path: 'root', siblings: null, index: 0 },
  ];
  let count = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (++count > MAX_NOTE_NODES)
      return { ok: false, message: `content has more than ${MAX_NOTE_NODES} nodes` };
    const problem = nodeProblem(frame.node, frame.parent, frame.depth);
    if (problem) return { ok: false, message: `${problem} (at ${frame.path})` };
    const node = frame.node as JsonObject;
    const content = contentOf(node);
    const children = node.children;
    if (content === 'none' || !Array.isArray(children)) continue;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({
        node: children[i],
        parent: content,
        depth: frame.depth + 1,
        path: `${frame.path}.children[${i}]`,
        siblings: children,
        index: i,
      });
  }
  return { ok: true, root };
}

/** The note cannot be shown at all (its root is missing or broken); it is left untouched. */
export class UnreadableNoteError extends Error {
  constructor(reason: string) {
    super(`This note cannot be opened: ${reason}. Its saved content is kept unchanged.`);
    this.name = 'UnreadableNoteError';
  }
}

function keepAsUnsupported(node: unknown, inline: boolean): SerializedUnsupportedNode {
  let json: string;
  try {
    json = JSON.stringify(node) ?? 'null';
  } catch {
    // Too deep even to write out: rather than lose it, the note is not opened at all.
    throw new UnreadableNoteError('a part of it is nested too deeply to show or keep');
  }
  const type = isObject(node) && typeof node.type === 'string' ? node.type.slice(0, 200) : '';
  return { type: UNSUPPORTED_NODE_TYPE, version: 1, originalType: type, inline, json };
}

function unwrap(node: JsonObject): unknown {
  if (node.type !== UNSUPPORTED_NODE_TYPE || typeof node.json !== 'string') return node;
  if (!Object.hasOwn(REGISTERED_NODES, String(node.originalType))) return node;
  if (node.originalType === UNSUPPORTED_NODE_TYPE) return node;
  try {
    return JSON.parse(node.json) as unknown;
  } catch {
    return node;
  }
}

export interface PreparedContent {
  /** Serialized editor state the editor can load. */
  content: string;
  /** How many nodes were kept as unsupported blocks. */
  unsupported: number;
}

/**
 * Makes stored content safe to load: a node of a type this version does not know, of the wrong
 * shape, in the wrong place or nested too deep becomes an unsupported block holding its JSON (and
 * one kept earlier whose type is known now is restored). Throws UnreadableNoteError when the
 * root itself is unusable.
 */
export function prepareNoteContent(text: string): PreparedContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UnreadableNoteError('its content is not valid JSON');
  }
  if (!isObject(parsed) || !isObject(parsed.root))
    throw new UnreadableNoteError('its content has no root');
  const root = parsed.root;
  if (root.type !== 'root' || !Array.isArray(root.children))
    throw new UnreadableNoteError('its root is not a list of blocks');
  let unsupported = 0;
  const stack: Frame[] = [];
  const pushChildren = (node: JsonObject, depth: number) => {
    const content = contentOf(node);
    const children = node.children;
    if (content === 'none' || !Array.isArray(children)) return;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({
        node: children[i],
        parent: content,
        depth: depth + 1,
        path: '',
        siblings: children,
        index: i,
      });
  };
  pushChildren(root, 0);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    let node = frame.node;
    if (isObject(node)) {
      const restored = unwrap(node);
      if (restored !== node && nodeProblem(restored, frame.parent, frame.depth) === null) {
        node = restored;
        frame.siblings![frame.index] = node;
      }
    }
    if (nodeProblem(node, frame.parent, frame.depth) !== null) {
      const inline = frame.parent === 'inline' || frame.parent === 'list-item-content';
      const kept = keepAsUnsupported(node, inline);
      // In a list, an unsupported block stands inside a list item of its own.
      frame.siblings![frame.index] =
        frame.parent === 'list-items'
          ? {
              type: 'listitem',
              version: 1,
              value: 1,
              indent: 0,
              format: '',
              direction: null,
              children: [{ ...kept, inline: true }],
            }
          : kept;
      unsupported++;
      continue;
    }
    pushChildren(node as JsonObject, frame.depth);
  }
  return { content: JSON.stringify(parsed), unsupported };
}
