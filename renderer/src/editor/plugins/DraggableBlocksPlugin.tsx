import { DraggableBlockPlugin_EXPERIMENTAL } from '@lexical/react/LexicalDraggableBlockPlugin';
import { useRef } from 'react';

const HANDLE_CLASS = 'block-handle';

/** A handle beside each block to drag it elsewhere in the note (Lexical's draggable blocks). */
export function DraggableBlocksPlugin({ anchorElem }: { anchorElem: HTMLElement }) {
  const menuRef = useRef<HTMLDivElement>(null);
  const lineRef = useRef<HTMLDivElement>(null);
  return (
    <DraggableBlockPlugin_EXPERIMENTAL
      anchorElem={anchorElem}
      menuRef={menuRef}
      targetLineRef={lineRef}
      menuComponent={
        <div ref={menuRef} className={HANDLE_CLASS} title="Drag to move this block" aria-hidden>
          ⋮⋮
        </div>
      }
      targetLineComponent={<div ref={lineRef} className="block-drop-line" />}
      isOnMenu={(element) => Boolean(element.closest(`.${HANDLE_CLASS}`))}
    />
  );
}
