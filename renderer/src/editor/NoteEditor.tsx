import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { useEffect, useMemo, useState } from 'react';
import { createDropIndicator } from './drag/dropIndicator';
import { markdownTransformers } from './markdownTransformers';
import { editorNodes } from './nodes/editorNodes';
import { createNoteStores, NoteStoresContext } from './noteStores';
import { AppCommandsPlugin } from './plugins/AppCommandsPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { CitationIntegrityPlugin } from './plugins/CitationIntegrityPlugin';
import { CitationStylePlugin } from './plugins/CitationStylePlugin';
import { CitationNumberingPlugin } from './plugins/CitationNumberingPlugin';
import { CitationPalettePlugin } from './plugins/CitationPalettePlugin';
import { CitationsPanelPlugin } from './plugins/CitationsPanelPlugin';
import { DraggableBlocksPlugin } from './plugins/DraggableBlocksPlugin';
import { EstimativeLanguagePlugin } from './plugins/EstimativeLanguagePlugin';
import { LibraryDropPlugin } from './plugins/LibraryDropPlugin';
import { LibraryInsertPlugin } from './plugins/LibraryInsertPlugin';
import { PasteCleanupPlugin } from './plugins/PasteCleanupPlugin';
import { SafeLinksPlugin } from './plugins/SafeLinksPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';
import './editor.css';

export interface NoteEditorProps {
  /** Serialized editor state to start from. */
  initialContent: string;
  onSave: (content: string) => void;
  onDirty: () => void;
  onError: (message: string) => void;
  /** The note's id, for its citation style; without it citations show plain numbers. */
  noteId?: number;
}

/** Saves follow the last change within this delay (the target is under one second). */
export const AUTOSAVE_DELAY_MS = 500;

export function NoteEditor({ initialContent, onSave, onDirty, onError, noteId }: NoteEditorProps) {
  const stores = useMemo(createNoteStores, []);
  const [page, setPage] = useState<HTMLDivElement | null>(null);
  const indicator = useMemo(() => (page ? createDropIndicator(page) : null), [page]);
  useEffect(() => () => indicator?.remove(), [indicator]);
  const initialConfig: InitialConfigType = {
    namespace: 'briefing-note',
    theme: editorTheme,
    nodes: [...editorNodes],
    editorState: initialContent,
    onError(error) {
      throw error;
    },
  };

  return (
    <NoteStoresContext.Provider value={stores}>
      <LexicalComposer initialConfig={initialConfig}>
        <ToolbarPlugin />
        <FindReplacePlugin />
        <div className="editor-body">
          <div className="editor-scroll">
            <div className="editor-page" ref={setPage}>
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="editor-content"
                    role="textbox"
                    aria-label="Briefing note"
                    aria-multiline
                    spellCheck
                  />
                }
                placeholder={<div className="editor-placeholder">Start writing your briefing…</div>}
                ErrorBoundary={LexicalErrorBoundary}
              />
              {page && indicator && (
                <DraggableBlocksPlugin anchorElem={page} indicator={indicator} />
              )}
              {page && indicator && <LibraryDropPlugin anchorElem={page} indicator={indicator} />}
            </div>
          </div>
          <div className="editor-side">
            <CitationsPanelPlugin />
            <EstimativeLanguagePlugin />
          </div>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <SafeLinksPlugin />
        <HorizontalRulePlugin />
        <TabIndentationPlugin />
        <MarkdownShortcutPlugin transformers={markdownTransformers} />
        <PasteCleanupPlugin />
        <CitationNumberingPlugin />
        {noteId !== undefined && <CitationStylePlugin noteId={noteId} />}
        <LibraryInsertPlugin onError={onError} />
        <CitationPalettePlugin />
        <CitationIntegrityPlugin />
        <AppCommandsPlugin />
        <WordCountPlugin />
        <AutosavePlugin delayMs={AUTOSAVE_DELAY_MS} onSave={onSave} onDirty={onDirty} />
      </LexicalComposer>
    </NoteStoresContext.Provider>
  );
}
