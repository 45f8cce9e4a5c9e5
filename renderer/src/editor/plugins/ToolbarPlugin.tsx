import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
} from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
  type HeadingTagType,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  $isRootOrShadowRoot,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  CAN_UNDO_COMMAND,
  CAN_REDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { OPEN_CITATION_PALETTE_COMMAND } from '../commands';
import { LinkDialog } from '../LinkDialog';

type BlockType = 'paragraph' | HeadingTagType | 'quote' | 'bullet' | 'number';

const FORMATS: { format: TextFormatType; label: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', glyph: 'B' },
  { format: 'italic', label: 'Italic', glyph: 'I' },
  { format: 'underline', label: 'Underline', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', glyph: 'S' },
];

/** Formatting controls that reflect the current selection. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  // A string, not a Set: an unchanged selection then costs React no render (and no commit).
  const [activeKey, setActiveKey] = useState('');
  const active = new Set(activeKey.split(' '));
  const [blockType, setBlockType] = useState<BlockType>('paragraph');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [isLink, setIsLink] = useState(false);
  const [linking, setLinking] = useState(false);
  // The text to link, kept while the dialog has focus.
  const linkSelection = useRef<BaseSelection | null>(null);

  // What the toolbar last showed; React state is only touched when it changes, so typing
  // never schedules a render (each commit costs a walk of the whole note's selection).
  const shown = useRef({ formats: '', block: 'paragraph' as BlockType, link: false });

  const shownUndo = useRef({ undo: false, redo: false });

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const formats = FORMATS.filter((f) => selection.hasFormat(f.format))
      .map((f) => f.format)
      .join(' ');
    const anchor = selection.anchor.getNode();
    const top =
      anchor.getKey() === 'root'
        ? anchor
        : ($findMatchingParent(anchor, (node) => {
            const parent = node.getParent();
            return parent !== null && $isRootOrShadowRoot(parent);
          }) ?? anchor.getTopLevelElementOrThrow());
    const list = $getNearestNodeOfType(anchor, ListNode);
    const block: BlockType = $isListNode(list)
      ? list.getListType() === 'number'
        ? 'number'
        : 'bullet'
      : $isHeadingNode(top)
        ? top.getTag()
        : $isQuoteNode(top)
          ? 'quote'
          : 'paragraph';
    const link = $isLinkNode(anchor.getParent()) || $isLinkNode(anchor);
    const last = shown.current;
    if (last.formats !== formats) setActiveKey(formats);
    if (last.block !== block) setBlockType(block);
    if (last.link !== link) setIsLink(link);
    shown.current = { formats, block, link };
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh)),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            if (shownUndo.current.undo !== value) setCanUndo((shownUndo.current.undo = value));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            if (shownUndo.current.redo !== value) setCanRedo((shownUndo.current.redo = value));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  const setBlock = (type: BlockType) => {
    if (type === 'bullet' || type === 'number') {
      editor.dispatchCommand(
        type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        type === 'paragraph'
          ? $createParagraphNode()
          : type === 'quote'
            ? $createQuoteNode()
            : $createHeadingNode(type),
      );
    });
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <button
        type="button"
        aria-label="Undo"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </button>
      <span className="toolbar-sep" />
      <select
        aria-label="Block type"
        value={blockType}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        <option value="paragraph">Paragraph</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
        <option value="quote">Quote</option>
        <option value="bullet">Bulleted list</option>
        <option value="number">Numbered list</option>
      </select>
      <span className="toolbar-sep" />
      {FORMATS.map(({ format, label, glyph }) => (
        <button
          key={format}
          type="button"
          aria-label={label}
          aria-pressed={active.has(format)}
          className={`toolbar-format toolbar-format--${format}`}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
        >
          {glyph}
        </button>
      ))}
      <span className="toolbar-sep" />
      <button
        type="button"
        title="Bulleted list"
        onClick={() => setBlock('bullet')}
        aria-pressed={blockType === 'bullet'}
      >
        <span aria-hidden>•≡</span>
        <span className="visually-hidden">Bulleted list</span>
      </button>
      <button
        type="button"
        title="Numbered list"
        onClick={() => setBlock('number')}
        aria-pressed={blockType === 'number'}
      >
        <span aria-hidden>1≡</span>
        <span className="visually-hidden">Numbered list</span>
      </button>
      <button
        type="button"
        aria-label="Link"
        aria-pressed={isLink}
        onClick={() => {
          if (isLink) return void editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
          linkSelection.current = editor
            .getEditorState()
            .read(() => $getSelection()?.clone() ?? null);
          setLinking(true);
        }}
      >
        Link
      </button>
      {linking && (
        <LinkDialog
          onSubmit={(url) =>
            editor.update(() => {
              if (linkSelection.current) $setSelection(linkSelection.current);
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
            })
          }
          onClose={() => {
            setLinking(false);
            editor.focus();
          }}
        />
      )}
      <button
        type="button"
        aria-label="Horizontal rule"
        onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
      >
        ―
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        className="toolbar-insert"
        title="Insert citation… (Ctrl+Shift+E)"
        onClick={() => editor.dispatchCommand(OPEN_CITATION_PALETTE_COMMAND, undefined)}
      >
        Insert citation…
      </button>
    </div>
  );
}
