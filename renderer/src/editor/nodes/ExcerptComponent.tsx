import type { NodeKey } from 'lexical';
import { useCitationNumber } from '../noteStores';
import { attribution, fullReference } from '../references';
import type { ExcerptSnapshot } from './ExcerptNode';
import { IntegrityBadge } from './IntegrityBadge';
import { useBlockSelection } from './useBlockSelection';

export function ExcerptComponent({
  nodeKey,
  snapshot,
}: {
  nodeKey: NodeKey;
  snapshot: ExcerptSnapshot;
}) {
  const number = useCitationNumber(snapshot.source.sourceId);
  const line = attribution(snapshot.source, snapshot.locator);
  const { selected, onClick } = useBlockSelection(nodeKey);
  return (
    <figure
      className={selected ? 'bw-excerpt is-selected' : 'bw-excerpt'}
      data-excerpt-id={snapshot.excerptId}
      onClick={onClick}
    >
      <blockquote className="bw-excerpt-quote">{snapshot.quote}</blockquote>
      <figcaption className="bw-excerpt-attribution">
        <span title={fullReference(snapshot.source, snapshot.locator)}>
          — {snapshot.source.title}
          {line ? `, ${line}` : ''}
        </span>
        {number !== undefined && <sup className="bw-citation-number">{number}</sup>}
        {snapshot.marking && <span className="bw-marking">{snapshot.marking}</span>}
        <IntegrityBadge cited={`excerpt:${snapshot.excerptId}`} nodeKey={nodeKey} />
      </figcaption>
    </figure>
  );
}
