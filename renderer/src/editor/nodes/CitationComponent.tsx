import type { NodeKey } from 'lexical';
import { useCitationForm, useCitationNumber, useIntegrity, type CitedKey } from '../noteStores';
import { fullReference } from '../references';
import type { CitationSnapshot } from './CitationNode';
import { IntegrityBadge } from './IntegrityBadge';
import { LocatorPopover } from './LocatorPopover';

/**
 * An inline citation as the note's style prints it: a note number, "(Marrow, 2026, para. 2)" or
 * "[1]". The hover shows the style's full reference (and the note's text for note styles).
 */
export function CitationComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: CitationSnapshot;
}) {
  const number = useCitationNumber(snapshot.source.sourceId);
  const { form, reference: styled } = useCitationForm(nodeKey, snapshot.source.sourceId);
  const cited: CitedKey =
    snapshot.excerptId !== null
      ? `excerpt:${snapshot.excerptId}`
      : `source:${snapshot.source.sourceId}`;
  const status = useIntegrity(cited);
  const reference = styled ?? fullReference(snapshot.source, snapshot.locator);
  const hover = [
    ...(form?.notes.length ? [form.notes.join('\n')] : []),
    reference,
    ...(snapshot.quote ? [`“${snapshot.quote}”`] : []),
  ].join('\n');
  const flagged = status && status.kind !== 'ok' ? ' bw-citation-number--flagged' : '';
  const label = form ? form.label : String(number ?? '?');
  const inText = form?.kind === 'in-text';
  return (
    <span className="bw-citation" data-source-id={snapshot.source.sourceId}>
      {inText ? (
        <span
          className={`bw-citation-number bw-citation-intext${flagged}`}
          title={hover}
          aria-label={`Citation ${label}: ${reference}`}
          tabIndex={-1}
        >
          {label}
        </span>
      ) : (
        <sup
          className={`bw-citation-number${flagged}`}
          title={hover}
          aria-label={`Citation ${label}: ${reference}`}
          tabIndex={-1}
        >
          {label}
        </sup>
      )}
      {snapshot.excerptId === null && (
        <LocatorPopover nodeKey={nodeKey} locator={snapshot.locator} />
      )}
      {status && status.kind !== 'ok' && <IntegrityBadge cited={cited} nodeKey={nodeKey} />}
    </span>
  );
}
