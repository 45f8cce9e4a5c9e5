import { useEffect, useMemo, useRef, useState } from 'react';
import type { SourceVersionText } from '../../../../shared/model/library';
import { call } from '../../api';
import type { ExcerptView } from '../libraryTypes';
import { ReaderText } from './ReaderText';

export interface EarlierVersionTextProps {
  sourceId: number;
  excerpt: ExcerptView & { lastPlace: NonNullable<ExcerptView['lastPlace']> };
  onClose: () => void;
  onError: (message: string) => void;
}

/**
 * An earlier version of the source's text, read only, with one unplaced excerpt highlighted where
 * it was, and only if the words there are its quote.
 */
export function EarlierVersionText({
  sourceId,
  excerpt,
  onClose,
  onError,
}: EarlierVersionTextProps) {
  const [version, setVersion] = useState<SourceVersionText | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const { start, end } = excerpt.lastPlace;

  useEffect(() => {
    let cancelled = false;
    call('sources.versionText', { id: sourceId, version: excerpt.lastPlace.version })
      .then((v) => !cancelled && setVersion(v))
      .catch((e: Error) => onError(e.message));
    return () => {
      cancelled = true;
    };
  }, [sourceId, excerpt.lastPlace.version, onError]);

  const spans = useMemo(
    () =>
      version && version.text.slice(start, end) === excerpt.quote
        ? [{ id: excerpt.id, start, end }]
        : [],
    [version, start, end, excerpt.id, excerpt.quote],
  );

  useEffect(() => {
    textRef.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }, [spans]);

  if (!version) return <p className="loading">Opening version {excerpt.lastPlace.version}…</p>;
  return (
    <section className="earlier-version" aria-label={`Version ${version.version}`}>
      <p className="earlier-version-banner" role="note">
        Version {version.version} of the text, imported {version.importedAt.slice(0, 10)}
        {version.replacedAt && `, replaced ${version.replacedAt.slice(0, 10)}`} — read only.{' '}
        <button type="button" className="link-button" onClick={onClose}>
          Back to the current version
        </button>
      </p>
      <ReaderText
        text={version.text}
        spans={spans}
        activeId={excerpt.id}
        onOpenExcerpt={() => undefined}
        textRef={textRef}
      />
    </section>
  );
}
