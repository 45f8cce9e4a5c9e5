import type { NodeKey } from 'lexical';
import { useCitationNumber, useIntegrity, type CitedKey } from '../noteStores';
import { fullReference } from '../references';
import type { CitationSnapshot } from './CitationNode';
import { IntegrityBadge } from './IntegrityBadge';

export function CitationComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: CitationSnapshot;
}) {
  const number = useCitationNumber(snapshot.source.sourceId);
  const cited: CitedKey =
    snapshot.excerptId !== null
      ? `excerpt:${snapshot.excerptId}`
      : `source:${snapshot.source.sourceId}`;
  const status = useIntegrity(cited);
  const reference = fullReference(snapshot.source, snapshot.locator);
  const hover = snapshot.quote ? `${reference}\n“${snapshot.quote}”` : reference;
  return (
    <span className="bw-citation" data-source-id={snapshot.source.sourceId}>
      <sup
        className={`bw-citation-number${status && status.kind !== 'ok' ? ' bw-citation-number--flagged' : ''}`}
        title={hover}
        aria-label={`Citation ${number ?? ''}: ${reference}`}
        tabIndex={-1}
      >
        {number ?? '?'}
      </sup>
      {status && status.kind !== 'ok' && <IntegrityBadge cited={cited} nodeKey={nodeKey} />}
    </span>
  );
}
