import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type BaseSelection,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/model/library';
import { call } from '../../api';
import { INSERT_LIBRARY_ITEMS_COMMAND, OPEN_CITATION_PALETTE_COMMAND } from '../commands';

const TYPE_LABEL: Record<string, string> = { excerpt: 'Excerpt', source: 'Source', claim: 'Claim' };
/** Quotes first: they are what a note cites most; whole sources last. */
const TYPE_ORDER: Record<string, number> = { excerpt: 0, claim: 1, source: 2 };

/**
 * "Insert from library…" (the app command `editor.insertCitation`, Ctrl/Cmd+Shift+E): a search palette over the library that inserts the chosen
 * excerpt, source or claim at the caret, the keyboard equivalent of dragging from the library.
 */
export function CitationPalettePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const saved = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_CITATION_PALETTE_COMMAND,
          () => {
            // A shortcut pressed right after a caret move can arrive before Lexical has read that
            // move (it syncs on selectionchange), so the caret in the page is the truth.
            const dom = window.getSelection();
            const root = editor.getRootElement();
            const inEditor = !!dom?.anchorNode && !!root?.contains(dom.anchorNode);
            saved.current =
              (inEditor ? $createRangeSelectionFromDom(dom, editor) : null) ??
              $getSelection()?.clone() ??
              null;
            setOpen(true);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );

  const close = () => {
    setOpen(false);
    editor.focus();
  };

  const choose = (hit: SearchHit) => {
    setOpen(false);
    editor.update(() => {
      if (saved.current) $setSelection(saved.current);
      const kind = hit.type === 'excerpt' || hit.type === 'claim' ? hit.type : 'source';
      editor.dispatchCommand(INSERT_LIBRARY_ITEMS_COMMAND, { items: [{ kind, id: hit.id }] });
    });
    editor.focus();
  };

  return open ? <CitationPalette onChoose={choose} onClose={close} /> : null;
}

function CitationPalette({
  onChoose,
  onClose,
}: {
  onChoose: (hit: SearchHit) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (!query.trim()) {
        setHits([]);
        setMessage('Type to search excerpts, sources and claims.');
        return;
      }
      call('library.search', { text: query, types: ['excerpt', 'source', 'claim'], limit: 20 })
        .then((result) => {
          if (!current) return;
          setHits(
            [...result.hits].sort((a, b) => (TYPE_ORDER[a.type] ?? 3) - (TYPE_ORDER[b.type] ?? 3)),
          );
          setActive(0);
          setMessage(result.hits.length ? null : 'Nothing matches. Try other words.');
        })
        .catch((e: Error) => current && setMessage(e.message));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label="Insert citation"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          type="search"
          role="searchbox"
          aria-label="Search citations"
          placeholder="Insert citation… search the library"
          value={query}
          aria-controls="citation-palette-results"
          aria-activedescendant={hits[active] ? `palette-hit-${active}` : undefined}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => Math.min(hits.length - 1, i + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(0, i - 1));
            } else if (e.key === 'Enter' && hits[active]) {
              e.preventDefault();
              onChoose(hits[active]);
            }
          }}
        />
        {message && <p className="palette-message">{message}</p>}
        <ul id="citation-palette-results" role="listbox" aria-label="Library matches">
          {hits.map((hit, i) => (
            <li
              key={`${hit.type}:${hit.id}`}
              id={`palette-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'palette-hit palette-hit--active' : 'palette-hit'}
              onMouseEnter={() => setActive(i)}
              onClick={() => onChoose(hit)}
            >
              <span className="palette-type">{TYPE_LABEL[hit.type] ?? hit.type}</span>
              <span className="palette-title">{hit.title}</span>
              <span className="palette-snippet">
                {hit.snippet.map((s, j) => (s.highlight ? <mark key={j}>{s.text}</mark> : s.text))}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
