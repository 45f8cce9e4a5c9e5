import { useEffect, useState, type DragEvent } from 'react';
import { BRIEFWRIGHT_MIME, decodeDragPayload } from '../../../../shared/note/dragPayload';
import { EvidencePicker } from './EvidencePicker';
import { hasLibraryPayload, setDragData } from '../drag/dragData';
import * as library from '../libraryClient';
import {
  ANALYTIC_CONFIDENCES,
  formatConfidence,
  formatLikelihood,
  LIKELIHOOD_SCALE,
} from '../../../../shared/icd203/scale';
import { MarkingSelect } from '../markings/MarkingSelect';
import {
  draftFromClaim,
  evidenceFromExcerpt,
  type ClaimDraft,
  type ClaimView,
  type EvidenceRelation,
} from '../libraryTypes';
import { TagInput } from '../tags/TagInput';
import type { TagCount } from '../tags/tagSuggestions';

export interface ClaimEditorProps {
  /** The claim being edited, or null for a new one started from `draft`. */
  claimId: number | null;
  draft: ClaimDraft | null;
  knownTags: readonly TagCount[];
  onSaved: (claim: ClaimView) => void;
  onDelete: (claim: ClaimView) => void;
  onClose: () => void;
}

const EMPTY: ClaimDraft = {
  text: '',
  likelihood: null,
  confidence: null,
  marking: null,
  tags: [],
  evidence: [],
};

/**
 * A claim: its statement, its ICD 203 likelihood and analytic confidence (two separate
 * judgments), its marking, tags and evidence. Excerpts dropped on the evidence
 * list are attached (as supporting; switch to contradicting per link).
 */
export function ClaimEditor({
  claimId,
  draft,
  knownTags,
  onSaved,
  onDelete,
  onClose,
}: ClaimEditorProps) {
  const [claim, setClaim] = useState<ClaimDraft>(draft ?? EMPTY);
  const [saved, setSaved] = useState<ClaimView | null>(null);
  const [dropping, setDropping] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (claimId === null) return;
    let cancelled = false;
    library
      .getClaim(claimId)
      .then((c) => {
        if (cancelled) return;
        setSaved(c);
        setClaim(draftFromClaim(c));
      })
      .catch((e: Error) => setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [claimId]);

  const attach = async (excerptIds: number[]) => {
    const fresh = excerptIds.filter((id) => !claim.evidence.some((e) => e.excerptId === id));
    if (fresh.length === 0) return;
    try {
      const excerpts = await Promise.all(fresh.map((id) => library.getExcerpt(id)));
      setClaim((c) => ({
        ...c,
        evidence: [...c.evidence, ...excerpts.map((x) => evidenceFromExcerpt(x, 'supports'))],
      }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const onDrop = (e: DragEvent) => {
    setDropping(false);
    const payload = decodeDragPayload(e.dataTransfer.getData(BRIEFWRIGHT_MIME));
    if (!payload) return;
    e.preventDefault();
    const ids = payload.items.flatMap((item) => (item.kind === 'excerpt' ? [item.id] : []));
    if (ids.length === 0) {
      setError('Only excerpts can be attached as evidence.');
      return;
    }
    void attach(ids);
  };

  const setRelation = (excerptId: number, relation: EvidenceRelation) =>
    setClaim((c) => ({
      ...c,
      evidence: c.evidence.map((ev) => (ev.excerptId === excerptId ? { ...ev, relation } : ev)),
    }));

  const save = async () => {
    if (!claim.text.trim()) {
      setError('Write the claim first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = saved
        ? await library.updateClaim(saved.id, claim)
        : await library.createClaim(claim);
      setSaved(result);
      onSaved(result);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="claim-editor"
      aria-label={saved ? 'Edit claim' : 'New claim'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <header className="reader-header">
        <button type="button" className="link-button" onClick={onClose}>
          ← Back
        </button>
        <h3
          className="reader-title"
          draggable={!!saved}
          onDragStart={(e) =>
            saved && setDragData(e.dataTransfer, [{ kind: 'claim', id: saved.id }], saved.text)
          }
        >
          {saved ? 'Claim' : 'New claim'}
        </h3>
      </header>
      <label className="field">
        <span>Claim</span>
        <textarea
          aria-label="Claim text"
          rows={3}
          value={claim.text}
          autoFocus
          onChange={(e) => setClaim((c) => ({ ...c, text: e.target.value }))}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Likelihood (ICD 203)</span>
          <select
            aria-label="Likelihood"
            value={claim.likelihood ?? ''}
            onChange={(e) =>
              setClaim((c) => ({
                ...c,
                likelihood: (e.target.value || null) as ClaimDraft['likelihood'],
              }))
            }
          >
            <option value="">Not assessed</option>
            {LIKELIHOOD_SCALE.map((row) => (
              <option key={row.term} value={row.term} title={`also: ${row.alternative}`}>
                {formatLikelihood(row.term)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Analytic confidence</span>
          <select
            aria-label="Confidence"
            value={claim.confidence ?? ''}
            onChange={(e) =>
              setClaim((c) => ({
                ...c,
                confidence: (e.target.value || null) as ClaimDraft['confidence'],
              }))
            }
          >
            <option value="">Not stated</option>
            {ANALYTIC_CONFIDENCES.map((level) => (
              <option key={level} value={level}>
                {formatConfidence(level)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Marking</span>
          <MarkingSelect
            label="Claim marking"
            value={claim.marking}
            onChange={(marking) => setClaim((c) => ({ ...c, marking }))}
          />
        </label>
      </div>
      <div className="field">
        <span>Tags</span>
        <TagInput
          label="Claim tags"
          value={claim.tags}
          onChange={(tags) => setClaim((c) => ({ ...c, tags }))}
          known={knownTags}
        />
      </div>
      <section
        className={`evidence${dropping ? ' dropping' : ''}`}
        aria-label="Evidence"
        onDragOver={(e) => {
          if (!hasLibraryPayload(e.dataTransfer)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={onDrop}
      >
        <h4>Evidence</h4>
        {claim.evidence.length === 0 && (
          <p className="hint">Drop excerpts here to attach them as evidence.</p>
        )}
        <ul>
          {claim.evidence.map((ev) => (
            <li key={ev.excerptId} className={`evidence-item evidence-item--${ev.relation}`}>
              <blockquote>{ev.quote ?? `Excerpt ${ev.excerptId}`}</blockquote>
              {ev.sourceTitle && <cite>{ev.sourceTitle}</cite>}
              {ev.grading && (
                <span
                  className="grading"
                  title="Admiralty grading (source reliability, information credibility)"
                >
                  {ev.grading}
                </span>
              )}
              <div className="evidence-actions">
                <select
                  aria-label="Relation"
                  value={ev.relation}
                  onChange={(e) => setRelation(ev.excerptId, e.target.value as EvidenceRelation)}
                >
                  <option value="supports">supports</option>
                  <option value="contradicts">contradicts</option>
                </select>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setClaim((c) => ({
                      ...c,
                      evidence: c.evidence.filter((x) => x.excerptId !== ev.excerptId),
                    }))
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
        {dropping && <p className="hint">Release to attach</p>}
        <EvidencePicker onPick={(id) => void attach([id])} />
      </section>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {saved ? 'Save claim' : 'Create claim'}
        </button>
        {saved && (
          <button type="button" className="danger" onClick={() => onDelete(saved)}>
            Delete claim
          </button>
        )}
      </div>
    </form>
  );
}
