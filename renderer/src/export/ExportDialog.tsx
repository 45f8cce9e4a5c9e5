import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type {
  ExportDefaults,
  ExportFormat,
  ExportOptions,
  NotePlacement,
  PaperSize,
} from '../../../shared/model/export';
import { ApiCallError, call } from '../api';
import { publishNoteStyle } from '../editor/citationStyleEvents';
import { downloadPdf } from './download';
import {
  BUNDLED_STYLES,
  DEFAULT_STYLE,
  type CitationStyleInfo,
} from '../../../shared/citations/styles';
import { IntegritySection } from './IntegritySection';

const AUTHOR_KEY = 'briefwright.export.author';
const PAPER_KEY = 'briefwright.export.paper';

type Phase =
  | { kind: 'editing' }
  | { kind: 'exporting' }
  | { kind: 'confirm-marking'; message: string }
  | { kind: 'done'; message: string; warnings: string[] }
  | { kind: 'failed'; message: string };

export interface ExportDialogProps {
  noteId: number;
  flush: () => Promise<void>;
  onClose: () => void;
}

/** Export options (paper, banner marking, contents, sources, citation style) and the export itself. */
export function ExportDialog({ noteId, flush, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const markingsId = useId();
  const [defaults, setDefaults] = useState<ExportDefaults | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [options, setOptions] = useState<ExportOptions>(() => ({
    paper: (localStorage.getItem(PAPER_KEY) as PaperSize | null) ?? 'A4',
    marking: null,
    confirmLowerMarking: false,
    toc: false,
    sourcesList: true,
    style: null,
    notes: 'footnotes',
    portionMarks: false,
    markEveryPortion: false,
    tagKeywords: false,
    evidenceAnnex: false,
    author: localStorage.getItem(AUTHOR_KEY) ?? '',
  }));
  const [marking, setMarking] = useState('');
  const [styles, setStyles] = useState<CitationStyleInfo[]>(
    BUNDLED_STYLES.map((s) => ({ id: s.id, title: s.title, kind: 'in-text', user: false })),
  );
  const [lastFormat, setLastFormat] = useState<ExportFormat>('pdf');
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [checks, setChecks] = useState(0);
  const firstLoad = useRef(true);
  // A banner typed before the defaults arrive is the user's choice, not to be overwritten.
  const markingTyped = useRef(false);
  const [progress, setProgress] = useState(0);
  const exporting = phase.kind === 'exporting';

  // The export runs on a worker thread in the backend; poll its progress while it does.
  useEffect(() => {
    if (!exporting) return;
    setProgress(0);
    const timer = setInterval(() => {
      call('export.progress', { noteId })
        .then((p) => p.active && setProgress(p.fraction))
        .catch(() => undefined);
    }, 200);
    return () => clearInterval(timer);
  }, [exporting, noteId]);

  useEffect(() => {
    let cancelled = false;
    Promise.all([call('citations.styles', {}), call('citations.noteStyle', { noteId })])
      .then(([list, current]) => {
        if (cancelled) return;
        setStyles(list);
        setOptions((o) => ({ ...o, style: current.style }));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [noteId]);

  useEffect(() => {
    dialog.current?.showModal();
    let cancelled = false;
    flush()
      .then(() => call('export.defaults', { noteId }))
      .then((d) => {
        if (cancelled) return;
        // A re-check keeps the banner the user typed; the first load proposes the default.
        if (firstLoad.current && !markingTyped.current) setMarking(d.marking ?? '');
        firstLoad.current = false;
        setDefaults(d);
        // An acknowledgement holds only for an item still flagged, with the same message.
        setAcknowledged(
          (keys) =>
            new Set(
              d.integrity.items
                .filter((i) => i.state !== 'verified' && keys.has(i.key))
                .map((i) => i.key),
            ),
        );
        setOptions((o) => (o.author ? o : { ...o, author: d.author }));
      })
      .catch((e: Error) => !cancelled && setPhase({ kind: 'failed', message: e.message }));
    return () => {
      cancelled = true;
    };
  }, [noteId, flush, checks]);

  const unverified = defaults?.integrity.items.filter((i) => i.state !== 'verified') ?? [];
  const allAcknowledged = unverified.every((i) => acknowledged.has(i.key));

  const noteStyle = styles.find((s) => s.id === (options.style ?? DEFAULT_STYLE))?.kind === 'note';

  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));

  async function chooseStyle(style: string) {
    set('style', style);
    try {
      const chosen = await call('citations.setNoteStyle', { noteId, style });
      publishNoteStyle(noteId, chosen);
    } catch (e) {
      setPhase({ kind: 'failed', message: (e as Error).message });
    }
  }

  async function addStyle(file: File | undefined) {
    if (!file) return;
    try {
      const added = await call('citations.addStyle', { xml: await file.text() });
      setStyles(await call('citations.styles', {}));
      await chooseStyle(added.id);
    } catch (e) {
      setPhase({ kind: 'failed', message: (e as Error).message });
    }
  }

  async function runExport(confirmLowerMarking: boolean, format: ExportFormat = lastFormat) {
    setLastFormat(format);
    setPhase({ kind: 'exporting' });
    localStorage.setItem(AUTHOR_KEY, options.author);
    localStorage.setItem(PAPER_KEY, options.paper);
    try {
      await flush();
      const chosen = marking.trim();
      const result = await call(format === 'docx' ? 'export.docx' : 'export.pdf', {
        noteId,
        options: {
          ...options,
          // Leaving the rolled-up default as is lets core pick it, so no confirmation is needed.
          marking: chosen === (defaults?.marking ?? '') ? null : chosen,
          confirmLowerMarking,
          acknowledged: [...acknowledged],
        },
      });
      if (result.kind === 'cancelled') {
        setPhase({ kind: 'editing' });
        return;
      }
      if (result.kind === 'download') downloadPdf(result.fileName, result.base64);
      const where =
        result.kind === 'saved' ? `Saved to ${result.path}` : `Downloaded ${result.fileName}`;
      setPhase({
        kind: 'done',
        message: `${where}${
          // Word counts the pages of a .docx itself when it opens it.
          result.pages > 0 ? ` — ${result.pages} page${result.pages === 1 ? '' : 's'}` : ''
        }${result.marking ? `, ${result.marking}` : ''}.`,
        warnings: [
          ...(result.integrityStatement
            ? [result.integrityStatement]
            : unverified.length > 0
              ? ['No integrity statement: not everything cited was verified against the library.']
              : []),
          ...result.warnings,
        ],
      });
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'unverified') {
        // The library changed since the dialog checked: show the new result.
        setPhase({ kind: 'failed', message: e.message });
        setChecks((n) => n + 1);
      } else if (e instanceof ApiCallError && e.code === 'conflict') {
        setPhase({ kind: 'confirm-marking', message: e.message });
      } else {
        setPhase({ kind: 'failed', message: (e as Error).message });
      }
    }
  }

  /** Stops the running export; export.pdf then answers 'cancelled' and the form comes back. */
  function cancelExport() {
    call('export.cancel', { noteId }).catch(() => undefined);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void runExport(false);
  }

  const busy = exporting;
  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        if (!busy) return;
        // Escape while exporting stops the export and keeps the dialog open.
        e.preventDefault();
        cancelExport();
      }}
    >
      <form method="dialog" onSubmit={onSubmit}>
        <h2 id={titleId}>Export PDF</h2>
        <div className="export-grid">
          <label>
            Paper
            <select
              value={options.paper}
              onChange={(e) => set('paper', e.target.value as PaperSize)}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
          <label>
            Citation style
            <select
              aria-label="Citation style"
              value={options.style ?? DEFAULT_STYLE}
              onChange={(e) => void chooseStyle(e.target.value)}
            >
              {styles.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          {noteStyle && (
            <label>
              Notes
              <select
                aria-label="Notes"
                value={options.notes}
                onChange={(e) => set('notes', e.target.value as NotePlacement)}
              >
                <option value="footnotes">Footnotes</option>
                <option value="endnotes">Endnotes</option>
              </select>
            </label>
          )}
          <label className="export-add-style">
            Add a style (.csl)
            <input
              type="file"
              accept=".csl,application/xml,text/xml"
              onChange={(e) => void addStyle(e.target.files?.[0])}
            />
          </label>
          <label className="wide">
            Marking
            <input
              value={marking}
              list={markingsId}
              placeholder="No banner"
              onChange={(e) => {
                markingTyped.current = true;
                setMarking(e.target.value);
              }}
            />
            <datalist id={markingsId}>
              {defaults?.schemeLevels.map((level) => (
                <option key={level} value={level} />
              ))}
            </datalist>
            {defaults?.marking && (
              <small>
                Strictest cited: <strong>{defaults.marking}</strong>
              </small>
            )}
          </label>
          <label className="wide">
            Author
            <input value={options.author} onChange={(e) => set('author', e.target.value)} />
          </label>
        </div>
        <fieldset className="export-checks">
          <legend>Include</legend>
          <label>
            <input
              type="checkbox"
              checked={options.toc}
              onChange={(e) => set('toc', e.target.checked)}
            />
            Table of contents
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.sourcesList}
              onChange={(e) => set('sourcesList', e.target.checked)}
            />
            Sources list
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.portionMarks}
              onChange={(e) => set('portionMarks', e.target.checked)}
            />
            Portion marks
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.markEveryPortion}
              onChange={(e) => set('markEveryPortion', e.target.checked)}
            />
            Mark every portion
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.tagKeywords}
              onChange={(e) => set('tagKeywords', e.target.checked)}
            />
            Library tags in PDF keywords
          </label>
          <label>
            <input
              type="checkbox"
              checked={options.evidenceAnnex}
              onChange={(e) => set('evidenceAnnex', e.target.checked)}
            />
            Evidence annex
          </label>
        </fieldset>

        {defaults && (
          <IntegritySection
            report={defaults.integrity}
            acknowledged={acknowledged}
            disabled={busy}
            onAcknowledge={(key, on) =>
              setAcknowledged((keys) => {
                const next = new Set(keys);
                if (on) next.add(key);
                else next.delete(key);
                return next;
              })
            }
            onCheckAgain={() => setChecks((n) => n + 1)}
          />
        )}

        {phase.kind === 'confirm-marking' && (
          <div className="export-message warning" role="alert">
            <p>{phase.message}</p>
            <button type="button" onClick={() => void runExport(true)}>
              Export with this marking
            </button>
          </div>
        )}
        {phase.kind === 'failed' && (
          <p className="export-message error" role="alert">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && (
          <div className="export-message" role="status">
            <p>{phase.message}</p>
            {phase.warnings.map((w) => (
              <p key={w} className="export-warning">
                {w}
              </p>
            ))}
          </div>
        )}

        <div className="export-actions">
          {busy && (
            <span className="export-progress" role="status">
              Exporting…
              <progress max={1} value={progress} aria-label="Export progress" />
            </span>
          )}
          <button
            type="button"
            onClick={() => (busy ? cancelExport() : dialog.current?.close())}
            aria-label={busy ? 'Cancel export' : undefined}
          >
            {phase.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || defaults === null || !allAcknowledged}
            title={allAcknowledged ? undefined : 'Acknowledge each item not verified first'}
          >
            Export
          </button>
          <button
            type="button"
            disabled={busy || defaults === null || !allAcknowledged}
            onClick={() => void runExport(false, 'docx')}
          >
            Export Word
          </button>
        </div>
      </form>
    </dialog>
  );
}
