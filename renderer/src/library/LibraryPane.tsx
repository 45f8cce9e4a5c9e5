import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DeletedExcerpt, LibraryCounts } from '../../../shared/model';
import { useChangeVersion } from '../app/changes';
import { runCommand, shortcutOf, useAppCommand } from '../app/commands';
import { ClaimEditor } from './capture/ClaimEditor';
import { ImportProgress } from './import/ImportProgress';
import { useImportControls } from './import/useImportControls';
import {
  evidenceFromExcerpt,
  evidenceFromSelection,
  type ClaimDraft,
  type ExcerptView,
  type PendingSelection,
} from './libraryTypes';
import * as library from './libraryClient';
import { MarkingSchemeSettings } from './markings/MarkingSchemeSettings';
import { SourceReader } from './reader/SourceReader';
import { EmptyLibrary, NoResults, StartSearching } from './search/EmptyStates';
import { FilterChips } from './search/FilterChips';
import { ResultsList } from './search/ResultsList';
import { buildRows, jumpActive, MAX_LISTED, moveActive, type ResultRow } from './search/resultRows';
import {
  hasCriteria,
  NO_FILTERS,
  PER_GROUP,
  useLibrarySearch,
  type SearchFilters,
} from './search/useLibrarySearch';
import { TagList } from './tags/TagList';
import type { TagCount } from './tags/tagSuggestions';
import { UndoToast, type UndoOffer } from './undo/UndoToast';
import './library.css';

// Imports reach the views through the change versions (see app/changes.ts).
const afterImport = () => undefined;

type View =
  | { kind: 'results' }
  | { kind: 'source'; id: number; excerptId: number | null }
  | { kind: 'claim'; id: number | null; draft: ClaimDraft | null }
  | { kind: 'tags' }
  | { kind: 'markings' };

export interface LibraryPaneProps {
  counts: LibraryCounts | null;
  onError: (message: string) => void;
}

