import { $createHeadingNode, $isHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
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
import { useCallback, useEffect, useState } from 'react';

type BlockType = 'paragraph' | HeadingTagType;

const FORMATS: { format: TextFormatType; label: string; glyph: string }[] = [
  { format: 'bold', label: 'Bold', glyph: 'B' },
  { format: 'italic', label: 'Italic', glyph: 'I' },
  { format: 'underline', label: 'Underline', glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', glyph: 'S' },
];

/** Formatting controls that reflect the current selection. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Set<TextFormatType>>(new Set());
  const [blockType, setBlockType] = useState<BlockType>('paragraph');
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setActive(new Set(FORMATS.filter((f) => selection.hasFormat(f.format)).map((f) => f.format)));
    const anchor = selection.anchor.getNode();
    const block =
      anchor.getKey() === 'root'
        ? anchor
        : ($findMatchingParent(anchor, (node) => {
            const parent = node.getParent();
            return parent !== null && $isRootOrShadowRoot(parent);
          }) ?? anchor.getTopLevelElementOrThrow());
    setBlockType($isHeadingNode(block) ? block.getTag() : 'paragraph');
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
          (value) => (setCanUndo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => (setCanRedo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  const setBlock = (type: BlockType) => {
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type),
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
    </div>
  );
}
