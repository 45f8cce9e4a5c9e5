import { formatGrading } from '../../../../shared/admiralty';
import type { Graded } from '../../../../shared/model';
import { GradingSelects } from '../markings/GradingSelects';
import { MarkingSelect } from '../markings/MarkingSelect';
import { PortionMark } from '../markings/PortionMark';
import { useEffect, useState } from 'react';
import { setDragData } from '../drag/dragData';
import type { ExcerptView } from '../libraryTypes';
import { TagInput } from '../tags/TagInput';
import type { TagCount } from '../tags/tagSuggestions';

export interface ExcerptCardProps {
  excerpt: ExcerptView;
  knownTags: readonly TagCount[];
  /** Titles of the notes citing it; null while unknown or when the library cannot tell. */
  usedIn: string[] | null;
  onChange: (changes: ExcerptChanges) => Promise<void>;
  onDelete: () => void;
  onNewClaim: () => void;
  onClose?: () => void;
}

/** What the excerpt card can change. */
export type ExcerptChanges = {
  tags?: string[];
  comment?: string;
  marking?: string | null;
} & Partial<Graded>;

/** One excerpt: its quote, tags and comment (edited in place), where it is used, and actions. */
export function ExcerptCard({
  excerpt,
  knownTags,
  usedIn,
  onChange,
  onDelete,
  onNewClaim,
  onClose,
}: ExcerptCardProps) {
  const [comment, setComment] = useState(excerpt.comment);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setComment(excerpt.comment), [excerpt.id, excerpt.comment]);

  const save = (changes: ExcerptChanges) =>
    onChange(changes).then(
      () => setError(null),
      (e: Error) => setError(e.message),
    );

  const gradingCode = formatGrading(
    excerpt.effectiveGrading.reliability,
    excerpt.effectiveGrading.credibility,
  );
  return (
    <article
      className="excerpt-card"
      aria-label="Excerpt"
      draggable
      onDragStart={(e) => {
        if ((e.target as HTMLElement).closest('input, textarea')) return;
        setDragData(e.dataTransfer, [{ kind: 'excerpt', id: excerpt.id }], `“${excerpt.quote}”`);
      }}
    >
      <header className="card-header">
        <span className="type-badge type-badge--excerpt">excerpt</span>
        {excerpt.effectiveMarking && <PortionMark marking={excerpt.effectiveMarking} />}
        {gradingCode && (
          <span className="grading" title="Admiralty grading (own, else its source's)">
            {gradingCode}
          </span>
        )}
        <span className="status-spacer" />
        {onClose && (
          <button
            type="button"
            className="icon-button"
            aria-label="Close excerpt"
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      <blockquote className="card-quote">{excerpt.quote}</blockquote>
      <div className="excerpt-handling">
        <MarkingSelect
          label="Excerpt marking"
          value={excerpt.marking}
          emptyLabel="As its source"
          onChange={(marking) => void save({ marking })}
        />
        <GradingSelects
          owner="Excerpt"
          value={{ reliability: excerpt.reliability, credibility: excerpt.credibility }}
          emptyLabel="as its source"
          onChange={(grading) => void save(grading)}
        />
      </div>
      <TagInput
        label="Tags"
        value={excerpt.tags}
        known={knownTags}
        onChange={(tags) => void save({ tags })}
      />
      <textarea
        aria-label="Comment"
        placeholder="Add a comment"
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        onBlur={() => comment !== excerpt.comment && void save({ comment })}
      />
      <p className="used-in" data-testid="used-in">
        {usedIn === null
          ? null
          : usedIn.length === 0
            ? 'Not cited in any note yet'
            : `Used in ${usedIn.length} ${usedIn.length === 1 ? 'note' : 'notes'}: ${usedIn.join(', ')}`}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onNewClaim}>
          New claim from excerpt
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete excerpt
        </button>
      </div>
    </article>
  );
}
