import { PortionMark } from '../markings/PortionMark';
import { SourceHandling } from '../markings/SourceHandling';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useChangeVersion } from '../../app/changes';
import { isMac, useAppCommand } from '../../app/commands';
import { plural } from '../../app/plural';
import { setDragData } from '../drag/dragData';
import { ExcerptCard } from '../capture/ExcerptCard';
import { SourceDetails } from '../details/SourceDetails';
import { inverseOf, type SourcePatch } from '../details/sourceEdits';
import type { UndoOffer } from '../undo/UndoToast';
import type { ExcerptView, PendingSelection, SourceView } from '../libraryTypes';
import * as library from '../libraryClient';
import type { TagCount } from '../tags/tagSuggestions';
import { caretBox, handleCaretKey, selectSentence } from './caretBrowsing';
import { NotFoundInVersion } from './NotFoundInVersion';
import { ReaderText } from './ReaderText';
import { ReplaceVersionButton } from './ReplaceVersionButton';
import { SelectionToolbar, type ExcerptHandling } from './SelectionToolbar';
import { useReaderSelection } from './useReaderSelection';

export interface SourceReaderProps {
  sourceId: number;
  /** An excerpt to scroll to and show, e.g. when opened from a search hit. */
  focusExcerptId: number | null;
  knownTags: readonly TagCount[];
  onBack: () => void;
  onNewClaim: (excerpt: ExcerptView) => void;
  /** A claim from a selection: nothing is saved until the claim itself is created. */
  onNewClaimFromSelection: (selection: PendingSelection) => void;
  /** Asks first when notes cite it; resolves true once deleted (undo calls `restored`). */
  onDeleteExcerpt: (excerpt: ExcerptView, restored: () => void) => Promise<boolean>;
  /** Asks first (with what goes with it); deletes the source and offers undo. */
  onDeleteSource: (source: { id: number; title: string }) => void;
  onOfferUndo: (offer: UndoOffer) => void;
  onError: (message: string) => void;
}

const byStart = (a: ExcerptView, b: ExcerptView) =>
  (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER);

/**
 * Whether an excerpt may be highlighted: placed in the current version, and the text at its
 * offsets is exactly its quote. Anything else would show the analyst words they never quoted.
 */
const isPlacedIn = (
  text: string,
  e: ExcerptView,
): e is ExcerptView & { start: number; end: number } =>
  e.anchored && e.start !== null && e.end !== null && text.slice(e.start, e.end) === e.quote;

