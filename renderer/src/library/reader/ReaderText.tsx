import { memo, useMemo, type RefObject } from 'react';
import { highlightSegments } from './highlightSegments';

export interface ReaderTextProps {
  text: string;
  spans: readonly { id: number; start: number; end: number }[];
  activeId: number | null;
  onOpenExcerpt: (id: number) => void;
  textRef: RefObject<HTMLDivElement | null>;
}

/**
 * The source's normalized text, verbatim (pre-wrap, nothing added), so a DOM position maps to a
 * text offset by counting characters; excerpts taken from it are <mark>s.
 */
export const ReaderText = memo(function ReaderText({
  text,
  spans,
  activeId,
  onOpenExcerpt,
  textRef,
}: ReaderTextProps) {
  const segments = useMemo(() => highlightSegments(text.length, spans), [text.length, spans]);
  return (
    <div className="reader-text" ref={textRef} data-testid="reader-text">
      {segments.map((seg) => {
        const part = text.slice(seg.start, seg.end);
        if (seg.ids.length === 0) return <span key={seg.start}>{part}</span>;
        const id = seg.ids[0]!;
        return (
          <mark
            key={seg.start}
            className={`excerpt-highlight${seg.ids.includes(activeId ?? -1) ? ' active' : ''}${seg.ids.length > 1 ? ' overlap' : ''}`}
            data-excerpt-id={id}
            title="Excerpt — click or press Enter to see its tags and comment"
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                e.stopPropagation();
                onOpenExcerpt(id);
              }
            }}
            onClick={(e) => {
              // A click that ends a selection is for the selection toolbar, not the excerpt.
              if (window.getSelection()?.isCollapsed !== false) {
                e.stopPropagation();
                onOpenExcerpt(id);
              }
            }}
          >
            {part}
          </mark>
        );
      })}
    </div>
  );
});
