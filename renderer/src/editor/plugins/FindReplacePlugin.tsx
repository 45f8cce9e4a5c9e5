import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppCommand } from '../../app/commands';
import { plural } from '../../app/plural';
import { findPattern, matchesIn, type FindOptions } from '../find/textMatches';

/** A match in the writer's own text (replaceable) or inside a quote or claim (found only). */
type Match =
  { kind: 'text'; key: NodeKey; start: number; end: number } | { kind: 'quoted'; range: Range };

function firstTextNode(el: HTMLElement | null): Text | null {
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/** Matches in document order; quoted ones are found in the rendered quote, as the reader sees it. */
function collect(editor: LexicalEditor, pattern: RegExp): Match[] {
  return editor.getEditorState().read(() => {
    const out: Match[] = [];
    for (const block of $getRoot().getChildren()) {
      if ($isElementNode(block)) {
        for (const text of block.getAllTextNodes())
          for (const [start, end] of matchesIn(text.getTextContent(), pattern))
            out.push({ kind: 'text', key: text.getKey(), start, end });
        continue;
      }
      const el = editor.getElementByKey(block.getKey());
      if (!el) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const [start, end] of matchesIn(node.nodeValue ?? '', pattern)) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          out.push({ kind: 'quoted', range });
        }
      }
    }
    return out;
  });
}

function rangeOf(editor: LexicalEditor, match: Match): Range | null {
  if (match.kind === 'quoted') return match.range;
  const text = firstTextNode(editor.getElementByKey(match.key));
  if (!text || (text.nodeValue ?? '').length < match.end) return null;
  const range = document.createRange();
  range.setStart(text, match.start);
  range.setEnd(text, match.end);
  return range;
}

// Replacing must not pull the caret (and focus) into the note while the bar is in use.
const KEEP_FOCUS_IN_BAR = { tag: SKIP_DOM_SELECTION_TAG };

const highlights = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;

/**
 * Find (Ctrl/Cmd+F) and replace (Ctrl/Cmd+H) in the note, with match case and whole word.
 * Words inside quotes and claims are found but never replaced: they are the sources' words.
 */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<'closed' | 'find' | 'replace'>('closed');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);

  const openBar = (mode: 'find' | 'replace') => {
    const selected = editor.getEditorState().read(() => {
      const s = $getSelection();
      return $isRangeSelection(s) && !s.isCollapsed() ? s.getTextContent() : '';
    });
    if (selected && !selected.includes('\n')) setQuery(selected);
    setOpen(mode);
    requestAnimationFrame(() => {
      findRef.current?.focus();
      findRef.current?.select();
    });
  };
  useAppCommand('edit.find', () => openBar('find'));
  useAppCommand('edit.replace', () => openBar('replace'));

  const refresh = useCallback(() => {
    const pattern = findPattern(query, options);
    setMatches(pattern ? collect(editor, pattern) : []);
  }, [editor, query, options]);

  // Only while the bar is open does an edit cost a search.
  useEffect(() => {
    if (open === 'closed') return;
    refresh();
    return editor.registerUpdateListener(refresh);
  }, [editor, open, refresh]);

  const index = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  useEffect(() => {
    const registry = highlights();
    if (!registry) return;
    if (open === 'closed' || matches.length === 0) {
      registry.delete('find-match');
      registry.delete('find-current');
      return;
    }
    const ranges = matches.map((m) => rangeOf(editor, m)).filter((r): r is Range => !!r);
    registry.set('find-match', new Highlight(...ranges));
    const here = index >= 0 ? rangeOf(editor, matches[index]!) : null;
    if (here) {
      registry.set('find-current', new Highlight(here));
      const el = here.startContainer.parentElement;
      el?.scrollIntoView({ block: 'nearest' });
    } else registry.delete('find-current');
  }, [editor, open, matches, index]);
  useEffect(
    () => () => {
      highlights()?.delete('find-match');
      highlights()?.delete('find-current');
    },
    [],
  );

  if (open === 'closed') return null;

  const quoted = matches.filter((m) => m.kind === 'quoted').length;
  const step = (by: number) =>
    setCurrent((i) => (matches.length ? (i + by + matches.length) % matches.length : 0));
  const close = () => {
    setOpen('closed');
    editor.focus();
  };

  const replaceOne = () => {
    const match = matches[index];
    if (!match || match.kind !== 'text') {
      step(1);
      return;
    }
    editor.update(() => {
      const node = $getNodeByKey(match.key);
      if ($isTextNode(node)) node.spliceText(match.start, match.end - match.start, replacement);
    }, KEEP_FOCUS_IN_BAR);
  };

  const replaceAll = () => {
    const pattern = findPattern(query, options);
    if (!pattern) return;
    editor.update(() => {
      for (const text of $getRoot().getAllTextNodes()) {
        const found = matchesIn(text.getTextContent(), pattern);
        for (const [start, end] of found.reverse())
          text.spliceText(start, end - start, replacement);
      }
    }, KEEP_FOCUS_IN_BAR);
    // The button may now be disabled (nothing left to replace): keep focus in the bar.
    findRef.current?.focus();
  };

  const summary =
    query === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${index + 1} of ${matches.length}${quoted ? ` · ${plural(quoted, 'match', 'matches')} in quotes, never replaced` : ''}`;

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in note"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <input
        ref={findRef}
        type="search"
        aria-label="Find"
        placeholder="Find in note"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      {open === 'replace' && (
        <input
          type="text"
          aria-label="Replace with"
          placeholder="Replace with"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              replaceOne();
            }
          }}
        />
      )}
      <label>
        <input
          type="checkbox"
          checked={options.matchCase}
          onChange={(e) => setOptions((o) => ({ ...o, matchCase: e.target.checked }))}
        />
        Match case
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.wholeWord}
          onChange={(e) => setOptions((o) => ({ ...o, wholeWord: e.target.checked }))}
        />
        Whole word
      </label>
      <span className="find-summary" role="status" data-testid="find-summary">
        {summary}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0}>
        Next
      </button>
      {open === 'replace' ? (
        <>
          <button
            type="button"
            onClick={replaceOne}
            disabled={matches[index]?.kind !== 'text'}
            title={
              matches[index]?.kind === 'quoted' ? 'Quoted words are never replaced' : undefined
            }
          >
            Replace
          </button>
          <button
            type="button"
            onClick={replaceAll}
            disabled={!matches.some((m) => m.kind === 'text')}
          >
            Replace all
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setOpen('replace')}>
          Replace…
        </button>
      )}
      <button type="button" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
