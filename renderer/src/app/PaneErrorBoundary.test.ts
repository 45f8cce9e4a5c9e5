// @vitest-environment jsdom
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { PaneErrorBoundary } from './PaneErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Fragile() {
  if (broken) throw new Error('parseEditorState: type "image" not found');
  return createElement('p', null, 'editor works');
}

function Counter() {
  const [n, setN] = useState(0);
  return createElement('button', { onClick: () => setN(n + 1) }, `clicked ${n}`);
}

describe('a pane that fails', () => {
  it('shows what failed, keeps the other panes working, and can try again', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onFailure = vi.fn();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = createRoot(container);
    await act(async () =>
      root.render(
        createElement(
          'main',
          null,
          createElement(PaneErrorBoundary, {
            name: 'library pane',
            children: createElement(Counter),
          }),
          createElement(PaneErrorBoundary, {
            name: 'note editor',
            onFailure,
            children: createElement(Fragile),
          }),
        ),
      ),
    );
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The note editor could not be shown.');
    expect(alert.textContent).toContain('type "image" not found');
    expect(onFailure).toHaveBeenCalledTimes(1);

    const counter = container.querySelector('button')!;
    await act(async () => counter.click());
    expect(counter.textContent).toBe('clicked 1');

    broken = false;
    const retry = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Try again',
    )!;
    await act(async () => retry.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('editor works');
    await act(async () => root.unmount());
    quiet.mockRestore();
  });
});