/** A source's metadata and text, its excerpts highlighted, and capture from a selection. */
export function SourceReader(props: SourceReaderProps) {
  const {
    sourceId,
    focusExcerptId,
    knownTags,
    onBack,
    onNewClaim,
    onNewClaimFromSelection,
    onDeleteExcerpt,
    onDeleteSource,
    onOfferUndo,
    onError,
  } = props;
  const [showDetails, setShowDetails] = useState(false);
  const [source, setSource] = useState<SourceView | null>(null);
  const [excerpts, setExcerpts] = useState<ExcerptView[]>([]);
  const [activeId, setActiveId] = useState<number | null>(focusExcerptId);
  const [usedIn, setUsedIn] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [gone, setGone] = useState(false);
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);
  const [versionDates, setVersionDates] = useState<ReadonlyMap<number, string>>(new Map());
  const [replaced, setReplaced] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, clearSelection] = useReaderSelection(
    textRef,
    bodyRef,
    source?.text ?? '',
    saving,
  );

  const reloadExcerpts = useCallback(
    () =>
      library
        .excerptsForSource(sourceId)
        .then(setExcerpts)
        .catch((e: Error) => onError(e.message)),
    [sourceId, onError],
  );

  const [loads, setLoads] = useState(0);
  useEffect(() => setReplaced(null), [sourceId]);
  useEffect(() => {
    let cancelled = false;
    setSource(null);
    setGone(false);
    Promise.all([
      library.getSource(sourceId),
      library.excerptsForSource(sourceId),
      library.sourceVersions(sourceId),
    ])
      .then(([s, list, versions]) => {
        if (cancelled) return;
        setSource(s);
        setExcerpts(list);
        setVersionDates(new Map(versions.map((v) => [v.version, v.importedAt])));
      })
      .catch((e: Error & { code?: string }) =>
        e.code === 'not_found' ? setGone(true) : onError(e.message),
      );
    return () => {
      cancelled = true;
    };
  }, [sourceId, onError, loads]);

  // Excerpts taken elsewhere (a selection dropped on the note, the CLI) or deleted show at once;
  // a source deleted meanwhile says so instead of showing stale text.
  const version = useChangeVersion('sources', 'excerpts');
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version === firstVersion.current) return;
    let cancelled = false;
    Promise.all([library.getSource(sourceId), library.excerptsForSource(sourceId)])
      .then(([s, list]) => {
        if (cancelled) return;
        setSource((old) => (old && old.text === s.text ? { ...s, text: old.text } : s));
        setExcerpts(list);
      })
      .catch((e: Error & { code?: string }) => {
        if (!cancelled && e.code === 'not_found') setGone(true);
      });
    return () => {
      cancelled = true;
    };
  }, [version, sourceId]);

  useEffect(() => setActiveId(focusExcerptId), [focusExcerptId]);

  // Opening a source moves focus into it: arrows and Page keys scroll, Escape goes back.
  const opened = source !== null;
  useEffect(() => {
    if (opened) bodyRef.current?.focus({ preventScroll: true });
  }, [opened]);

  // Bring the focused excerpt into view once the text is rendered.
  useEffect(() => {
    if (activeId === null || !source) return;
    textRef.current
      ?.querySelector(`[data-excerpt-id="${activeId}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [activeId, source]);

  const active = excerpts.find((e) => e.id === activeId) ?? null;
  useEffect(() => {
    setUsedIn(null);
    if (!active) return;
    let cancelled = false;
    library
      .excerptUsage(active.id)
      .then((titles) => !cancelled && setUsedIn(titles))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [active]);

  const text = source?.text ?? '';
  const spans = useMemo(
    () =>
      excerpts
        .filter((e) => isPlacedIn(text, e))
        .map(({ id, start, end }) => ({ id, start: start!, end: end! })),
    [excerpts, text],
  );
  const notFound = useMemo(() => excerpts.filter((e) => !isPlacedIn(text, e)), [excerpts, text]);
  const replaceExcerpt = useCallback((updated: ExcerptView) => {
    setExcerpts((list) => list.map((x) => (x.id === updated.id ? updated : x)).sort(byStart));
  }, []);

  const saveSelection = useCallback(
    async (tags: string[], comment: string, handling: ExcerptHandling) => {
      if (!selection) return;
      const created = await library.createExcerpt({
        sourceId,
        start: selection.start,
        end: selection.end,
        tags,
        comment,
        ...handling,
      });
      setExcerpts((list) => [...list, created].sort(byStart));
      setSaving(false);
      clearSelection();
      window.getSelection()?.removeAllRanges();
      setActiveId(created.id);
    },
    [selection, sourceId, clearSelection],
  );

  const claimFromSelection = useCallback(() => {
    if (!selection || !source) return;
    onNewClaimFromSelection({
      sourceId,
      start: selection.start,
      end: selection.end,
      quote: source.text.slice(selection.start, selection.end),
      sourceTitle: source.title,
    });
  }, [selection, source, sourceId, onNewClaimFromSelection]);

  // The selection toolbar's keys, through the command registry (shown in the shortcuts sheet).
  const canAct = () => !!selection && !saving;
  useAppCommand('reader.saveExcerpt', () => setSaving(true), canAct);
  useAppCommand('reader.newClaim', claimFromSelection, canAct);
  useAppCommand(
    'reader.selectSentence',
    () => {
      if (textRef.current) selectSentence(textRef.current);
    },
    () => !saving && !!textRef.current,
  );

  // Draw the caret while keyboard users move it (read-only text shows none of its own).
  const showCaret = useCallback(() => {
    const root = textRef.current;
    const body = bodyRef.current;
    setCaret(root && body && body.contains(document.activeElement) ? caretBox(root, body) : null);
  }, []);
  useEffect(() => {
    document.addEventListener('selectionchange', showCaret);
    return () => document.removeEventListener('selectionchange', showCaret);
  }, [showCaret]);

  const saveDetails = useCallback(
    async (patch: SourcePatch) => {
      if (!source) return;
      const before = source;
      const updated = await library.updateSource(source.id, patch);
      setSource((s) => (s ? { ...s, ...updated } : s));
      onOfferUndo({
        message: 'Source details saved.',
        undo: async () => {
          try {
            const back = await library.updateSource(before.id, inverseOf(before, patch));
            setSource((s) => (s ? { ...s, ...back } : s));
          } catch (e) {
            onError((e as Error).message);
          }
        },
      });
    },
    [source, onOfferUndo, onError],
  );

  if (gone) {
    return (
      <div className="reader" role="status">
        <p className="loading">This source is no longer in the library.</p>
        <button type="button" className="link-button" onClick={onBack}>
          ← Results
        </button>
      </div>
    );
  }

  if (!source) {
    return (
      <div className="reader" aria-busy="true">
        <p className="loading">Opening source…</p>
      </div>
    );
  }

  const meta = [source.author, source.outlet, source.publishedAt?.slice(0, 10)].filter(Boolean);
  return (
    <article className="reader" aria-label={`Source: ${source.title}`} data-command-scope="reader">
      <div className="reader-scroll">
        <header className="reader-header">
          <button type="button" className="link-button" onClick={onBack} aria-keyshortcuts="Escape">
            ← Results
          </button>
          <h3
            className="reader-title"
            draggable
            onDragStart={(e) =>
              setDragData(e.dataTransfer, [{ kind: 'source', id: source.id }], source.title)
            }
          >
            {source.title}
          </h3>
          <p className="reader-meta">
            {meta.join(' · ')}
            {source.marking && <PortionMark marking={source.marking} />}
          </p>
          <SourceHandling
            source={source}
            onSaved={(saved) => {
              setSource((s) => (s ? { ...s, ...saved } : s));
              // Excerpts show their source's marking and grading: fetch them again.
              void reloadExcerpts();
            }}
            onError={onError}
          />
          {source.url && <p className="reader-url">{source.url}</p>}
          {source.tags.length > 0 && (
            <p className="reader-tags">
              {source.tags.map((t) => (
                <span key={t} className="tag-chip">
                  {t}
                </span>
              ))}
            </p>
          )}
          <button
            type="button"
            className="link-button"
            aria-expanded={showDetails}
            onClick={() => setShowDetails((v) => !v)}
          >
            {showDetails ? 'Hide details' : 'Edit details'}
          </button>
          {showDetails && (
            <SourceDetails
              source={source}
              knownTags={knownTags}
              onSave={saveDetails}
              onDelete={() => onDeleteSource(source)}
            />
          )}
          <p className="reader-hint" data-testid="reader-excerpt-count">
            {plural(excerpts.length, 'excerpt')} · select text (or use the arrow keys with Shift) to
            save an excerpt or start a claim
          </p>
          <p className="reader-hint">
            Version {source.version}, imported {source.versionImportedAt.slice(0, 10)}
            {versionDates.size > 0 &&
              ` · ${versionDates.size} earlier version${versionDates.size === 1 ? '' : 's'} kept`}{' '}
            ·{' '}
            <ReplaceVersionButton
              sourceId={source.id}
              onError={onError}
              onReplaced={(report) => {
                setLoads((n) => n + 1);
                setReplaced(
                  `Replaced with version ${report.source.version}: ${report.reanchored} excerpt(s) found, ${report.unplaced.length} not found in this version.`,
                );
              }}
            />
          </p>
          {replaced && (
            <p className="reader-hint" role="status">
              {replaced}
            </p>
          )}
        </header>
        <NotFoundInVersion
          source={source}
          excerpts={notFound}
          versionDates={versionDates}
          onOpen={(e) => setActiveId(e.id)}
          onAccept={(e) =>
            void library
              .acceptProposal(e.id)
              .then(replaceExcerpt)
              .catch((error: Error) => onError(error.message))
          }
          onReject={(e) =>
            void library
              .rejectProposal(e.id)
              .then(replaceExcerpt)
              .catch((error: Error) => onError(error.message))
          }
        />
        <div
          className="reader-body"
          ref={bodyRef}
          tabIndex={0}
          aria-label="Source text"
          aria-describedby="reader-keys"
          onFocus={showCaret}
          onBlur={() => setCaret(null)}
          onKeyDown={(e) => {
            const inText =
              e.target === e.currentTarget ||
              (e.target instanceof HTMLElement && e.target.classList.contains('excerpt-highlight'));
            if (!inText || saving) return;
            if (e.key === 'Escape') {
              if (selection) {
                window.getSelection()?.removeAllRanges();
                clearSelection();
              } else onBack();
              return;
            }
            if (textRef.current && handleCaretKey(e, textRef.current, isMac(), e.target as Node)) {
              e.preventDefault();
              requestAnimationFrame(() => {
                const sel = window.getSelection();
                const node = sel?.focusNode;
                const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
                (el as Element | null)?.scrollIntoView?.({ block: 'nearest' });
              });
            }
          }}
          onDragStart={(e) => {
            // Dragging the selected text carries the selection, for the note to turn into an excerpt.
            if (!selection || !source) return;
            setDragData(
              e.dataTransfer,
              [
                {
                  kind: 'selection',
                  sourceId: source.id,
                  start: selection.start,
                  end: selection.end,
                },
              ],
              source.text.slice(selection.start, selection.end),
            );
          }}
        >
          <p id="reader-keys" className="visually-hidden">
            Arrow keys move a caret; Shift with arrows selects, Ctrl goes by word, S selects a
            sentence. E saves the selection as an excerpt, C starts a claim. Tab reaches each
            excerpt; Enter opens it.
          </p>
          {caret && !selection && (
            <span
              className="reader-caret"
              aria-hidden
              style={{ top: caret.top, left: caret.left, height: caret.height }}
            />
          )}
          <ReaderText
            text={source.text}
            spans={spans}
            activeId={activeId}
            onOpenExcerpt={setActiveId}
            textRef={textRef}
          />
          {selection && (
            <SelectionToolbar
              key={`${selection.start}-${selection.end}`}
              top={selection.top}
              left={selection.left}
              quote={source.text.slice(selection.start, selection.end)}
              saving={saving}
              knownTags={knownTags}
              onStartSave={() => setSaving(true)}
              onSave={saveSelection}
              onNewClaim={claimFromSelection}
              onCancel={() => {
                setSaving(false);
                clearSelection();
              }}
            />
          )}
        </div>
      </div>
      {active && (
        <aside className="reader-details">
          <ExcerptCard
            excerpt={active}
            knownTags={knownTags}
            usedIn={usedIn}
            onClose={() => setActiveId(null)}
            onChange={async (changes) => {
              const updated = await library.updateExcerpt(active.id, changes);
              setExcerpts((list) => list.map((x) => (x.id === updated.id ? updated : x)));
            }}
            onDelete={() => {
              void onDeleteExcerpt(active, () => void reloadExcerpts()).then((deleted) => {
                if (!deleted) return;
                setExcerpts((list) => list.filter((x) => x.id !== active.id));
                setActiveId(null);
              });
            }}
            onNewClaim={() => onNewClaim(active)}
          />
        </aside>
      )}
    </article>
  );
}
