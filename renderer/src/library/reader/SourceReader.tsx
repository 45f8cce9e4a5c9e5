import { PortionMark } from '../markings/PortionMark';
import { SourceHandling } from '../markings/SourceHandling';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setDragData } from '../drag/dragData';
import { ExcerptCard } from '../capture/ExcerptCard';
import { SourceDetails } from '../details/SourceDetails';
import { inverseOf, type SourcePatch } from '../details/sourceEdits';
import type { UndoOffer } from '../undo/UndoToast';
import type { ExcerptView, SourceView } from '../libraryTypes';
import * as library from '../libraryClient';
import type { TagCount } from '../tags/tagSuggestions';
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
  /** Asks first when notes cite it; resolves true once deleted (undo calls `restored`). */
  onDeleteExcerpt: (excerpt: ExcerptView, restored: () => void) => Promise<boolean>;
  /** Asks first (with what goes with it); deletes the source and offers undo. */
  onDeleteSource: (source: { id: number; title: string }) => void;
  onOfferUndo: (offer: UndoOffer) => void;
  onChanged: () => void;
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

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** A source's metadata and text, its excerpts highlighted, and capture from a selection. */
export function SourceReader(props: SourceReaderProps) {
  const {
    sourceId,
    focusExcerptId,
    knownTags,
    onBack,
    onNewClaim,
    onDeleteExcerpt,
    onDeleteSource,
    onOfferUndo,
    onChanged,
    onError,
  } = props;
  const [showDetails, setShowDetails] = useState(false);
  const [source, setSource] = useState<SourceView | null>(null);
  const [excerpts, setExcerpts] = useState<ExcerptView[]>([]);
  const [activeId, setActiveId] = useState<number | null>(focusExcerptId);
  const [usedIn, setUsedIn] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
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
      .catch((e: Error) => onError(e.message));
    return () => {
      cancelled = true;
    };
  }, [sourceId, onError, loads]);

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
  const replaceExcerpt = useCallback(
    (updated: ExcerptView) => {
      setExcerpts((list) => list.map((x) => (x.id === updated.id ? updated : x)).sort(byStart));
      onChanged();
    },
    [onChanged],
  );

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
      onChanged();
    },
    [selection, sourceId, clearSelection, onChanged],
  );

  const claimFromSelection = useCallback(async () => {
    if (!selection) return;
    try {
      const created = await library.createExcerpt({
        sourceId,
        start: selection.start,
        end: selection.end,
        tags: [],
        comment: '',
      });
      setExcerpts((list) => [...list, created].sort(byStart));
      clearSelection();
      window.getSelection()?.removeAllRanges();
      onChanged();
      onNewClaim(created);
    } catch (e) {
      onError((e as Error).message);
    }
  }, [selection, sourceId, clearSelection, onChanged, onNewClaim, onError]);

  // Keyboard equivalents of the selection toolbar.
  useEffect(() => {
    if (!selection || saving) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'e' || e.key === 'E') {
        e.preventDefault();
        setSaving(true);
      } else if (e.key === 'c' || e.key === 'C') {
        e.preventDefault();
        void claimFromSelection();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, saving, claimFromSelection]);

  const saveDetails = useCallback(
    async (patch: SourcePatch) => {
      if (!source) return;
      const before = source;
      const updated = await library.updateSource(source.id, patch);
      setSource((s) => (s ? { ...s, ...updated } : s));
      onChanged();
      onOfferUndo({
        message: 'Source details saved.',
        undo: async () => {
          try {
            const back = await library.updateSource(before.id, inverseOf(before, patch));
            setSource((s) => (s ? { ...s, ...back } : s));
            onChanged();
          } catch (e) {
            onError((e as Error).message);
          }
        },
      });
    },
    [source, onChanged, onOfferUndo, onError],
  );

  if (!source) {
    return (
      <div className="reader" aria-busy="true">
        <p className="loading">Opening source…</p>
      </div>
    );
  }

  const meta = [source.author, source.outlet, source.publishedAt?.slice(0, 10)].filter(Boolean);
  return (
    <article className="reader" aria-label={`Source: ${source.title}`}>
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
              onChanged();
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
          <p className="reader-hint">
            {excerpts.length} {excerpts.length === 1 ? 'excerpt' : 'excerpts'} · select text to save
            an excerpt or start a claim
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
                onChanged();
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
          tabIndex={-1}
          aria-label="Source text"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !saving && e.target === e.currentTarget) {
              if (selection) {
                window.getSelection()?.removeAllRanges();
                clearSelection();
              } else onBack();
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
              onNewClaim={() => void claimFromSelection()}
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
              onChanged();
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