/** The left half: search, filters and results; the source reader; claims; tags; import. */
export function LibraryPane({ counts, onError }: LibraryPaneProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [view, setView] = useState<View>({ kind: 'results' });
  const [active, setActive] = useState(-1);
  const [knownTags, setKnownTags] = useState<TagCount[]>([]);
  // Every write anywhere (this pane, the note, the CLI) moves this, and the views reload.
  const refreshKey = useChangeVersion('sources', 'excerpts', 'claims', 'tags', 'notes');
  const tagsVersion = useChangeVersion('tags');
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const refreshTags = useCallback(() => {
    library
      .listTags()
      .then(setKnownTags)
      .catch(() => undefined);
  }, []);
  useEffect(refreshTags, [refreshTags, tagsVersion]);

  const { state, single, loadRange } = useLibrarySearch(library.search, query, filters, refreshKey);
  // Word searches count up to the library's cap and page to a limit; browsing by filters does not.
  const wordSearch = state.status === 'ready' && state.query.trim() !== '';
  const rows = useMemo(
    () =>
      state.status === 'ready'
        ? buildRows(
            state.counts,
            state.hitsByType,
            single,
            PER_GROUP,
            wordSearch ? MAX_LISTED : Infinity,
          )
        : [],
    [state, single, wordSearch],
  );
  useEffect(() => setActive(-1), [query, filters]);

  const imports = useImportControls(afterImport, onError);

  useAppCommand('library.focusSearch', () => {
    setView((v) => (v.kind === 'claim' ? v : { kind: 'results' }));
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  });
  useAppCommand('library.import', imports.choose);

  const open = useCallback((row: ResultRow) => {
    if (row.kind === 'more') {
      setFilters((f) => ({ ...f, types: [row.type] }));
      return;
    }
    if (row.kind !== 'hit') return;
    const { hit } = row;
    if (hit.type === 'source') setView({ kind: 'source', id: hit.id, excerptId: null });
    else if (hit.type === 'excerpt' && hit.sourceId)
      setView({ kind: 'source', id: hit.sourceId, excerptId: hit.id });
    else if (hit.type === 'claim') setView({ kind: 'claim', id: hit.id, draft: null });
    else if (hit.type === 'note') runCommand('note.open', { id: hit.id });
  }, []);

  const onVisibleRange = useCallback(
    (first: number, last: number) => {
      // Row 0 is the group header: hit i is row i + 1.
      if (single) loadRange(Math.max(0, first - 1), Math.max(0, last - 1));
    },
    [single, loadRange],
  );

  const deleteExcerpt = useCallback(
    async (excerpt: ExcerptView, restored: () => void): Promise<boolean> => {
      const usedIn = await library.excerptUsage(excerpt.id).catch(() => null);
      if (
        usedIn &&
        usedIn.length > 0 &&
        !window.confirm(
          `This excerpt is cited in ${usedIn.length === 1 ? 'a note' : `${usedIn.length} notes`}: ${usedIn.join(', ')}.\n` +
            'The notes keep their copy of the quote, but it will show as no longer in the library. Delete it?',
        )
      )
        return false;
      let deleted: DeletedExcerpt;
      try {
        deleted = await library.deleteExcerpt(excerpt.id);
      } catch (e) {
        onError((e as Error).message);
        return false;
      }
      setUndo({
        message: 'Excerpt deleted.',
        undo: async () => {
          try {
            await library.restoreExcerpt(deleted);
          } catch (e) {
            onError((e as Error).message);
            return;
          }
          restored();
        },
      });
      return true;
    },
    [onError],
  );

  const deleteSource = useCallback(
    async (source: { id: number; title: string }) => {
      let deleted;
      try {
        const impact = await library.sourceDeleteImpact(source.id);
        const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
        if (
          !window.confirm(
            `Delete the source “${impact.title}”?\n` +
              `It is cited in ${count(impact.citingNotes, 'note', 'notes')}; ` +
              `${count(impact.excerpts, 'excerpt', 'excerpts')} and the evidence links of ` +
              `${count(impact.claims, 'claim', 'claims')} go with it. ` +
              'Notes keep their copy of each quote.',
          )
        )
          return;
        deleted = await library.deleteSource(source.id);
      } catch (e) {
        onError((e as Error).message);
        return;
      }
      setView({ kind: 'results' });
      setUndo({
        message: `Source “${deleted.title}” deleted.`,
        undo: async () => {
          try {
            await library.restoreSource(deleted.id);
          } catch (e) {
            onError((e as Error).message);
            return;
          }
          setView({ kind: 'source', id: deleted.id, excerptId: null });
        },
      });
    },
    [onError],
  );

  const newClaimFrom = useCallback((excerpt: ExcerptView) => {
    setView({
      kind: 'claim',
      id: null,
      draft: {
        text: '',
        likelihood: null,
        confidence: null,
        marking: null,
        tags: [...excerpt.tags],
        evidence: [evidenceFromExcerpt(excerpt, 'supports')],
      },
    });
  }, []);

  const newClaimFromSelection = useCallback((selection: PendingSelection) => {
    setView({
      kind: 'claim',
      id: null,
      draft: {
        text: '',
        likelihood: null,
        confidence: null,
        marking: null,
        tags: [],
        evidence: [evidenceFromSelection(selection, 'supports')],
      },
    });
  }, []);

  const criteria = hasCriteria(query, filters);
  const listShown =
    criteria &&
    state.status === 'ready' &&
    rows.length > 0 &&
    (view.kind === 'results' || view.kind === 'claim');
  const libraryEmpty = counts !== null && counts.sources === 0 && counts.claims === 0;

  const results = (() => {
    if (!criteria)
      return libraryEmpty ? (
        <EmptyLibrary onImport={imports.choose} />
      ) : (
        <StartSearching counts={counts} />
      );
    if (state.status === 'error')
      return (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      );
    if (state.status === 'ready' && rows.length === 0)
      return (
        <NoResults
          query={state.query}
          filtered={filters !== NO_FILTERS}
          onClearFilters={() => setFilters(NO_FILTERS)}
        />
      );
    if (state.status !== 'ready') return <p className="loading">Searching…</p>;
    return (
      <ResultsList
        id={listId}
        query={state.query}
        rows={rows}
        capped={wordSearch}
        active={active}
        onActive={setActive}
        onOpen={open}
        onVisibleRange={onVisibleRange}
      />
    );
  })();

  return (
    <section className="library-pane" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
        <span className="status-spacer" />
        <button
          type="button"
          onClick={() => setView(view.kind === 'tags' ? { kind: 'results' } : { kind: 'tags' })}
          aria-pressed={view.kind === 'tags'}
        >
          Tags
        </button>
        <button
          type="button"
          onClick={() =>
            setView(view.kind === 'markings' ? { kind: 'results' } : { kind: 'markings' })
          }
          aria-pressed={view.kind === 'markings'}
        >
          Markings
        </button>
        <button type="button" onClick={() => setView({ kind: 'claim', id: null, draft: null })}>
          New claim
        </button>
        {imports.markingControl}
        <button type="button" className="primary" onClick={imports.choose}>
          Import…
        </button>
        {imports.inputs}
      </header>
      <div className="search-row">
        <input
          ref={searchRef}
          type="search"
          role="searchbox"
          aria-label="Search library"
          aria-controls={listShown ? listId : undefined}
          aria-activedescendant={
            active >= 0 && view.kind === 'results' ? `${listId}-${active}` : undefined
          }
          aria-keyshortcuts="Control+K Meta+K"
          placeholder={`Search library (${shortcutOf('library.focusSearch')})`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setView((v) => (v.kind === 'claim' ? v : { kind: 'results' }));
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              setView((v) => (v.kind === 'claim' ? v : { kind: 'results' }));
              setActive((i) => moveActive(rows, i, e.key === 'ArrowDown' ? 1 : -1));
            } else if (e.key === 'PageDown' || e.key === 'PageUp') {
              e.preventDefault();
              setActive((i) => jumpActive(rows, i, e.key === 'PageDown' ? 10 : -10));
            } else if (e.key === 'Enter' && active >= 0 && rows[active]) {
              e.preventDefault();
              open(rows[active]!);
            } else if (e.key === 'Delete' && active >= 0) {
              const row = rows[active];
              if (row?.kind === 'hit' && row.hit.type === 'source') {
                e.preventDefault();
                void deleteSource({ id: row.hit.id, title: row.hit.title });
              }
            } else if (e.key === 'Escape' && query) {
              setQuery('');
            }
          }}
        />
      </div>
      <FilterChips
        filters={filters}
        onChange={(f) => {
          setFilters(f);
          setView((v) => (v.kind === 'claim' ? v : { kind: 'results' }));
        }}
        knownTags={knownTags}
        counts={state.status === 'ready' ? state.counts : null}
        capped={wordSearch}
      />
      {imports.batch && (
        <ImportProgress
          batch={imports.batch}
          onDismiss={imports.dismiss}
          onOpenSource={(id) => setView({ kind: 'source', id, excerptId: null })}
        />
      )}
      <div className="library-body">
        {view.kind === 'results' && results}
        {view.kind === 'source' && (
          <SourceReader
            key={view.id}
            sourceId={view.id}
            focusExcerptId={view.excerptId}
            knownTags={knownTags}
            onBack={() => {
              setView({ kind: 'results' });
              searchRef.current?.focus();
            }}
            onNewClaim={newClaimFrom}
            onNewClaimFromSelection={newClaimFromSelection}
            onDeleteExcerpt={deleteExcerpt}
            onDeleteSource={(source) => void deleteSource(source)}
            onOfferUndo={setUndo}
            onError={onError}
          />
        )}
        {view.kind === 'claim' && (
          <div className="claim-split">
            <ClaimEditor
              key={view.id ?? 'new'}
              claimId={view.id}
              draft={view.draft}
              knownTags={knownTags}
              onSaved={(claim) => {
                setView({ kind: 'claim', id: claim.id, draft: null });
              }}
              onDelete={(claim) => {
                void library
                  .deleteClaim(claim.id)
                  .then((deleted) => {
                    setView({ kind: 'results' });
                    setUndo({
                      message: 'Claim deleted.',
                      undo: () =>
                        library.restoreClaim(deleted).then(
                          () => undefined,
                          (e: Error) => onError(e.message),
                        ),
                    });
                  })
                  .catch((e: Error) => onError(e.message));
              }}
              onClose={() => setView({ kind: 'results' })}
            />
            {/* Results stay below the claim, so excerpts can be dragged onto its evidence. */}
            <div className="claim-results">
              {criteria ? (
                results
              ) : (
                <p className="hint">Search above, then drag excerpts onto the evidence.</p>
              )}
            </div>
          </div>
        )}
        {view.kind === 'markings' && (
          <MarkingSchemeSettings onClose={() => setView({ kind: 'results' })} onError={onError} />
        )}
        {view.kind === 'tags' && (
          <TagList
            tags={knownTags}
            onFilter={(name) => {
              setFilters({ ...NO_FILTERS, tags: [name] });
              setView({ kind: 'results' });
            }}
            onRename={async (from, to) => {
              await library.renameTag(from, to);
            }}
            onMerge={async (from, into) => {
              await library.mergeTag(from, into);
            }}
            onDelete={async (name) => {
              if (
                !window.confirm(
                  `Remove the tag “${name}” from everything that has it? The items themselves are kept.`,
                )
              )
                return;
              await library.deleteTag(name);
            }}
            onClose={() => setView({ kind: 'results' })}
          />
        )}
      </div>
      {imports.dropping && <div className="drop-overlay">Drop files or folders to import them</div>}
      {undo && <UndoToast offer={undo} onDone={() => setUndo(null)} />}
    </section>
  );
}
