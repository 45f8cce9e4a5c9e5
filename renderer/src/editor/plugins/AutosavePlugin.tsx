import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';

export interface AutosavePluginProps {
  delayMs: number;
  /** Receives the serialized editor state; called at most once per quiet period and on blur. */
  onSave: (content: string) => void;
  onDirty: () => void;
}

/** Saves the note shortly after the last change, and at once when the editor loses focus. */
export function AutosavePlugin({ delayMs, onSave, onDirty }: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ onSave, onDirty });
  latest.current = { onSave, onDirty };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      pending = false;
      latest.current.onSave(JSON.stringify(editor.getEditorState().toJSON()));
    };
    const unregisterUpdate = editor.registerUpdateListener(
      ({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (tags.has('history-merge') && prevEditorState.isEmpty()) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // Report the first change of an unsaved stretch only: the app re-renders on it.
        if (!pending) latest.current.onDirty();
        pending = true;
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, delayMs);
      },
    );
    const root = editor.getRootElement();
    const onBlur = () => flush();
    const onHide = () => flush();
    root?.addEventListener('blur', onBlur);
    window.addEventListener('pagehide', onHide);
    return () => {
      unregisterUpdate();
      root?.removeEventListener('blur', onBlur);
      window.removeEventListener('pagehide', onHide);
      flush();
    };
  }, [editor, delayMs]);

  return null;
}
