import { useRef } from 'react';
import { clampLibraryWidth, LIBRARY_MIN } from './usePaneLayout';

/**
 * The border between library and note: drag it, or focus it and use the arrow keys (Home/End for
 * the smallest and largest library), to share the window between the panes.
 */
export function Splitter({
  width,
  onResize,
}: {
  width: number;
  onResize: (width: number) => void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const available = () => document.querySelector('.panes')?.getBoundingClientRect().width ?? 1024;
  // Pointer coordinates are in zoomed pixels; widths are CSS pixels.
  const zoom = () => Number(document.documentElement.style.zoom) || 1;
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize library"
      aria-valuenow={width}
      aria-valuemin={LIBRARY_MIN}
      tabIndex={0}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { x: e.clientX, width };
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const dx = (e.clientX - start.current.x) / zoom();
        onResize(clampLibraryWidth(start.current.width + dx, available()));
      }}
      onPointerUp={() => (start.current = null)}
      onPointerCancel={() => (start.current = null)}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 80 : 20;
        const next =
          e.key === 'ArrowLeft'
            ? width - step
            : e.key === 'ArrowRight'
              ? width + step
              : e.key === 'Home'
                ? LIBRARY_MIN
                : e.key === 'End'
                  ? Infinity
                  : null;
        if (next === null) return;
        e.preventDefault();
        onResize(clampLibraryWidth(next, available()));
      }}
    />
  );
}
