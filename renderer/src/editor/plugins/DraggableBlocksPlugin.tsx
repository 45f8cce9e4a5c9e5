import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { blockPlaceAt } from '../drag/blockPlace';
import type { DropIndicator } from '../drag/dropIndicator';

const BLOCK_MIME = 'application/x-briefwright-block';

/** The top-level block at a height on the page, for the handle to follow the pointer. */
function blockAtY(keys: NodeKey[], elementOf: (key: NodeKey) => HTMLElement | null, y: number) {
  for (const key of keys) {
    const el = elementOf(key);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    if (y >= r.top - 6 && y <= r.bottom + 6) return { key, el };
  }
  return null;
}

/**
 * A handle beside the block under the pointer; dragging it shows the drop line (the same one a
 * library drag shows) and the block lands exactly at the line. Alt+Shift+↑/↓ is the keyboard way.
 */
export function DraggableBlocksPlugin({
  anchorElem,
  indicator,
}: {
  anchorElem: HTMLElement;
  indicator: DropIndicator;
}) {
  const [editor] = useLexicalComposerContext();
  const [hovered, setHovered] = useState<{ key: NodeKey; top: number } | null>(null);
  const dragged = useRef<NodeKey | null>(null);

  useEffect(() => {
    const onMove = (event: MouseEvent) => {
      if (dragged.current) return;
      if ((event.target as Element | null)?.closest?.('.block-handle')) return;
      const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys());
      const hit = blockAtY(keys, (k) => editor.getElementByKey(k), event.clientY);
      if (!hit) return setHovered(null);
      const box = anchorElem.getBoundingClientRect();
      const scale = anchorElem.offsetWidth ? box.width / anchorElem.offsetWidth : 1;
      const top = (hit.el.getBoundingClientRect().top - box.top) / scale;
      setHovered((h) => (h?.key === hit.key && h.top === top ? h : { key: hit.key, top }));
    };
    const onLeave = (event: MouseEvent) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node) || !anchorElem.contains(to)) setHovered(null);
    };

    const isBlockDrag = (event: DragEvent) =>
      !!dragged.current && Array.from(event.dataTransfer?.types ?? []).includes(BLOCK_MIME);
    const onDragOver = (event: DragEvent) => {
      if (!isBlockDrag(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
      const place = blockPlaceAt(editor, event.clientX, event.clientY);
      if (place) indicator.showLine(place.lineY);
    };
    const onDrop = (event: DragEvent) => {
      if (!isBlockDrag(event)) return;
      event.preventDefault();
      event.stopPropagation();
      indicator.hide();
      const key = dragged.current;
      dragged.current = null;
      const place = blockPlaceAt(editor, event.clientX, event.clientY);
      if (!key || !place || place.key === key) return;
      editor.update(() => {
        const node = $getNodeByKey(key);
        const target = $getNodeByKey(place.key);
        if (!node || !target) return;
        if (place.place === 'before') target.insertBefore(node);
        else target.insertAfter(node);
      });
    };

    anchorElem.addEventListener('mousemove', onMove);
    anchorElem.addEventListener('mouseleave', onLeave);
    anchorElem.addEventListener('dragover', onDragOver, true);
    anchorElem.addEventListener('drop', onDrop, true);
    return () => {
      anchorElem.removeEventListener('mousemove', onMove);
      anchorElem.removeEventListener('mouseleave', onLeave);
      anchorElem.removeEventListener('dragover', onDragOver, true);
      anchorElem.removeEventListener('drop', onDrop, true);
    };
  }, [editor, anchorElem, indicator]);

  if (!hovered) return null;
  return (
    <div
      className="block-handle"
      style={{ top: hovered.top }}
      draggable
      title="Drag to move this block (Alt+Shift+↑/↓ from the keyboard)"
      aria-hidden
      onDragStart={(event) => {
        dragged.current = hovered.key;
        event.dataTransfer.setData(BLOCK_MIME, hovered.key);
        event.dataTransfer.effectAllowed = 'move';
        const el = editor.getElementByKey(hovered.key);
        if (el) event.dataTransfer.setDragImage(el, 0, 0);
      }}
      onDragEnd={() => {
        dragged.current = null;
        indicator.hide();
        setHovered(null);
      }}
    >
      ⋮⋮
    </div>
  );
}
