import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SourceSnapshot } from '../../../../shared/note/serializedNodes';
import { CHECK_CITATIONS_COMMAND, REFRESH_CITED_NODE_COMMAND } from '../commands';
import { $isCitationNode } from '../nodes/CitationNode';
import { $isClaimNode } from '../nodes/ClaimNode';
import { $isExcerptNode } from '../nodes/ExcerptNode';
import { useNoteStores, type CitedKey } from '../noteStores';
import { fullReference } from '../references';
import { $citedNodes } from './citationOrder';

interface PanelEntry {
  source: SourceSnapshot;
  /** Cited items under this source, with the DOM key of one node for "show me". */
  items: { cited: CitedKey; label: string; nodeKey: string }[];
}

function $panelEntries(): Map<number, PanelEntry> {
  const entries = new Map<number, PanelEntry>();
  const add = (source: SourceSnapshot, cited: CitedKey, label: string, nodeKey: string) => {
    const entry = entries.get(source.sourceId) ?? { source, items: [] };
    if (!entry.items.some((i) => i.cited === cited)) entry.items.push({ cited, label, nodeKey });
    entries.set(source.sourceId, entry);
  };
  for (const node of $citedNodes()) {
    if ($isExcerptNode(node)) {
      const s = node.getSnapshot();
      add(s.source, `excerpt:${s.excerptId}`, `“${s.quote}”`, node.getKey());
    } else if ($isCitationNode(node)) {
      const s = node.getSnapshot();
      if (s.excerptId !== null)
        add(s.source, `excerpt:${s.excerptId}`, `“${s.quote ?? ''}”`, node.getKey());
      else add(s.source, `source:${s.source.sourceId}`, 'whole source', node.getKey());
    } else if ($isClaimNode(node)) {
      const s = node.getSnapshot();
      for (const e of s.evidence)
        add(e.source, `claim:${s.claimId}`, `claim: ${s.text}`, node.getKey());
    }
  }
  return entries;
}

/** Lists the note's sources in citation order with each cited item, and flags any problem. */
export function CitationsPanelPlugin() {
  const [editor] = useLexicalComposerContext();
  const { numbers, integrity } = useNoteStores();
  const numbered = useSyncExternalStore(numbers.subscribe, numbers.get);
  const statuses = useSyncExternalStore(integrity.subscribe, integrity.get);
  const [entries, setEntries] = useState<Map<number, PanelEntry>>(new Map());

  useEffect(() => {
    setEntries(editor.getEditorState().read($panelEntries));
  }, [editor, numbered, statuses]);

  const ordered = [...numbered].sort((a, b) => a[1] - b[1]);
  const problems = [...statuses.values()].filter((s) => s.kind !== 'ok').length;

  const reveal = (nodeKey: string) => {
    editor.getElementByKey(nodeKey)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <aside className="citations-panel" role="region" aria-label="Citations">
      <header className="citations-header">
        <h2>Citations</h2>
        <span className={problems ? 'citations-problems' : 'citations-ok'}>
          {problems ? `${problems} not verified` : ordered.length ? 'all verified' : ''}
        </span>
        <button
          type="button"
          onClick={() => editor.dispatchCommand(CHECK_CITATIONS_COMMAND, undefined)}
        >
          Check now
        </button>
        {problems > 0 && (
          <button
            type="button"
            title="Take the library's copy of every changed item; unlink removed ones"
            onClick={() => {
              const keys = editor.getEditorState().read(() => $citedNodes().map((n) => n.getKey()));
              editor.update(() => {
                for (const key of keys) editor.dispatchCommand(REFRESH_CITED_NODE_COMMAND, key);
              });
            }}
          >
            Refresh all
          </button>
        )}
      </header>
      {ordered.length === 0 && (
        <p className="citations-empty">
          No citations yet. Drag an excerpt from the library, or press Ctrl+Shift+E.
        </p>
      )}
      <ol className="citations-list">
        {ordered.map(([sourceId, number]) => {
          const entry = entries.get(sourceId);
          if (!entry) return null;
          return (
            <li key={sourceId} value={number}>
              <span className="citations-ref">{fullReference(entry.source)}</span>
              <ul>
                {entry.items.map((item) => {
                  const status = statuses.get(item.cited);
                  return (
                    <li key={item.cited}>
                      <button
                        type="button"
                        className="citations-item"
                        onClick={() => reveal(item.nodeKey)}
                      >
                        {item.label}
                      </button>
                      {status?.kind === 'changed' && (
                        <span className="bw-flag bw-flag--changed">{status.message}</span>
                      )}
                      {(status?.kind === 'removed' || status?.kind === 'notInSource') && (
                        <span className="bw-flag bw-flag--removed">{status.message}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
