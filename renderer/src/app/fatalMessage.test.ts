// @vitest-environment jsdom
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { showFatalMessage } from './fatalMessage';

function Broken(): never {
  throw new Error('render failed');
}

describe('a failed interface', () => {
  it('shows a calm message with a way back, never a blank window', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    document.body.append(root);
    createRoot(root, { onUncaughtError: () => showFatalMessage(root) }).render(
      createElement(Broken),
    );
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    quiet.mockRestore();
    expect(root.querySelector('[role="alert"] h1')?.textContent).toBe(
      'Briefwright could not show this window.',
    );
    expect(root.textContent).toContain('notes as last saved are safe');
    expect(root.querySelector('button')?.textContent).toBe('Reload');
  });
});
