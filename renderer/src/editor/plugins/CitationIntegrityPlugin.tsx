import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { IntegrityItem } from '../../../../shared/model/integrity';
import { call } from '../../api';
import { CHECK_CITATIONS_COMMAND } from '../commands';
import { CitationNode } from '../nodes/CitationNode';
import { ClaimNode } from '../nodes/ClaimNode';
import { ExcerptNode } from '../nodes/ExcerptNode';
import type { CitedKey, IntegrityStatus } from '../noteStores';
import { useNoteStores } from '../noteStores';
import { $citedNodes } from './citationOrder';

/** How often an open note is compared with the library while it stays open. */
export const INTEGRITY_INTERVAL_MS = 30_000;

/** One shared value, so a re-check that finds nothing new re-renders nothing. */
const OK: IntegrityStatus = { kind: 'ok' };

function statusOf(item: IntegrityItem): IntegrityStatus {
  if (item.state === 'verified') return OK;
  if (item.state === 'removed') return { kind: 'removed', message: item.message };
  if (item.state === 'notInSource')
    return { kind: 'notInSource', changes: item.changes, message: item.message };
  return {
    kind: 'changed',
    current: item.current!,
    changes: item.changes,
    message: item.message,
  };
}

/** Only the cited nodes, as saved JSON: all the check needs, without the note's prose. */
function $citedContent(): string {
  return JSON.stringify({
    root: { type: 'root', children: $citedNodes().map((node) => node.exportJSON()) },
  });
}

/**
 * Runs the integrity check (the same one export and `briefwright verify` use) on the note as it
 * is in the editor: when the note opens, when the window regains focus, periodically, and on
 * request. Results feed the node flags and the panel. A failed check leaves the last known
 * statuses: a flaky check never blanks anything.
 */
export function CitationIntegrityPlugin() {
  const [editor] = useLexicalComposerContext();
  const { integrity } = useNoteStores();

  useEffect(() => {
    let disposed = false;
    let running = false;
    const check = async () => {
      if (running) return;
      running = true;
      try {
        const content = editor.getEditorState().read($citedContent);
        const report = await call('notes.verify', { content });
        if (disposed) return;
        const previous = integrity.get();
        const next = new Map<CitedKey, IntegrityStatus>();
        for (const item of report.items) {
          const status = statusOf(item);
          // Reuse the previous value when nothing about it changed, so subscribers see no change.
          const before = previous.get(item.key);
          next.set(
            item.key,
            before && JSON.stringify(before) === JSON.stringify(status) ? before : status,
          );
        }
        const unchanged =
          previous.size === next.size && [...next].every(([k, v]) => previous.get(k) === v);
        if (!unchanged) integrity.set(next);
      } catch {
        // Keep the previous statuses; the next check will try again.
      } finally {
        running = false;
      }
    };
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void check(), 300);
    };
    void check();
    const timer = setInterval(() => void check(), INTEGRITY_INTERVAL_MS);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    const unregister = mergeRegister(
      editor.registerCommand(
        CHECK_CITATIONS_COMMAND,
        () => {
          void check();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Newly inserted or refreshed citations are checked shortly after they change.
      editor.registerMutationListener(ExcerptNode, soon, { skipInitialization: true }),
      editor.registerMutationListener(CitationNode, soon, { skipInitialization: true }),
      editor.registerMutationListener(ClaimNode, soon, { skipInitialization: true }),
    );
    return () => {
      disposed = true;
      clearInterval(timer);
      clearTimeout(debounce);
      window.removeEventListener('focus', onFocus);
      unregister();
    };
  }, [editor, integrity]);

  return null;
}
