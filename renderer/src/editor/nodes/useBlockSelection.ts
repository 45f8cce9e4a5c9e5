import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useSyncExternalStore, type MouseEvent } from 'react';

/** The keys of the blocks a node selection holds; null for any other selection. */
function selectedIn(state: EditorState): Set<NodeKey> | null {
  return state.read(() => {
    const selection = $getSelection();
    return $isNodeSelection(selection)
      ? new Set(selection.getNodes().map((n) => n.getKey()))
      : null;
  });
}

/**
 * Which blocks are selected as a whole, watched by one update listener per editor (not one per
 * quote: a long note has hundreds, and every keystroke would wake each of them).
 */
class BlockSelection {
  private selected: ReadonlySet<NodeKey> = new Set();
  private listeners = new Map<NodeKey, Set<() => void>>();
  private stop: (() => void) | null = null;

  constructor(private editor: LexicalEditor) {}

  isSelected = (key: NodeKey) => this.selected.has(key);

  subscribe(key: NodeKey, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    if (!this.stop) {
      // The selection may already be on this block (it was just inserted and selected).
      this.selected = selectedIn(this.editor.getEditorState()) ?? new Set();
      this.stop = this.editor.registerUpdateListener(({ editorState }) => {
        const next = selectedIn(editorState);
        if (!next && this.selected.size === 0) return;
        const before = this.selected;
        const after: ReadonlySet<NodeKey> = next ?? new Set();
        this.selected = after;
        for (const k of new Set([...before, ...after]))
          if (before.has(k) !== after.has(k)) this.listeners.get(k)?.forEach((l) => l());
      });
    }
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
      if (this.listeners.size === 0) {
        this.stop?.();
        this.stop = null;
      }
    };
  }
}

const perEditor = new WeakMap<LexicalEditor, BlockSelection>();

function blockSelectionOf(editor: LexicalEditor): BlockSelection {
  let found = perEditor.get(editor);
  if (!found) perEditor.set(editor, (found = new BlockSelection(editor)));
  return found;
}

/**
 * A quote or claim block as one selectable unit: a click selects it (Shift adds to the selection)
 * and the selected block is outlined, so it can be moved (Alt+Shift+↑/↓), copied or deleted.
 */
export function useBlockSelection(nodeKey: NodeKey) {
  const [editor] = useLexicalComposerContext();
  const store = blockSelectionOf(editor);
  const selected = useSyncExternalStore(
    (listener) => store.subscribe(nodeKey, listener),
    () => store.isSelected(nodeKey),
  );
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('button, a')) return;
    editor.update(() => {
      const current = $getSelection();
      const selection =
        event.shiftKey && $isNodeSelection(current) ? current.clone() : $createNodeSelection();
      selection.add(nodeKey);
      $setSelection(selection);
    });
  };
  return { selected, onClick };
}
