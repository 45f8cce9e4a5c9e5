/**
 * What a drag from the library carries: a custom MIME type with ids (the receiver fetches the rest
 * through the API), plus a plain-text fallback for other applications.
 */
export const BRIEFWRIGHT_MIME = 'application/x-briefwright+json';

export type DragItem =
  | { kind: 'source'; id: number }
  | { kind: 'excerpt'; id: number }
  | { kind: 'claim'; id: number }
  /** A selection in the source reader: the receiver creates the excerpt, then inserts it. */
  | { kind: 'selection'; sourceId: number; start: number; end: number };

export interface DragPayload {
  version: 1;
  items: DragItem[];
}

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

function isDragItem(value: unknown): value is DragItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  switch (item.kind) {
    case 'source':
    case 'excerpt':
    case 'claim':
      return isId(item.id);
    case 'selection':
      return (
        isId(item.sourceId) &&
        Number.isInteger(item.start) &&
        Number.isInteger(item.end) &&
        (item.start as number) >= 0 &&
        (item.end as number) > (item.start as number)
      );
    default:
      return false;
  }
}

export function encodeDragPayload(items: DragItem[]): string {
  return JSON.stringify({ version: 1, items } satisfies DragPayload);
}

/** Parses a payload from another window or app defensively: anything malformed is null. */
export function decodeDragPayload(text: string | null | undefined): DragPayload | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { version, items } = parsed as { version?: unknown; items?: unknown };
    if (version !== 1 || !Array.isArray(items) || items.length === 0 || !items.every(isDragItem))
      return null;
    return { version: 1, items };
  } catch {
    return null;
  }
}

/**
 * Set alongside the payload when every item goes inline (source citations). A drop target cannot
 * read the payload until the drop, but it can see the types, and shows a caret instead of a line.
 */
export const BRIEFWRIGHT_INLINE_MIME = 'application/x-briefwright-inline';

export const isInlineDrag = (items: readonly DragItem[]): boolean =>
  items.length > 0 && items.every((item) => item.kind === 'source');
