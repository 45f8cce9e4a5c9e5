import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { markdownTransformers } from './markdownTransformers';
import { editorNodes } from './nodes/editorNodes';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';
import './editor.css';

export interface NoteEditorProps {
  /** Serialized editor state to start from. */
  initialContent: string;
  onSave: (content: string) => void;
  onDirty: () => void;
}

export const AUTOSAVE_DELAY_MS = 500;

export function NoteEditor({ initialContent, onSave, onDirty }: NoteEditorProps) {
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
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <div className="editor-scroll">
        <div className="editor-page">
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
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin />
      <TabIndentationPlugin />
      <MarkdownShortcutPlugin transformers={markdownTransformers} />
      <AutosavePlugin delayMs={AUTOSAVE_DELAY_MS} onSave={onSave} onDirty={onDirty} />
    </LexicalComposer>
  );
}
